using System.Text;
using System.Text.RegularExpressions;
using DomainKit.LanguageServer.Navigation;
using DomainKit.LanguageServer.Workspace;
using DomainKit.Schema.Emitting;
using DomainKit.Schema.Indexing;
using DomainKit.Schema.Rules;

namespace DomainKit.LanguageServer.Features;

/// <summary>
/// Hover: a type name → its doc, kind, file and generated C# declaration; a field → its type, constraints, wire name
/// and doc; a rule sub-expression → its type; a diagnostic → its explanation from <c>docs/diagnostics.md</c>; a key → what it means.
/// </summary>
internal static class HoverFeature
{
    public static Hover? At(ProjectView view, string path, Position position, DiagnosticDocs docs)
    {
        var parts = new List<string>();
        Range? range = null;
        if (view.Symbols.At(path, position.Line, position.Character) is { } occurrence)
        {
            parts.Add(Describe(view, occurrence.Symbol));
            range = TextLines.RangeOf(occurrence.Span);
        }
        if (RuleTypeAt(view, path, position) is { } typed)
        {
            parts.Add($"`{typed.Text}` : `{typed.Type}`");
            range ??= typed.Range;
        }
        if (parts.Count == 0 && KeyAt(view.LinesOf(path), position) is { } key && KeyDocs.Of(key) is { } keyDoc) parts.Add($"**{key}** — {keyDoc}");
        foreach (var diagnostic in view.Compiled.DiagnosticsAt(path).Where(d => Contains(d.Span, position)))
            parts.Add($"**{diagnostic.Definition.Id}: {diagnostic.Definition.Title}**\n\n{docs.Explanation(diagnostic.Definition.Id) ?? diagnostic.Message}");
        return parts.Count == 0 ? null : new Hover(MarkupContent.Markdown(string.Join("\n\n---\n\n", parts)), range);
    }

    private static string Describe(ProjectView view, Symbol symbol) => symbol.Kind switch
    {
        SymbolKind.Type => DescribeType(view, symbol.Name),
        SymbolKind.Field => view.Symbols.FieldOf(symbol.Owner, symbol.Name) is { } found ? DescribeField(symbol, found.Field) : symbol.Display,
        SymbolKind.EnumMember => DescribeMember(view, symbol),
        _ => DescribeVariant(view, symbol),
    };

    private static string DescribeType(ProjectView view, string name)
    {
        var type = view.Symbols.TypeNamed(name);
        if (type is null) return name;
        var text = new StringBuilder($"**{name}** — {type.Kind.ToString().ToLowerInvariant()} in `{Relative(view, type.Name.Span.FilePath)}`");
        if (type.Doc is not null) text.Append("\n\n").Append(type.Doc);
        if (Declaration(view, type) is { } declaration) text.Append("\n\n```csharp\n").Append(declaration).Append("\n```");
        return text.ToString();
    }

    /// <summary>The generated C# declaration line of the type, from the emitter's own output.</summary>
    private static string? Declaration(ProjectView view, TypeDeclaration type)
    {
        var spec = view.Compiled.Checked.Values.SelectMany(f => f.Types).FirstOrDefault(t => t.Name == type.Name.Text);
        if (spec is null) return null;
        var source = Contained.Run<string?>("emit", () => SourceEmitter.Emit(spec), _ => null);
        var pattern = new Regex(@"^\s*(public|internal)[^\n]*\b(record|struct|class|enum|interface)\s+" + Regex.Escape(spec.Name) + @"\b[^\n]*", RegexOptions.Multiline);
        return source is not null && pattern.Match(source) is { Success: true } match ? match.Value.Trim() : null;
    }

    private static string DescribeField(Symbol symbol, FieldDeclaration field)
    {
        var text = new StringBuilder($"**{symbol.Display.Replace('/', '.')}**: `{field.Type.Text}`");
        foreach (var constraint in field.Constraints) text.Append($" · {constraint.Key.Text}: {constraint.Value.Text}");
        if (field.Default is { } value) text.Append($" · default: {value.Value.Text}");
        text.Append($"\n\nJSON: `\"{field.WireName}\"`");
        if (field.RenamedFrom.Count > 0) text.Append(" (was ").Append(string.Join(", ", field.RenamedFrom.Select(r => $"`{r.Text}`"))).Append(')');
        if (field.Deprecated is { } deprecated) text.Append("\n\n*Deprecated*").Append(deprecated.Message is null ? "" : ": " + deprecated.Message);
        if (field.Doc is not null) text.Append("\n\n").Append(field.Doc);
        return text.ToString();
    }

    private static string DescribeMember(ProjectView view, Symbol symbol)
    {
        var member = view.Symbols.TypeNamed(symbol.Owner)?.Members.FirstOrDefault(m => m.Name.Text == symbol.Name);
        return $"**{symbol.Owner}.{symbol.Name}** — enum member" + (member?.Doc is { } doc ? "\n\n" + doc : "");
    }

    private static string DescribeVariant(ProjectView view, Symbol symbol)
    {
        var variant = view.Symbols.TypeNamed(symbol.Owner)?.Union?.Variants.FirstOrDefault(v => v.Name.Text == symbol.Name);
        return $"**{symbol.Owner}.{symbol.Name}** — variant, tag `\"{variant?.WireTag ?? symbol.Name}\"`" + (variant?.Doc is { } doc ? "\n\n" + doc : "");
    }

    /// <summary>The innermost rule sub-expression at the position and its type, as the rule checker types it.</summary>
    private static (string Text, RuleType Type, Range Range)? RuleTypeAt(ProjectView view, string path, Position position)
    {
        var file = view.Compiled.ParsedAt(path);
        if (file is null) return null;
        foreach (var type in file.Types)
        {
            foreach (var (rules, shape) in RuleScopes(type))
            {
                foreach (var expression in rules.SelectMany(r => new[] { r.Check, r.When }))
                {
                    if (expression?.Tree is not { } tree || !Contains(tree.Span, position)) continue;
                    var found = new List<(Expr Expr, RuleType Type)>();
                    var checker = new ExpressionChecker(shape, name => ShapeOf(view, name), view.Compiled.Index, new DiagnosticBag(), "__Hover")
                    {
                        Observer = (expr, ruleType) => { if (Contains(expr.Span, position)) found.Add((expr, ruleType)); },
                    };
                    checker.CheckCondition(expression, "'check'");
                    if (found.Count == 0) return null;
                    var inner = found.OrderBy(f => f.Expr.Span.EndOffset - f.Expr.Span.StartOffset).First();
                    var text = view.LinesOf(path).Text[inner.Expr.Span.StartOffset..inner.Expr.Span.EndOffset];
                    return (text, inner.Type, TextLines.RangeOf(inner.Expr.Span));
                }
            }
        }
        return null;
    }

    private static IEnumerable<(EquatableArray<RuleDeclaration> Rules, RecordShape Shape)> RuleScopes(TypeDeclaration type)
    {
        yield return (type.Rules, RecordShapes.Of(type));
        foreach (var variant in type.Union?.Variants ?? EquatableArray<VariantDeclaration>.Empty)
        {
            var fields = type.Fields.Concat(variant.Fields).ToEquatableArray();
            yield return (variant.Rules, RecordShapes.Of(new TypeDeclaration { Name = new Scalar(type.Name.Text + "." + variant.Name.Text, variant.Name.Span, true), Kind = TypeKind.Record, Fields = fields }));
        }
    }

    private static RecordShape? ShapeOf(ProjectView view, string name) =>
        view.Symbols.TypeNamed(name) is { Kind: TypeKind.Record or TypeKind.Union } type ? RecordShapes.Of(type) : null;

    private static string? KeyAt(TextLines lines, Position position)
    {
        var line = lines.Line(position.Line);
        var start = position.Character;
        while (start > 0 && start <= line.Length && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] == '_')) start--;
        var end = position.Character;
        while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] == '_')) end++;
        return start < end && end < line.Length && line[end] == ':' ? line[start..end] : null;
    }

    private static bool Contains(SourceSpan span, Position position) =>
        (position.Line, position.Character).CompareTo((span.StartLine, span.StartColumn)) >= 0
        && (position.Line, position.Character).CompareTo((span.EndLine, span.EndColumn)) <= 0;

    private static string Relative(ProjectView view, string path) =>
        System.IO.Path.IsPathRooted(path) && view.Compiled.Settings.Folder.Length > 0 ? System.IO.Path.GetRelativePath(view.Compiled.Settings.Folder, path) : path;
}
