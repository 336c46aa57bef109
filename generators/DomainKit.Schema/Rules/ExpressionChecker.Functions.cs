using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DomainKit.Schema.Rules;

// Functions (size, has, startsWith, endsWith, contains, matches), typed literals (date, datetime, time,
// duration) and the macros (all, exists, unique), which become local functions with plain loops.
internal sealed partial class ExpressionChecker
{

    private Typed? Call(CallExpr call, ImmutableHashSet<string> facts)
    {
        if (call.Target is null) return Global(call, facts);
        switch (call.Name)
        {
            case "all":
            case "exists":
            case "unique":
                return Macro(call, facts);
        }
        var target = Check(call.Target, facts);
        if (target is null) return null;
        switch (call.Name)
        {
            case "size" when Arity(call, 0):
                return Size(target, call.NameSpan);
            case "startsWith" or "endsWith" when Arity(call, 1) && target.Type.Kind == RuleKind.String:
            case "contains" when Arity(call, 1) && target.Type.Kind == RuleKind.String:
                {
                    var argument = Check(call.Arguments[0], facts);
                    if (argument is null) return null;
                    if (argument.Type.Kind != RuleKind.String) return Error(call.Arguments[0].Span, $"'{call.Name}' needs a string, not {Describe(argument.Type)}");
                    var method = char.ToUpperInvariant(call.Name[0]) + call.Name.Substring(1);
                    return new Typed(RuleType.Bool, $"{target.Code}.{method}({argument.Code}, global::System.StringComparison.Ordinal)");
                }
            case "contains" when Arity(call, 1) && target.Type.Kind is RuleKind.List or RuleKind.Set:
                {
                    var argument = Check(call.Arguments[0], facts);
                    return argument is null ? null : Contains(target, argument, call.NameSpan);
                }
            case "matches" when Arity(call, 1) && target.Type.Kind == RuleKind.String:
                {
                    if (call.Arguments[0] is not LiteralExpr { Kind: LiteralKind.String } pattern)
                        return Error(call.Arguments[0].Span, "'matches' needs a string literal: patterns are compiled at build time");
                    if (!PatternChecker.Check(pattern.Text, pattern.Span, _diagnostics)) return Fail();
                    var field = $"{_prefix}_Pattern{_patterns.Count}";
                    _patterns.Add(pattern.Text);
                    return new Typed(RuleType.Bool, $"{field}.IsMatch({target.Code})");
                }
            case "size" or "startsWith" or "endsWith" or "contains" or "matches":
                return Error(call.NameSpan, $"'{call.Name}' does not apply to {Describe(target.Type)} with {Count(call.Arguments.Count)}");
            default:
                return UnknownFunction(call);
        }
    }

    private Typed? Global(CallExpr call, ImmutableHashSet<string> facts)
    {
        switch (call.Name)
        {
            case "size" when Arity(call, 1):
                {
                    var value = Check(call.Arguments[0], facts);
                    return value is null ? null : Size(value, call.NameSpan);
                }
            case "has" when Arity(call, 1):
                {
                    if (call.Arguments[0] is not (NameExpr or MemberExpr))
                        return Error(call.Arguments[0].Span, "'has' takes a field, e.g. has(closedOn) or has(head.location)");
                    var value = Raw(call.Arguments[0], facts);
                    if (value is null) return null;
                    if (!value.Type.Optional) return Error(call.Arguments[0].Span, $"'{KeyOf(call.Arguments[0])}' is required, so has() is always true");
                    return new Typed(RuleType.Bool, $"({value.Code} is not null)");
                }
            case var name when PrimitiveCatalog.Find(name) is { HasRuleLiteral: true } primitive && Arity(call, 1):
                return TypedLiteral(call, primitive);
            case var name when name is "size" or "has" || PrimitiveCatalog.Find(name) is { HasRuleLiteral: true }:
                return Error(call.NameSpan, $"'{call.Name}' takes one argument, not {call.Arguments.Count}");
            default:
                return UnknownFunction(call);
        }
    }

    private Typed? Size(Typed value, SourceSpan span) => value.Type.Kind switch
    {
        RuleKind.String => new Typed(RuleType.Int, $"global::DomainKit.Runtime.ValidationChecks.CodePointLength({value.Code})"),
        RuleKind.List or RuleKind.Set or RuleKind.Map => new Typed(RuleType.Int, $"{value.Code}.Count"),
        _ => Error(span, $"'size' needs a string or a collection, not {Describe(value.Type)}"),
    };

    private Typed? TypedLiteral(CallExpr call, PrimitiveType primitive)
    {
        if (call.Arguments[0] is not LiteralExpr { Kind: LiteralKind.String } literal)
            return Error(call.Arguments[0].Span, $"'{call.Name}' takes a string literal, e.g. {call.Name}('{primitive.Example}')");
        return primitive.Read(literal.Text) is { } value
            ? new Typed(RuleType.FromPrimitive(primitive.Kind), value.CSharp)
            : Error(literal.Span, $"'{literal.Text}' is not a valid {call.Name}; write it like '{primitive.Example}'");
    }

    /// <summary><c>xs.all(x, p)</c>, <c>xs.exists(x, p)</c>, <c>xs.unique(x, key)</c>: a local function with a loop over the items (a map's values).</summary>
    private Typed? Macro(CallExpr call, ImmutableHashSet<string> facts)
    {
        if (call.Arguments.Count != 2 || call.Arguments[0] is not NameExpr variable)
            return Error(call.NameSpan, $"'{call.Name}' takes a variable name and an expression, e.g. xs.{call.Name}(x, {(call.Name == "unique" ? "x.id" : "x > 0")})");
        var collection = Check(call.Target!, facts);
        if (collection is null) return null;
        if (!collection.Type.IsCollection) return Error(call.NameSpan, $"'{call.Name}' needs a list, set or map, not {Describe(collection.Type)}");
        UsesMacros = true;
        var itemSpec = collection.Type.Spec!.Element!;
        var item = NewLocal(variable.Name.Length <= 12 && variable.Name.All(char.IsLetterOrDigit) ? variable.Name : "item");
        var items = collection.Code + (collection.Type.Kind == RuleKind.Map ? ".ValueSpan" : ".AsSpan()");
        var pointer = collection.Pointer is null ? null : collection.Pointer.EndsWith("/", StringComparison.Ordinal) ? collection.Pointer : collection.Pointer + "/";
        var outer = _scope;
        _scope = new RuleScope(outer);
        _scope.Variables[variable.Name] = new RuleVariable(item, itemSpec, pointer ?? "/");
        if (itemSpec.IsReferenceType && !itemSpec.Optional) Guard(null, item);
        var inner = facts.Where(f => f != variable.Name && !f.StartsWith(variable.Name + ".", StringComparison.Ordinal)).ToImmutableHashSet();
        var body = Check(call.Arguments[1], inner);
        var scope = _scope;
        _scope = outer;
        if (body is null) return null;
        if (call.Name != "unique" && body.Type.Kind != RuleKind.Bool)
            return Error(call.Arguments[1].Span, $"the test of '{call.Name}' must be a boolean, not {Describe(body.Type)}");
        if (call.Name == "unique" && body.Type.Kind is RuleKind.List or RuleKind.Set or RuleKind.Map or RuleKind.Null)
            return Error(call.Arguments[1].Span, $"the key of 'unique' must be a single value, not {Describe(body.Type)}");
        if (call.Name == "unique" && scope.Functions.Count > 0)
            return Error(call.Arguments[1].Span, "the key of 'unique' cannot itself use a macro or 'in' over a collection");
        var name = NewLocal(call.Name);
        _scope.Functions.Add(call.Name == "unique"
            ? Unique(name, item, itemSpec.CSharpDeclaration, items, body, scope)
            : Loop(name, item, items, body.Code, scope, call.Name == "all"));
        return new Typed(RuleType.Bool, name + "()");
    }

    private static string Loop(string name, string item, string items, string test, RuleScope scope, bool all)
    {
        var text = new StringBuilder();
        text.Append("bool ").Append(name).Append("()\n{\n");
        text.Append("    foreach (var ").Append(item).Append(" in ").Append(items).Append(")\n    {\n");
        if (scope.Guards.Count > 0)
            text.Append("        if (").Append(string.Join(" || ", scope.Guards)).Append(") { __skip = true; return true; }\n");
        text.Append(all ? $"        if (!({test})) return false;\n" : $"        if ({test}) return true;\n");
        // Nested macros read this loop's variable, so they are declared inside the loop.
        AppendFunctions(text, scope, "        ");
        text.Append("    }\n    return ").Append(all ? "true" : "false").Append(";\n");
        return text.Append('}').ToString();
    }

    private static string Unique(string name, string item, string itemType, string items, Typed key, RuleScope scope)
    {
        var keyType = key.Type.CSharp;
        var (all, i, j, keyOf, skips) = (name + "_items", name + "_i", name + "_j", name + "_key", name + "_skips");
        var text = new StringBuilder();
        text.Append("bool ").Append(name).Append("()\n{\n");
        text.Append($"    var {all} = {items};\n");
        text.Append($"    for (var {i} = 0; {i} < {all}.Length; {i}++)\n    {{\n");
        if (scope.Guards.Count > 0)
            text.Append($"        if ({skips}({all}[{i}])) {{ __skip = true; return true; }}\n");
        text.Append($"        for (var {j} = 0; {j} < {i}; {j}++)\n        {{\n");
        text.Append($"            if (global::System.Collections.Generic.EqualityComparer<{keyType}>.Default.Equals({keyOf}({all}[{i}]), {keyOf}({all}[{j}]))) return false;\n");
        text.Append("        }\n    }\n    return true;\n");
        text.Append($"    {keyType} {keyOf}({itemType} {item}) => {key.Code};\n");
        if (scope.Guards.Count > 0)
            text.Append($"    bool {skips}({itemType} {item}) => {string.Join(" || ", scope.Guards)};\n");
        return text.Append('}').ToString();
    }

    private static void AppendFunctions(StringBuilder text, RuleScope scope, string indent)
    {
        foreach (var function in scope.Functions)
        {
            foreach (var line in function.Split('\n')) text.Append(indent).Append(line).Append('\n');
        }
    }

    private bool Arity(CallExpr call, int count) => call.Arguments.Count == count;

    private static string Count(int arguments) => arguments == 1 ? "1 argument" : $"{arguments} arguments";

    private Typed? UnknownFunction(CallExpr call)
    {
        var known = call.Target is null
            ? new[] { "size", "has", "date", "datetime", "time", "duration" }
            : new[] { "size", "startsWith", "endsWith", "contains", "matches", "all", "exists", "unique" };
        return Unknown(call.NameSpan, call.Name, "a function" + (call.Target is null ? "" : " of a value"), known, listWhenFar: true);
    }

}
