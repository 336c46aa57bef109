using System.Collections.Immutable;

namespace DomainKit.Schema.Diagnostics;

/// <summary>
/// Every diagnostic DomainKit reports, in one place, free of Roslyn: the core reports these. The host's
/// <c>DiagnosticDescriptors</c> mirrors each row as a static descriptor with a constant id (for release
/// tracking); each id is documented in docs/diagnostics.md and listed in AnalyzerReleases.*.md, and a test
/// checks that all four agree.
/// </summary>
internal static class DiagnosticCatalog
{
    public static readonly DiagnosticDefinition YamlSyntax = Error("DK0001", "YAML syntax error",
        "YAML syntax error: {0}");

    public static readonly DiagnosticDefinition UnexpectedShape = Error("DK0002", "Unexpected YAML shape",
        "{0} must be {1}, not {2}");

    public static readonly DiagnosticDefinition UnknownKey = Error("DK0003", "Unknown key",
        "Unknown key '{0}' in {1}; allowed keys: {2}{3}");

    public static readonly DiagnosticDefinition AmbiguousTypeKind = Error("DK0004", "Type must be a record, an enum, a value or a union",
        "Type '{0}' must have exactly one of 'fields', 'enum', 'value' or 'union'{1}");

    public static readonly DiagnosticDefinition UnknownType = Error("DK0005", "Unknown type",
        "Unknown type '{0}'{1}");

    public static readonly DiagnosticDefinition DuplicateType = Error("DK0006", "Type declared twice",
        "Type '{0}' is already declared in {1}");

    public static readonly DiagnosticDefinition InvalidName = Error("DK0007", "Invalid name",
        "'{0}' is not a valid {1} name: {2}");

    public static readonly DiagnosticDefinition NameClash = Error("DK0008", "Clashing names",
        "{0} '{1}' would generate the member '{2}', which clashes with {3}");

    public static readonly DiagnosticDefinition ConstraintNotApplicable = Error("DK0009", "Constraint does not fit the type",
        "Constraint '{0}' does not apply to type '{1}'; it applies to {2}");

    public static readonly DiagnosticDefinition RangeInverted = Error("DK0010", "Lower bound above upper bound",
        "'{0}' ({1}) must be below '{2}' ({3})");

    public static readonly DiagnosticDefinition InvalidPattern = Error("DK0011", "Pattern does not compile",
        "Pattern '{0}' is not a valid .NET regular expression: {1}");

    public static readonly DiagnosticDefinition DefaultBreaksConstraint = Error("DK0012", "Default breaks its own constraints",
        "Default value {0} breaks the field's constraint '{1}' ({2})");

    public static readonly DiagnosticDefinition InvalidOptionValue = Error("DK0014", "Invalid option value",
        "Invalid value '{0}' for '{1}': {2}");

    public static readonly DiagnosticDefinition InvalidTypeExpression = Error("DK0015", "Invalid type expression",
        "Invalid type '{0}': {1}");

    public static readonly DiagnosticDefinition InvalidDefault = Error("DK0016", "Invalid default value",
        "Default value '{0}' is not valid for type '{1}': {2}");

    public static readonly DiagnosticDefinition AnchorsNotSupported = Error("DK0017", "YAML anchors and aliases are not supported",
        "YAML anchors and aliases are not supported in schemas; write the node out in full");

    public static readonly DiagnosticDefinition InvalidNamespace = Error("DK0018", "Invalid namespace",
        "'{0}' is not a valid namespace: {1}");

    public static readonly DiagnosticDefinition DuplicateWireName = Error("DK0019", "JSON name used twice",
        "JSON name '{0}' is used by more than one field of '{1}'");

    public static readonly DiagnosticDefinition InvalidValueType = Error("DK0020", "Value type must wrap a primitive",
        "Value type '{0}' must wrap a primitive (string, bool, int, long, decimal, double, date, time, datetime, duration, guid or uri), not '{1}'");

    public static readonly DiagnosticDefinition MissingKey = Error("DK0021", "Missing key",
        "{0} needs the key '{1}'");

    public static readonly DiagnosticDefinition FileTooLarge = Error("DK0022", "Schema file too large",
        "Schema file is {0} characters long; the limit is {1}");

    public static readonly DiagnosticDefinition DeprecatedButRequired = new("DK0023", "Deprecated field is required",
        "Field '{0}' is deprecated but required, so every caller must set it and is warned for doing so; make it optional ('?') or give it a default",
        Severity.Warning);

    public static readonly DiagnosticDefinition PatternNeedsBacktracking = Error("DK0024", "Pattern needs a backtracking construct",
        "Pattern '{0}' uses a construct the linear-time regex engine does not support ({1}); rewrite it without backreferences, lookarounds or atomic groups");

    public static readonly DiagnosticDefinition NestingTooDeep = Error("DK0025", "Schema nests too deeply",
        "YAML nests deeper than {0} levels here; a schema needs far fewer, so the file is not read further");

    public static readonly DiagnosticDefinition RequiredCycle = new("DK0026", "Required fields form a cycle",
        "Field '{0}' of '{1}' closes a cycle of required fields ({2}): no finite instance can be built or read; make one of these fields optional ('?')",
        Severity.Warning);

    public static readonly DiagnosticDefinition RuleShape = Error("DK0027", "Invalid rule",
        "'{0}' does not fit here: {1}");

    public static readonly DiagnosticDefinition RuleSyntax = Error("DK0028", "Rule expression does not parse",
        "Rule '{0}' does not parse: {1}");

    public static readonly DiagnosticDefinition RuleUnknownName = Error("DK0029", "Unknown name in a rule",
        "'{0}' is not {1}{2}");

    public static readonly DiagnosticDefinition RuleTypeMismatch = Error("DK0030", "Rule does not type-check",
        "{0}");

    public static readonly DiagnosticDefinition RuleUnguardedOptional = Error("DK0031", "Optional value used without a null guard",
        "'{0}' is optional and may be null here; guard it first: '{0} != null && …', '{0} == null || …' or 'has({0}) && …'");

    public static readonly DiagnosticDefinition RuleNotBoolean = Error("DK0032", "Rule condition is not a boolean",
        "{0} must be a boolean expression; '{1}' is {2}");

    public static readonly DiagnosticDefinition RuleUnknownField = Error("DK0033", "Unknown field in a rule's path, require or forbid",
        "'{0}' in '{1}' is not a field of '{2}'{3}");

    public static readonly DiagnosticDefinition DuplicateTag = Error("DK0034", "Two variants share a tag",
        "Tag '{0}' is used by more than one variant of union '{1}'; each variant needs its own");

    public static readonly DiagnosticDefinition VariantRepeatsShared = Error("DK0035", "Variant field repeats a shared field or the discriminator",
        "Field '{0}' of '{1}' repeats {2}; a variant's fields are its own, beside the shared ones");

    public static readonly DiagnosticDefinition EmptyUnion = Error("DK0036", "Union without variants",
        "Union '{0}' has no variants; give it at least one under 'variants'");

    public static readonly DiagnosticDefinition InvalidKey = Error("DK0037", "Invalid key",
        "'key: {0}' of '{1}' {2}; a key names a required field that is not a collection");

    public static readonly DiagnosticDefinition ReferenceToUnkeyed = Error("DK0038", "Reference to a type without a key",
        "'ref<{0}>' needs a keyed record, but {1}");

    public static readonly DiagnosticDefinition ReservedNameUsed = Error("DK0039", "Reserved name declared",
        "'{0}' is reserved in '{1}' (a name it had before); declaring it again would misread old documents; choose another name");

    public static readonly DiagnosticDefinition TypeRemoved = Error("DK0040", "Type removed since the baseline",
        "Type '{0}' of the baseline ({1}) is gone{2}; {3}");

    public static readonly DiagnosticDefinition TypeKindChanged = Error("DK0041", "Type changed kind since the baseline",
        "'{0}' was {1} in the baseline and is now {2}; {3}");

    public static readonly DiagnosticDefinition RequiredFieldAdded = Error("DK0042", "Required field added",
        "Required field '{0}' was added to '{1}'; make it optional ('?') or give it a default; {2}");

    public static readonly DiagnosticDefinition FieldAddedToClosedType = Error("DK0043", "Field added where the baseline rejects unknown fields",
        "Field '{0}' was added to '{1}', whose baseline file says 'unknownFields: error'; {2}");

    public static readonly DiagnosticDefinition FieldRemoved = Error("DK0044", "Field removed",
        "Field '{0}' was removed from '{1}'{2}; {3}");

    public static readonly DiagnosticDefinition WireNameChanged = Error("DK0045", "Name on the wire changed",
        "{0} '{1}' of '{2}' is now written '{3}', not '{4}'{5}; {6}");

    public static readonly DiagnosticDefinition OptionalityChanged = Error("DK0046", "Field became required or optional",
        "Field '{0}' of '{1}' {2}; {3}");

    public static readonly DiagnosticDefinition FieldTypeChanged = Error("DK0047", "Type of a field changed",
        "'{0}' of '{1}' changed type from '{2}' to '{3}'; {4}");

    public static readonly DiagnosticDefinition ConstraintChanged = Error("DK0048", "Constraint tightened or loosened",
        "'{0}' of '{1}': '{2}' {3}; {4}");

    public static readonly DiagnosticDefinition ChoiceAdded = Error("DK0049", "Enum member or union variant added",
        "{0} '{1}' was added to '{2}'; {3}");

    public static readonly DiagnosticDefinition ChoiceRemoved = Error("DK0050", "Enum member or union variant removed",
        "{0} '{1}' was removed from '{2}'{3}; {4}");

    public static readonly DiagnosticDefinition DefaultChanged = Error("DK0051", "Default value changed",
        "The default of '{0}' in '{1}' changed from {2} to {3}; {4}");

    public static readonly DiagnosticDefinition DiscriminatorChanged = Error("DK0052", "Union discriminator changed",
        "The discriminator of '{0}' changed from '{1}' to '{2}'; {3}");

    public static readonly DiagnosticDefinition RuleChanged = Error("DK0053", "Rule added or removed",
        "Rule '{0}' of '{1}' {2}; {3}");

    public static readonly DiagnosticDefinition ReservedNameReused = Error("DK0054", "Name reserved in the baseline declared again",
        "'{0}' was reserved in the baseline of '{1}' and is declared again; old documents may hold it with another meaning; {2}");

    public static readonly DiagnosticDefinition BaselineUnreadable = new("DK0055", "Baseline file cannot be read",
        "This baseline file has errors ({0}); its types are left out of the compatibility check",
        Severity.Warning);

    public static readonly DiagnosticDefinition InternalError = Error("DK9999", "Internal generator error",
        "DomainKit could not process this file ({0}); please report it with the file attached");

    public static readonly ImmutableArray<DiagnosticDefinition> All = ImmutableArray.Create(
        YamlSyntax, UnexpectedShape, UnknownKey, AmbiguousTypeKind, UnknownType, DuplicateType, InvalidName,
        NameClash, ConstraintNotApplicable, RangeInverted, InvalidPattern, DefaultBreaksConstraint,
        InvalidOptionValue, InvalidTypeExpression, InvalidDefault, AnchorsNotSupported,
        InvalidNamespace, DuplicateWireName, InvalidValueType, MissingKey, FileTooLarge, DeprecatedButRequired, PatternNeedsBacktracking, NestingTooDeep,
        RequiredCycle, RuleShape, RuleSyntax, RuleUnknownName, RuleTypeMismatch, RuleUnguardedOptional, RuleNotBoolean,
        RuleUnknownField, DuplicateTag, VariantRepeatsShared, EmptyUnion, InvalidKey, ReferenceToUnkeyed, ReservedNameUsed,
        TypeRemoved, TypeKindChanged, RequiredFieldAdded, FieldAddedToClosedType, FieldRemoved, WireNameChanged, OptionalityChanged,
        FieldTypeChanged, ConstraintChanged, ChoiceAdded, ChoiceRemoved, DefaultChanged, DiscriminatorChanged, RuleChanged,
        ReservedNameReused, BaselineUnreadable, InternalError);

    private static DiagnosticDefinition Error(string id, string title, string format) =>
        new(id, title, format, Severity.Error);
}
