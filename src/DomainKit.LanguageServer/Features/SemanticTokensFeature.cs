using DomainKit.LanguageServer.Workspace;

namespace DomainKit.LanguageServer.Features;

/// <summary>
/// Semantic tokens for rule expressions (YAML itself is the editor's to colour): fields, macro variables, functions,
/// enum types and members, literals and operators, from the parsed expression trees.
/// </summary>
internal static class SemanticTokensFeature
{
    private static readonly HashSet<string> Macros = new(StringComparer.Ordinal) { "all", "exists", "unique" };

    public static SemanticTokens Tokens(ProjectView view, string path)
    {
        var tokens = new List<(SourceSpan Span, string Type)>();
        var file = view.Compiled.ParsedAt(path);
        var enums = new HashSet<string>(view.Compiled.Index.Types.Where(t => t.Kind == TypeKind.Enum).Select(t => t.Name), StringComparer.Ordinal);
        foreach (var rule in file?.Types.SelectMany(RulesOf) ?? [])
        {
            foreach (var expression in new[] { rule.Check, rule.When })
            {
                if (expression?.Tree is { } tree) Walk(tree, new HashSet<string>(StringComparer.Ordinal), enums, tokens);
            }
        }
        return new SemanticTokens(Encode(tokens));
    }

    private static IEnumerable<RuleDeclaration> RulesOf(TypeDeclaration type) =>
        type.Rules.Concat(type.Union?.Variants.SelectMany(v => v.Rules) ?? []);

    private static void Walk(Expr expr, HashSet<string> variables, HashSet<string> enums, List<(SourceSpan, string)> tokens)
    {
        switch (expr)
        {
            case LiteralExpr literal:
                tokens.Add((literal.Span, literal.Kind switch
                {
                    LiteralKind.Integer or LiteralKind.Fraction => "number",
                    LiteralKind.String => "string",
                    _ => "keyword",
                }));
                break;
            case NameExpr name:
                tokens.Add((name.Span, variables.Contains(name.Name) ? "variable" : enums.Contains(name.Name) ? "type" : "property"));
                break;
            case MemberExpr { Target: NameExpr target } member when enums.Contains(target.Name) && !variables.Contains(target.Name):
                tokens.Add((target.Span, "type"));
                tokens.Add((member.NameSpan, "enumMember"));
                break;
            case MemberExpr member:
                Walk(member.Target, variables, enums, tokens);
                tokens.Add((member.NameSpan, "property"));
                break;
            case CallExpr call:
                if (call.Target is not null) Walk(call.Target, variables, enums, tokens);
                tokens.Add((call.NameSpan, "function"));
                var bound = Macros.Contains(call.Name) && call.Arguments.Count > 0 && call.Arguments[0] is NameExpr variable && variables.Add(variable.Name) ? variable.Name : null;
                foreach (var argument in call.Arguments) Walk(argument, variables, enums, tokens);
                if (bound is not null) variables.Remove(bound);
                break;
            case UnaryExpr unary:
                Walk(unary.Operand, variables, enums, tokens);
                break;
            case BinaryExpr binary:
                Walk(binary.Left, variables, enums, tokens);
                tokens.Add((binary.OperatorSpan, binary.Operator == "in" ? "keyword" : "operator"));
                Walk(binary.Right, variables, enums, tokens);
                break;
            case ConditionalExpr conditional:
                Walk(conditional.Condition, variables, enums, tokens);
                Walk(conditional.WhenTrue, variables, enums, tokens);
                Walk(conditional.WhenFalse, variables, enums, tokens);
                break;
            case ListExpr list:
                foreach (var item in list.Items) Walk(item, variables, enums, tokens);
                break;
        }
    }

    /// <summary>LSP's relative encoding: per token, line delta, start delta, length, type, modifiers; one-line tokens, in order, no overlaps.</summary>
    private static int[] Encode(List<(SourceSpan Span, string Type)> tokens)
    {
        var data = new List<int>();
        var (line, column, lastEnd) = (0, 0, -1);
        foreach (var (span, type) in tokens.Where(t => t.Span.StartLine == t.Span.EndLine && t.Span.EndColumn > t.Span.StartColumn)
                     .OrderBy(t => t.Span.StartLine).ThenBy(t => t.Span.StartColumn))
        {
            if (span.StartOffset < lastEnd) continue;
            data.Add(span.StartLine - line);
            data.Add(span.StartLine == line ? span.StartColumn - column : span.StartColumn);
            data.Add(span.EndColumn - span.StartColumn);
            data.Add(SemanticTokenTypes.IndexOf(type));
            data.Add(0);
            (line, column, lastEnd) = (span.StartLine, span.StartColumn, span.EndOffset);
        }
        return data.ToArray();
    }
}
