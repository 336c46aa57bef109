using System;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit.Schema.Rules;

// Operators, and the null facts they establish: what is known non-null where the right side of
// '&&' / '||' or a branch of '?:' is evaluated.
internal sealed partial class ExpressionChecker
{
    private Typed? Unary(UnaryExpr unary, ImmutableHashSet<string> facts)
    {
        var operand = Check(unary.Operand, facts);
        if (operand is null) return null;
        if (unary.Operator == "!")
        {
            return operand.Type.Kind == RuleKind.Bool
                ? new Typed(RuleType.Bool, new NotNode(operand.Node))
                : Error(unary.Span, $"'!' needs a boolean, not {Describe(operand.Type)}");
        }
        // A negated number literal is a literal (only literals have the fraction type); '- -1.5' is 1.5, not C#'s '--'.
        if ((operand.Type.Kind == RuleKind.Fraction || (unary.Operand is LiteralExpr && operand.Type.IsNumeric)) && operand.Node is LiteralNode literal)
            return operand with { Node = literal with { Text = literal.Text.StartsWith("-", StringComparison.Ordinal) ? literal.Text.Substring(1) : "-" + literal.Text } };
        if (operand.Type.IsNumeric)
        {
            UsesArithmetic = true;
            var type = operand.Type.Kind == RuleKind.Fraction ? RuleType.Decimal : operand.Type;
            return new Typed(type, new NegateNode(Coerce(operand, type), Checked: true));
        }
        return operand.Type.Kind == RuleKind.Duration
            ? new Typed(operand.Type, new NegateNode(operand.Node, Checked: false))
            : Error(unary.Span, $"'-' needs a number or a duration, not {Describe(operand.Type)}");
    }

    private Typed? Binary(BinaryExpr binary, ImmutableHashSet<string> facts)
    {
        switch (binary.Operator)
        {
            case "&&":
            case "||":
                {
                    var left = Check(binary.Left, facts);
                    var rightFacts = binary.Operator == "&&" ? facts.Union(WhenTrue(binary.Left)) : facts.Union(WhenFalse(binary.Left));
                    var right = Check(binary.Right, rightFacts);
                    if (left is null || right is null) return null;
                    if (left.Type.Kind != RuleKind.Bool) return Error(binary.OperatorSpan, $"'{binary.Operator}' needs booleans; its left side is {Describe(left.Type)}");
                    if (right.Type.Kind != RuleKind.Bool) return Error(binary.OperatorSpan, $"'{binary.Operator}' needs booleans; its right side is {Describe(right.Type)}");
                    return new Typed(RuleType.Bool, new BinaryNode(binary.Operator, left.Node, right.Node));
                }
            case "==":
            case "!=":
                return Equality(binary, facts);
            case "<":
            case "<=":
            case ">":
            case ">=":
                return Comparison(binary, facts);
            case "in":
                return In(binary, facts);
            default:
                return Arithmetic(binary, facts);
        }
    }

    private Typed? Equality(BinaryExpr binary, ImmutableHashSet<string> facts)
    {
        if (IsNull(binary.Left) || IsNull(binary.Right))
        {
            var other = IsNull(binary.Left) ? binary.Right : binary.Left;
            var value = Raw(other, facts);
            if (value is null) return null;
            if (!value.Type.Optional)
                return Error(other.Span, $"{Describe(value.Type)} is never null here (the field is required); compare it with a value, or make the field optional");
            return new Typed(RuleType.Bool, new NullTestNode(value.Node, IsNull: binary.Operator == "=="));
        }
        var (left, right) = Operands(binary, facts);
        if (left is null || right is null) return null;
        var common = Common(left.Type, right.Type);
        if (common is null || common.Kind is RuleKind.Record or RuleKind.List or RuleKind.Set or RuleKind.Map or RuleKind.Literals)
            return Error(binary.OperatorSpan, $"'{binary.Operator}' cannot compare {Describe(left.Type)} with {Describe(right.Type)}");
        return new Typed(RuleType.Bool, new BinaryNode(binary.Operator, Coerce(left, common), Coerce(right, common)));
    }

    private Typed? Comparison(BinaryExpr binary, ImmutableHashSet<string> facts)
    {
        var (left, right) = Operands(binary, facts);
        if (left is null || right is null) return null;
        var common = Common(left.Type, right.Type);
        if (common is null || !common.IsOrdered)
            return Error(binary.OperatorSpan, $"'{binary.Operator}' cannot order {Describe(left.Type)} and {Describe(right.Type)}");
        return common.Kind == RuleKind.String
            ? new Typed(RuleType.Bool, new BinaryNode(binary.Operator, left.Node, right.Node, Ordinal: true))
            : new Typed(RuleType.Bool, new BinaryNode(binary.Operator, Coerce(left, common), Coerce(right, common)));
    }

    private Typed? In(BinaryExpr binary, ImmutableHashSet<string> facts)
    {
        var left = Check(binary.Left, facts);
        if (left is null) return null;
        if (binary.Right is ListExpr list)
        {
            if (list.Items.Count == 0) return Error(list.Span, "the list after 'in' is empty, so the test is always false");
            var tests = new System.Collections.Generic.List<BinaryNode>();
            foreach (var item in list.Items)
            {
                var value = item is NameExpr bare && left.Type.Kind == RuleKind.Enum && !IsKnownName(bare) && _index.TryGet(left.Type.Name!, out var enumType)
                    ? EnumMember(enumType, bare.Name, bare.Span)
                    : Check(item, facts);
                if (value is null) return null;
                var common = Common(left.Type, value.Type);
                if (common is null || common.Kind is RuleKind.Record or RuleKind.List or RuleKind.Set or RuleKind.Map)
                    return Error(item.Span, $"{Describe(value.Type)} cannot be compared with {Describe(left.Type)}");
                tests.Add(new BinaryNode("==", Coerce(left, common), Coerce(value, common)));
            }
            return new Typed(RuleType.Bool, new AnyEqualNode(tests.ToEquatableArray()));
        }
        var collection = Check(binary.Right, facts);
        if (collection is null) return null;
        if (collection.Type.Kind == RuleKind.Map)
        {
            return left.Type.Kind == RuleKind.String
                ? new Typed(RuleType.Bool, new ContainsKeyNode(collection.Node, left.Node))
                : Error(binary.OperatorSpan, $"a map's keys are strings; {Describe(left.Type)} is not");
        }
        if (collection.Type.Kind is not (RuleKind.List or RuleKind.Set))
            return Error(binary.Right.Span, $"'in' needs a list literal or a collection on its right, not {Describe(collection.Type)}");
        return Contains(collection, left, binary.OperatorSpan);
    }

    private Typed? Contains(Typed collection, Typed item, SourceSpan span)
    {
        var element = collection.Type.Element!.NonNull;
        var common = Common(element, item.Type);
        if (common is null || common.Kind != element.Kind || common.Kind is RuleKind.Record or RuleKind.List or RuleKind.Set or RuleKind.Map)
            return Error(span, $"{Describe(collection.Type)} cannot hold {Describe(item.Type)}");
        if (collection.Type.Spec?.Element?.Kind != FieldTypeKind.Value && !collection.Type.Element!.Optional)
            return new Typed(RuleType.Bool, new ContainsNode(collection.Node, Coerce(item, common)));
        // Items of a value type compare by their wrapped value; optional items may be null.
        var name = NewLocal("contains");
        var each = NewLocal("item");
        var spec = collection.Type.Spec!.Element!;
        _scope.Functions.Add(new SearchFunction(name, each, collection.Node, spec.Optional, spec.IsReferenceType, spec.Kind == FieldTypeKind.Value, Coerce(item, common)));
        return new Typed(RuleType.Bool, new LocalCallNode(name));
    }

    private Typed? Arithmetic(BinaryExpr binary, ImmutableHashSet<string> facts)
    {
        var left = Check(binary.Left, facts);
        var right = Check(binary.Right, facts);
        if (left is null || right is null) return null;
        var op = binary.Operator;
        if (RuleType.Promote(left.Type, right.Type) is { } number)
        {
            UsesArithmetic = true;
            return new Typed(number, new BinaryNode(op, Coerce(left, number), Coerce(right, number), Checked: true));
        }
        var (l, r) = (left.Type.Kind, right.Type.Kind);
        var result = (op, l, r) switch
        {
            ("+", RuleKind.DateTime, RuleKind.Duration) or ("-", RuleKind.DateTime, RuleKind.Duration) => new RuleType(RuleKind.DateTime),
            ("+", RuleKind.Duration, RuleKind.DateTime) => new RuleType(RuleKind.DateTime),
            ("+", RuleKind.Duration, RuleKind.Duration) or ("-", RuleKind.Duration, RuleKind.Duration) => new RuleType(RuleKind.Duration),
            ("-", RuleKind.DateTime, RuleKind.DateTime) => new RuleType(RuleKind.Duration),
            _ => null,
        };
        if (result is null)
        {
            var hint = op == "+" && l == RuleKind.String ? "; strings are not joined in rules" : "";
            return Error(binary.OperatorSpan, $"'{op}' cannot combine {Describe(left.Type)} and {Describe(right.Type)}{hint}");
        }
        UsesArithmetic = true;
        return new Typed(result, new BinaryNode(op, left.Node, right.Node));
    }

    private Typed? Conditional(ConditionalExpr conditional, ImmutableHashSet<string> facts)
    {
        var condition = Check(conditional.Condition, facts);
        var whenTrue = Check(conditional.WhenTrue, facts.Union(WhenTrue(conditional.Condition)));
        var whenFalse = Check(conditional.WhenFalse, facts.Union(WhenFalse(conditional.Condition)));
        if (condition is null || whenTrue is null || whenFalse is null) return null;
        if (condition.Type.Kind != RuleKind.Bool) return Error(conditional.Condition.Span, $"the condition of '?:' must be a boolean, not {Describe(condition.Type)}");
        var common = Common(whenTrue.Type, whenFalse.Type);
        if (common is null) return Error(conditional.Span, $"the branches of '?:' differ: {Describe(whenTrue.Type)} and {Describe(whenFalse.Type)}");
        return new Typed(common, new ConditionalNode(condition.Node, Coerce(whenTrue, common), Coerce(whenFalse, common)));
    }

    /// <summary>Both sides of a comparison, a bare name on one side read as a member of the other side's enum.</summary>
    private (Typed? Left, Typed? Right) Operands(BinaryExpr binary, ImmutableHashSet<string> facts)
    {
        if (binary.Left is NameExpr bareLeft && !IsKnownName(bareLeft))
        {
            var right = Check(binary.Right, facts);
            if (right is null) return (null, null);
            return (right.Type.Kind == RuleKind.Enum ? BareMember(bareLeft, right) : Check(binary.Left, facts), right);
        }
        var left = Check(binary.Left, facts);
        if (left is null) return (null, null);
        if (binary.Right is NameExpr bareRight && !IsKnownName(bareRight) && left.Type.Kind == RuleKind.Enum) return (left, BareMember(bareRight, left));
        return (left, Check(binary.Right, facts));
    }

    private Typed? BareMember(NameExpr name, Typed other) =>
        other.Type.Kind == RuleKind.Enum && _index.TryGet(other.Type.Name!, out var type) ? EnumMember(type, name.Name, name.Span) : null;

    /// <summary>A name or member access as read, without requiring it to be non-null (for comparisons with null and <c>has()</c>).</summary>
    private Typed? Raw(Expr expr, ImmutableHashSet<string> facts) => expr switch
    {
        NameExpr name => Name(name),
        MemberExpr member => Member(member, facts),
        _ => Check(expr, facts),
    };

    private static RuleType? Common(RuleType a, RuleType b)
    {
        if (a.IsNumeric && b.IsNumeric) return RuleType.Promote(a, b);
        if (a.Kind != b.Kind) return null;
        if (a.Kind is RuleKind.Enum or RuleKind.Record && a.Name != b.Name) return null;
        return a.NonNull;
    }

    /// <summary>A fraction literal as the type it is used as (decimal or double); anything else as it is.</summary>
    private static RuleNode Coerce(Typed value, RuleType type) =>
        value.Type.Kind == RuleKind.Fraction && value.Node is LiteralNode literal
            ? literal with { Kind = type.Kind == RuleKind.Double ? RuleLiteralKind.Double : RuleLiteralKind.Decimal }
            : value.Node;

    private static bool IsNull(Expr expr) => expr is LiteralExpr { Kind: LiteralKind.Null };

    /// <summary>The access paths known non-null where <paramref name="expr"/> is true.</summary>
    private static ImmutableHashSet<string> WhenTrue(Expr expr) => expr switch
    {
        BinaryExpr { Operator: "!=" } b when IsNull(b.Right) && KeyOf(b.Left) is { } key => ImmutableHashSet.Create(key),
        BinaryExpr { Operator: "!=" } b when IsNull(b.Left) && KeyOf(b.Right) is { } key => ImmutableHashSet.Create(key),
        CallExpr { Target: null, Name: "has", Arguments.Count: 1 } call when KeyOf(call.Arguments[0]) is { } key => ImmutableHashSet.Create(key),
        BinaryExpr { Operator: "&&" } b => WhenTrue(b.Left).Union(WhenTrue(b.Right)),
        BinaryExpr { Operator: "||" } b => WhenTrue(b.Left).Intersect(WhenTrue(b.Right)),
        UnaryExpr { Operator: "!" } u => WhenFalse(u.Operand),
        _ => ImmutableHashSet<string>.Empty,
    };

    /// <summary>The access paths known non-null where <paramref name="expr"/> is false.</summary>
    private static ImmutableHashSet<string> WhenFalse(Expr expr) => expr switch
    {
        BinaryExpr { Operator: "==" } b when IsNull(b.Right) && KeyOf(b.Left) is { } key => ImmutableHashSet.Create(key),
        BinaryExpr { Operator: "==" } b when IsNull(b.Left) && KeyOf(b.Right) is { } key => ImmutableHashSet.Create(key),
        BinaryExpr { Operator: "||" } b => WhenFalse(b.Left).Union(WhenFalse(b.Right)),
        BinaryExpr { Operator: "&&" } b => WhenFalse(b.Left).Intersect(WhenFalse(b.Right)),
        UnaryExpr { Operator: "!" } u => WhenTrue(u.Operand),
        _ => ImmutableHashSet<string>.Empty,
    };

    private static string? KeyOf(Expr expr) => expr switch
    {
        NameExpr name => name.Name,
        MemberExpr member when KeyOf(member.Target) is { } target => target + "." + member.Name,
        _ => null,
    };
}
