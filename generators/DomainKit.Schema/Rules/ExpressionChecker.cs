using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit.Schema.Rules;

/// <summary>
/// Type-checks one rule expression against its record and builds its typed tree: names, nested access, enum
/// members, numeric promotion, operators, functions and macros, and null safety that follows the guards
/// (<c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>?:</c>, <c>has()</c>). Each problem is reported at its token; the
/// result is null when there was one. The emitters write the tree (<see cref="RuleWriter"/>, <see cref="JsonSchemaRules"/>).
/// </summary>
internal sealed partial class ExpressionChecker
{
    private readonly RecordShape _record;
    private readonly Func<string, RecordShape?> _shapes;
    private readonly TypeResolver _resolver;
    private readonly TypeIndex _index;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _prefix;
    private readonly SortedSet<string> _reads = new(StringComparer.Ordinal);
    private readonly List<string> _patterns = new();
    private RuleScope _scope = new(null);
    private int _locals;
    private bool _failed;

    public ExpressionChecker(RecordShape record, Func<string, RecordShape?> shapes, TypeIndex index, DiagnosticBag diagnostics, string prefix)
    {
        _record = record;
        _shapes = shapes;
        _index = index;
        _resolver = new TypeResolver(index, new DiagnosticBag());
        _diagnostics = diagnostics;
        _prefix = prefix;
    }

    public bool UsesArithmetic { get; private set; }

    public bool UsesMacros { get; private set; }

    public IReadOnlyCollection<string> Reads => _reads;

    public IReadOnlyList<string> Patterns => _patterns;

    public IReadOnlyList<RuleGuard> Guards => _scope.Guards;

    public IReadOnlyList<RuleFunction> Functions => _scope.Functions;

    /// <summary>The expression's typed tree (a boolean), or null (reported) when it does not check.</summary>
    public RuleNode? CheckCondition(RuleExpression expression, string what)
    {
        if (expression.Tree is null)
        {
            _diagnostics.Report(DiagnosticCatalog.RuleSyntax, expression.ErrorSpan ?? expression.Source.Span, expression.Source.Text, expression.Error ?? "malformed");
            return null;
        }
        var typed = Check(expression.Tree, ImmutableHashSet<string>.Empty);
        if (typed is null || _failed) return null;
        if (typed.Type.Kind != RuleKind.Bool || typed.Type.Optional)
        {
            _diagnostics.Report(DiagnosticCatalog.RuleNotBoolean, expression.Tree.Span, what, expression.Source.Text, Describe(typed.Type));
            return null;
        }
        return typed.Node;
    }

    /// <summary>Marks a top-level field as read (a <c>require</c>/<c>forbid</c> field).</summary>
    public void AddRead(string pointer) => _reads.Add(pointer);

    /// <summary>Told each sub-expression's type as it checks (an editor's hover); null in the build.</summary>
    public Action<Expr, RuleType>? Observer { get; set; }

    private Typed? Check(Expr expr, ImmutableHashSet<string> facts)
    {
        var typed = CheckNode(expr, facts);
        if (typed is not null) Observer?.Invoke(expr, typed.Type);
        return typed;
    }

    private Typed? CheckNode(Expr expr, ImmutableHashSet<string> facts) => expr switch
    {
        LiteralExpr literal => Literal(literal),
        NameExpr name => Use(Name(name), name.Span, facts),
        MemberExpr member => Use(Member(member, facts), member.NameSpan, facts),
        CallExpr call => Call(call, facts),
        UnaryExpr unary => Unary(unary, facts),
        BinaryExpr binary => Binary(binary, facts),
        ConditionalExpr conditional => Conditional(conditional, facts),
        ListExpr list => Error(list.Span, "a list literal can only stand on the right of 'in'"),
        _ => Error(expr.Span, "unsupported expression"),
    };

    private Typed? Error(SourceSpan span, string message)
    {
        _diagnostics.Report(DiagnosticCatalog.RuleTypeMismatch, span, message);
        return Fail();
    }

    /// <summary>Marks the expression as not checking (its problem already reported).</summary>
    private Typed? Fail()
    {
        _failed = true;
        return null;
    }

    private static Typed? Literal(LiteralExpr literal) => literal.Kind switch
    {
        LiteralKind.Integer when int.TryParse(literal.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) => new Typed(RuleType.Int, new LiteralNode(RuleLiteralKind.Int, literal.Text)),
        LiteralKind.Integer when long.TryParse(literal.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) => new Typed(RuleType.Long, new LiteralNode(RuleLiteralKind.Long, literal.Text)),
        LiteralKind.Integer or LiteralKind.Fraction => new Typed(new RuleType(RuleKind.Fraction), new LiteralNode(RuleLiteralKind.Fraction, literal.Text)),
        LiteralKind.String => new Typed(RuleType.String, new LiteralNode(RuleLiteralKind.String, literal.Text)),
        LiteralKind.True => new Typed(RuleType.Bool, new LiteralNode(RuleLiteralKind.True, "true")),
        LiteralKind.False => new Typed(RuleType.Bool, new LiteralNode(RuleLiteralKind.False, "false")),
        _ => new Typed(RuleType.Null, new LiteralNode(RuleLiteralKind.Null, "null")),
    };

    /// <summary>A field of the record or a macro variable, as read (possibly null).</summary>
    private Typed? Name(NameExpr name)
    {
        if (_scope.Find(name.Name) is { } variable)
            return Access(variable.Spec, new LocalNode(variable.Local), null, name.Name, null, variable.Pointer, null);
        if (FieldOf(_record, name.Name) is { } field)
        {
            // A field whose type does not resolve has its own error already.
            return Resolve(field) is { } spec
                ? Access(spec, ThisNode.Instance, Naming.ToPascalCase(field.Name), field.Name, null, "/" + Naming.PointerSegment(field.WireName), RuleField.Of(field, spec))
                : Fail();
        }
        return Unknown(name.Span, name.Name, $"a field of '{_record.Name}'", _record.Fields.Select(f => f.Name).Concat(_scope.VisibleNames()));
    }

    private bool IsKnownName(NameExpr name) => _scope.Find(name.Name) is not null || FieldOf(_record, name.Name) is not null;

    private Typed? Member(MemberExpr member, ImmutableHashSet<string> facts)
    {
        if (member.Target is NameExpr typeName && !IsKnownName(typeName) && _index.TryGet(typeName.Name, out var indexed) && indexed.Kind == TypeKind.Enum)
            return EnumMember(indexed, member.Name, member.NameSpan);
        var target = Check(member.Target, facts);
        if (target is null) return null;
        if (target.Type.Kind != RuleKind.Record || _shapes(target.Type.Name!) is not { } shape)
            return Error(member.NameSpan, $"'{member.Name}' cannot be read from {Describe(target.Type)}; only records have fields");
        var field = FieldOf(shape, member.Name);
        var spec = field is null ? null : Resolve(field);
        if (field is not null && spec is null) return Fail();
        if (field is null || spec is null) return Unknown(member.NameSpan, member.Name, $"a field of '{shape.Name}'", shape.Fields.Select(f => f.Name));
        var pointer = target.Pointer is null ? null : target.Pointer.EndsWith("/", StringComparison.Ordinal) ? target.Pointer : target.Pointer + "/" + Naming.PointerSegment(field.WireName);
        var key = target.Key is null ? null : target.Key + "." + member.Name;
        return Access(spec, target.Node, Naming.ToPascalCase(field.Name), key, target.Reach, pointer, null);
    }

    private Typed? EnumMember(IndexedType type, string member, SourceSpan span)
    {
        if (type.EnumMembers.Items.Contains(member))
            return new Typed(new RuleType(RuleKind.Enum, Name: type.Name), new EnumMemberNode(type.FullName, Naming.ToPascalCase(member), member));
        return Unknown(span, member, $"a member of enum '{type.Name}'", type.EnumMembers);
    }

    /// <summary>DK0029 for a name that is not <paramref name="what"/>, with the closest of <paramref name="candidates"/>, or them all when none is close.</summary>
    private Typed? Unknown(SourceSpan span, string name, string what, IEnumerable<string> candidates, bool listWhenFar = false)
    {
        var known = candidates.ToList();
        var suggestion = NameSuggester.Closest(name, known);
        var hint = suggestion is not null ? NameSuggester.Hint(suggestion) : listWhenFar ? $"; known: {string.Join(", ", known)}" : "";
        _diagnostics.Report(DiagnosticCatalog.RuleUnknownName, span, name, what, hint);
        return Fail();
    }

    /// <summary>
    /// A value read from a field or variable. Required values of reference types may still be null in
    /// memory (a required error is then reported for them): a guard skips the rule in that case.
    /// </summary>
    private Typed Access(FieldTypeSpec spec, RuleNode owner, string? property, string? key, ImmutableList<RuleNode>? reach, string? pointer, RuleField? field)
    {
        if (pointer is not null) _reads.Add(pointer);
        var type = TypeOf(spec);
        if (spec.Optional) return new Typed(type, new ReadNode(owner, property, ReadForm.Raw, false, field), key, reach, pointer, spec, field);
        var read = new ReadNode(owner, property, ReadForm.Present, spec.Kind == FieldTypeKind.Value, field);
        if (IsReference(spec)) Guard(reach, read);
        return new Typed(type, read, key, reach, pointer, spec, field);
    }

    /// <summary>The value of an access where it is used: an optional one only where a guard proves it is not null.</summary>
    private Typed? Use(Typed? typed, SourceSpan span, ImmutableHashSet<string> facts)
    {
        if (typed is null || !typed.Type.Optional || typed.Type.Kind == RuleKind.Null || typed.Spec is null) return typed;
        if (typed.Key is null || !facts.Contains(typed.Key))
        {
            var name = typed.Key ?? "this value";
            _diagnostics.Report(DiagnosticCatalog.RuleUnguardedOptional, span, name);
            return Fail();
        }
        var spec = typed.Spec;
        var raw = (ReadNode)typed.Node;
        var reach = (typed.Reach ?? ImmutableList<RuleNode>.Empty).Add(raw);
        var narrowed = raw with { Form = spec.IsReferenceType ? ReadForm.NarrowedReference : ReadForm.NarrowedValue, Unwrap = spec.Kind == FieldTypeKind.Value };
        if (spec.Kind == FieldTypeKind.Value && PrimitiveCatalog.IsReferenceType(spec.Primitive)) Guard(reach, narrowed);
        return typed with { Type = typed.Type.NonNull, Node = narrowed, Reach = reach };
    }

    private void Guard(ImmutableList<RuleNode>? reach, RuleNode value)
    {
        var guard = new RuleGuard((reach ?? ImmutableList<RuleNode>.Empty).ToEquatableArray(), value);
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Guards.Contains(guard)) return;
        }
        _scope.Guards.Add(guard);
    }

    private static bool IsReference(FieldTypeSpec spec) =>
        spec.IsReferenceType || (spec.Kind == FieldTypeKind.Value && PrimitiveCatalog.IsReferenceType(spec.Primitive));

    private RuleType TypeOf(FieldTypeSpec spec)
    {
        var type = spec.Kind switch
        {
            FieldTypeKind.Primitive or FieldTypeKind.Value => RuleType.FromPrimitive(spec.Primitive),
            FieldTypeKind.Enum => new RuleType(RuleKind.Enum, Name: spec.DeclaredName, Spec: spec),
            FieldTypeKind.Record => new RuleType(RuleKind.Record, Name: spec.DeclaredName, Spec: spec),
            FieldTypeKind.List => new RuleType(RuleKind.List, Spec: spec, Element: TypeOf(spec.Element!)),
            FieldTypeKind.Set => new RuleType(RuleKind.Set, Spec: spec, Element: TypeOf(spec.Element!)),
            _ => new RuleType(RuleKind.Map, Spec: spec, Element: TypeOf(spec.Element!)),
        };
        return spec.Optional ? type with { Optional = true } : type;
    }

    private FieldTypeSpec? Resolve(FieldShape field) => _resolver.Resolve(new Scalar(field.Type.ToString(), Unlocated, true), field.Type);

    private static readonly SourceSpan Unlocated = new("", 0, 0, 0, 0, 0, 0);

    private static FieldShape? FieldOf(RecordShape shape, string name) => shape.Fields.FirstOrDefault(f => f.Name == name);

    private string NewLocal(string stem) => $"__{stem}{_locals++}";

    private static string Describe(RuleType type) => type.Kind switch
    {
        RuleKind.Null => "null",
        RuleKind.Literals => type.ToString(),
        _ => $"'{type}'",
    };
}
