using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

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
                    return new Typed(RuleType.Bool, new StringTestNode(target.Node, call.Name, argument.Node));
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
                    return new Typed(RuleType.Bool, new MatchesNode(field, target.Node));
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
                    return new Typed(RuleType.Bool, new NullTestNode(value.Node, IsNull: false));
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
        RuleKind.String => new Typed(RuleType.Int, new SizeNode(value.Node, OfString: true)),
        RuleKind.List or RuleKind.Set or RuleKind.Map => new Typed(RuleType.Int, new SizeNode(value.Node, OfString: false)),
        _ => Error(span, $"'size' needs a string or a collection, not {Describe(value.Type)}"),
    };

    private Typed? TypedLiteral(CallExpr call, PrimitiveType primitive)
    {
        if (call.Arguments[0] is not LiteralExpr { Kind: LiteralKind.String } literal)
            return Error(call.Arguments[0].Span, $"'{call.Name}' takes a string literal, e.g. {call.Name}('{primitive.Example}')");
        return primitive.Read(literal.Text) is { } value
            ? new Typed(RuleType.FromPrimitive(primitive.Kind), new PrimitiveLiteralNode(primitive.Kind, literal.Text))
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
        var items = new ItemsNode(collection.Node, collection.Type.Kind == RuleKind.Map);
        var pointer = collection.Pointer is null ? null : collection.Pointer.EndsWith("/", StringComparison.Ordinal) ? collection.Pointer : collection.Pointer + "/";
        var outer = _scope;
        _scope = new RuleScope(outer);
        _scope.Variables[variable.Name] = new RuleVariable(item, itemSpec, pointer ?? "/");
        // The same node as a read of the item, so that the read's own guard is this one.
        if (itemSpec.IsReferenceType && !itemSpec.Optional) Guard(null, new ReadNode(new LocalNode(item), null, ReadForm.Present, false));
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
            ? new UniqueFunction(name, item, itemSpec.CSharpDeclaration, items, body.Node, body.Type.CSharp, scope.Guards.ToEquatableArray())
            : new LoopFunction(name, item, items, body.Node, call.Name == "all", scope.Guards.ToEquatableArray(), scope.Functions.ToEquatableArray()));
        return new Typed(RuleType.Bool, new LocalCallNode(name));
    }

    private bool Arity(CallExpr call, int count) => call.Arguments.Count == count;

    private static string Count(int arguments) => arguments == 1 ? "1 argument" : $"{arguments} arguments";

    private Typed? UnknownFunction(CallExpr call)
    {
        return Unknown(call.NameSpan, call.Name, "a function" + (call.Target is null ? "" : " of a value"), RuleCallables.Names(onValue: call.Target is not null), listWhenFar: true);
    }

}
