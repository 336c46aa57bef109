namespace DomainKit.Schema.Model;

// Check stage output for rules: a checked expression as a typed tree, free of positions and of any output language.
// The C# emitter (Rules/RuleWriter) and the JSON Schema translation (Rules/JsonSchemaRules) each write it their way.

/// <summary>A node of a checked rule expression. Numeric promotion, null narrowing and guards are already decided.</summary>
internal abstract record RuleNode;

/// <summary>The kind of a literal as the expression uses it (a fraction is a decimal or a double by its other operand).</summary>
internal enum RuleLiteralKind
{
    Int,
    Long,
    Fraction,
    Decimal,
    Double,
    String,
    True,
    False,
    Null,
}

/// <summary>A literal as written (<c>Text</c>: digits, a string's value, or the text of a negated number).</summary>
internal sealed record LiteralNode(RuleLiteralKind Kind, string Text) : RuleNode;

/// <summary>A typed literal, <c>date('2025-02-27')</c>: its primitive and its text in the one form the catalog reads.</summary>
internal sealed record PrimitiveLiteralNode(PrimitiveKind Primitive, string Text) : RuleNode;

/// <summary>An enum member: the enum's full C# name, the member's C# name, and its name in the schema.</summary>
internal sealed record EnumMemberNode(string EnumType, string Member, string SchemaName) : RuleNode;

/// <summary>The record itself, whose fields a rule reads.</summary>
internal sealed record ThisNode : RuleNode
{
    public static readonly ThisNode Instance = new();
}

/// <summary>A local of the generated method (a macro's item).</summary>
internal sealed record LocalNode(string Name) : RuleNode;

/// <summary>How a value is read.</summary>
internal enum ReadForm
{
    /// <summary>As it is, possibly null (tests against null, <c>has()</c>).</summary>
    Raw,

    /// <summary>A required value.</summary>
    Present,

    /// <summary>An optional reference known non-null here.</summary>
    NarrowedReference,

    /// <summary>An optional value type known non-null here.</summary>
    NarrowedValue,
}

/// <summary>
/// A field of <c>Owner</c> (<c>Property</c>), or <c>Owner</c> itself when <c>Property</c> is null; <c>Unwrap</c> reads a
/// value type's primitive. <c>Field</c> is the record field read (for the JSON Schema translation), when it is one.
/// </summary>
internal sealed record ReadNode(RuleNode Owner, string? Property, ReadForm Form, bool Unwrap, RuleField? Field = null) : RuleNode;

/// <summary><c>!operand</c>.</summary>
internal sealed record NotNode(RuleNode Operand) : RuleNode;

/// <summary><c>-operand</c> of a number (overflow-checked) or a duration.</summary>
internal sealed record NegateNode(RuleNode Operand, bool Checked) : RuleNode;

/// <summary>
/// <c>left op right</c>: <c>&amp;&amp;</c>, <c>||</c>, comparisons (<c>Ordinal</c>: of strings), arithmetic
/// (<c>Checked</c>: numbers, overflow fails the rule).
/// </summary>
internal sealed record BinaryNode(string Operator, RuleNode Left, RuleNode Right, bool Checked = false, bool Ordinal = false) : RuleNode;

/// <summary>Whether the operand is null (<c>IsNull</c>) or is not.</summary>
internal sealed record NullTestNode(RuleNode Operand, bool IsNull) : RuleNode;

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed record ConditionalNode(RuleNode Condition, RuleNode WhenTrue, RuleNode WhenFalse) : RuleNode;

/// <summary><c>value in [a, b]</c>: any of the equality tests (<c>value == a</c>, …) holds.</summary>
internal sealed record AnyEqualNode(EquatableArray<BinaryNode> Tests) : RuleNode;

/// <summary>A string's test by <c>startsWith</c>, <c>endsWith</c> or <c>contains</c> (ordinal).</summary>
internal sealed record StringTestNode(RuleNode Target, string Function, RuleNode Argument) : RuleNode;

/// <summary><c>size(x)</c>: a string's length in code points, or a collection's count.</summary>
internal sealed record SizeNode(RuleNode Value, bool OfString) : RuleNode;

/// <summary><c>key in map</c>.</summary>
internal sealed record ContainsKeyNode(RuleNode Map, RuleNode Key) : RuleNode;

/// <summary><c>item in collection</c> where the collection's own <c>Contains</c> answers.</summary>
internal sealed record ContainsNode(RuleNode Collection, RuleNode Item) : RuleNode;

/// <summary><c>x.matches('…')</c>: the rule's pattern field <c>Pattern</c>.</summary>
internal sealed record MatchesNode(string Pattern, RuleNode Target) : RuleNode;

/// <summary>A call of one of the rule's local functions (a macro, a search).</summary>
internal sealed record LocalCallNode(string Function) : RuleNode;

/// <summary>The items of a collection (a map's values) as a span to loop over.</summary>
internal sealed record ItemsNode(RuleNode Collection, bool OfMap) : RuleNode;

/// <summary>
/// Skips the rule when a required value it reads is missing in memory: <c>Value</c> is null where every <c>Reach</c>
/// (optional links on the way) is not.
/// </summary>
internal sealed record RuleGuard(EquatableArray<RuleNode> Reach, RuleNode Value);

/// <summary>A local function of a rule: what a macro or an <c>in</c> over value-type items becomes.</summary>
internal abstract record RuleFunction(string Name);

/// <summary><c>xs.all(x, p)</c> / <c>xs.exists(x, p)</c>: a loop over <c>Items</c>; a guard met skips the rule.</summary>
internal sealed record LoopFunction(string Name, string Item, RuleNode Items, RuleNode Test, bool All, EquatableArray<RuleGuard> Guards, EquatableArray<RuleFunction> Nested) : RuleFunction(Name);

/// <summary><c>xs.unique(x, key)</c>: no two items with equal keys; a guard met skips the rule.</summary>
internal sealed record UniqueFunction(string Name, string Item, string ItemType, RuleNode Items, RuleNode Key, string KeyType, EquatableArray<RuleGuard> Guards) : RuleFunction(Name);

/// <summary>
/// <c>item in collection</c> over items of a value type (compared by their primitive) or optional items: a search.
/// <c>Each</c> is the loop's local; the element's shape says how it reads.
/// </summary>
internal sealed record SearchFunction(string Name, string Each, RuleNode Collection, bool Optional, bool ReferenceType, bool Unwrap, RuleNode Item) : RuleFunction(Name);

/// <summary>A field of the record a rule names, as the JSON Schema translation needs it.</summary>
internal sealed record RuleField(string Name, string Property, string WireName, EquatableArray<string> RenamedFrom, bool HasDefault, FieldTypeSpec Type)
{
    public static RuleField Of(FieldShape field, FieldTypeSpec type) =>
        new(field.Name, Naming.ToPascalCase(field.Name), field.WireName, field.RenamedFrom, field.HasDefault, type);
}

/// <summary>How a <c>require</c>/<c>forbid</c> field counts as absent.</summary>
internal enum AbsentForm
{
    /// <summary>An optional collection: null or empty.</summary>
    OptionalCollection,

    /// <summary>A required collection: empty.</summary>
    Collection,

    /// <summary>A string: null or empty.</summary>
    String,

    /// <summary>A value type over a string: null or empty (<c>Optional</c> says whether it can be null).</summary>
    ValueString,

    /// <summary>Anything else: null.</summary>
    Null,
}

/// <summary>That a listed field is absent (or, <c>Negated</c>, present).</summary>
internal sealed record AbsentNode(RuleField Field, AbsentForm Form, bool Optional, bool Negated = false) : RuleNode;
