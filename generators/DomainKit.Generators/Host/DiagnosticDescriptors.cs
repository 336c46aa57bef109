using System.Collections.Generic;
using System.Collections.Immutable;
using DomainKit.Schema.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Host;

/// <summary>
/// One static descriptor per row of the core's <see cref="DiagnosticCatalog"/>, with a constant id so
/// release tracking (AnalyzerReleases.*.md, RS2008) sees it; a test checks the two agree.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "DomainKit";

    // Each id's section in the diagnostics reference.
    private const string HelpLinks = "docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor YamlSyntax = new("DK0001", DiagnosticCatalog.YamlSyntax.Title, DiagnosticCatalog.YamlSyntax.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0001");

    public static readonly DiagnosticDescriptor UnexpectedShape = new("DK0002", DiagnosticCatalog.UnexpectedShape.Title, DiagnosticCatalog.UnexpectedShape.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0002");

    public static readonly DiagnosticDescriptor UnknownKey = new("DK0003", DiagnosticCatalog.UnknownKey.Title, DiagnosticCatalog.UnknownKey.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0003");

    public static readonly DiagnosticDescriptor AmbiguousTypeKind = new("DK0004", DiagnosticCatalog.AmbiguousTypeKind.Title, DiagnosticCatalog.AmbiguousTypeKind.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0004");

    public static readonly DiagnosticDescriptor UnknownType = new("DK0005", DiagnosticCatalog.UnknownType.Title, DiagnosticCatalog.UnknownType.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0005");

    public static readonly DiagnosticDescriptor DuplicateType = new("DK0006", DiagnosticCatalog.DuplicateType.Title, DiagnosticCatalog.DuplicateType.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0006");

    public static readonly DiagnosticDescriptor InvalidName = new("DK0007", DiagnosticCatalog.InvalidName.Title, DiagnosticCatalog.InvalidName.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0007");

    public static readonly DiagnosticDescriptor NameClash = new("DK0008", DiagnosticCatalog.NameClash.Title, DiagnosticCatalog.NameClash.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0008");

    public static readonly DiagnosticDescriptor ConstraintNotApplicable = new("DK0009", DiagnosticCatalog.ConstraintNotApplicable.Title, DiagnosticCatalog.ConstraintNotApplicable.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0009");

    public static readonly DiagnosticDescriptor RangeInverted = new("DK0010", DiagnosticCatalog.RangeInverted.Title, DiagnosticCatalog.RangeInverted.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0010");

    public static readonly DiagnosticDescriptor InvalidPattern = new("DK0011", DiagnosticCatalog.InvalidPattern.Title, DiagnosticCatalog.InvalidPattern.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0011");

    public static readonly DiagnosticDescriptor DefaultBreaksConstraint = new("DK0012", DiagnosticCatalog.DefaultBreaksConstraint.Title, DiagnosticCatalog.DefaultBreaksConstraint.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0012");

    public static readonly DiagnosticDescriptor InvalidOptionValue = new("DK0014", DiagnosticCatalog.InvalidOptionValue.Title, DiagnosticCatalog.InvalidOptionValue.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0014");

    public static readonly DiagnosticDescriptor InvalidTypeExpression = new("DK0015", DiagnosticCatalog.InvalidTypeExpression.Title, DiagnosticCatalog.InvalidTypeExpression.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0015");

    public static readonly DiagnosticDescriptor InvalidDefault = new("DK0016", DiagnosticCatalog.InvalidDefault.Title, DiagnosticCatalog.InvalidDefault.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0016");

    public static readonly DiagnosticDescriptor AnchorsNotSupported = new("DK0017", DiagnosticCatalog.AnchorsNotSupported.Title, DiagnosticCatalog.AnchorsNotSupported.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0017");

    public static readonly DiagnosticDescriptor InvalidNamespace = new("DK0018", DiagnosticCatalog.InvalidNamespace.Title, DiagnosticCatalog.InvalidNamespace.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0018");

    public static readonly DiagnosticDescriptor DuplicateWireName = new("DK0019", DiagnosticCatalog.DuplicateWireName.Title, DiagnosticCatalog.DuplicateWireName.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0019");

    public static readonly DiagnosticDescriptor InvalidValueType = new("DK0020", DiagnosticCatalog.InvalidValueType.Title, DiagnosticCatalog.InvalidValueType.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0020");

    public static readonly DiagnosticDescriptor MissingKey = new("DK0021", DiagnosticCatalog.MissingKey.Title, DiagnosticCatalog.MissingKey.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0021");

    public static readonly DiagnosticDescriptor FileTooLarge = new("DK0022", DiagnosticCatalog.FileTooLarge.Title, DiagnosticCatalog.FileTooLarge.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0022");

    public static readonly DiagnosticDescriptor DeprecatedButRequired = new("DK0023", DiagnosticCatalog.DeprecatedButRequired.Title, DiagnosticCatalog.DeprecatedButRequired.MessageFormat,
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0023");

    public static readonly DiagnosticDescriptor PatternNeedsBacktracking = new("DK0024", DiagnosticCatalog.PatternNeedsBacktracking.Title, DiagnosticCatalog.PatternNeedsBacktracking.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0024");

    public static readonly DiagnosticDescriptor NestingTooDeep = new("DK0025", DiagnosticCatalog.NestingTooDeep.Title, DiagnosticCatalog.NestingTooDeep.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0025");

    public static readonly DiagnosticDescriptor RequiredCycle = new("DK0026", DiagnosticCatalog.RequiredCycle.Title, DiagnosticCatalog.RequiredCycle.MessageFormat,
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0026");

    public static readonly DiagnosticDescriptor RuleShape = new("DK0027", DiagnosticCatalog.RuleShape.Title, DiagnosticCatalog.RuleShape.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0027");

    public static readonly DiagnosticDescriptor RuleSyntax = new("DK0028", DiagnosticCatalog.RuleSyntax.Title, DiagnosticCatalog.RuleSyntax.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0028");

    public static readonly DiagnosticDescriptor RuleUnknownName = new("DK0029", DiagnosticCatalog.RuleUnknownName.Title, DiagnosticCatalog.RuleUnknownName.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0029");

    public static readonly DiagnosticDescriptor RuleTypeMismatch = new("DK0030", DiagnosticCatalog.RuleTypeMismatch.Title, DiagnosticCatalog.RuleTypeMismatch.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0030");

    public static readonly DiagnosticDescriptor RuleUnguardedOptional = new("DK0031", DiagnosticCatalog.RuleUnguardedOptional.Title, DiagnosticCatalog.RuleUnguardedOptional.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0031");

    public static readonly DiagnosticDescriptor RuleNotBoolean = new("DK0032", DiagnosticCatalog.RuleNotBoolean.Title, DiagnosticCatalog.RuleNotBoolean.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0032");

    public static readonly DiagnosticDescriptor RuleUnknownField = new("DK0033", DiagnosticCatalog.RuleUnknownField.Title, DiagnosticCatalog.RuleUnknownField.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0033");

    public static readonly DiagnosticDescriptor DuplicateTag = new("DK0034", DiagnosticCatalog.DuplicateTag.Title, DiagnosticCatalog.DuplicateTag.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0034");

    public static readonly DiagnosticDescriptor VariantRepeatsShared = new("DK0035", DiagnosticCatalog.VariantRepeatsShared.Title, DiagnosticCatalog.VariantRepeatsShared.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0035");

    public static readonly DiagnosticDescriptor EmptyUnion = new("DK0036", DiagnosticCatalog.EmptyUnion.Title, DiagnosticCatalog.EmptyUnion.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0036");

    public static readonly DiagnosticDescriptor InvalidKey = new("DK0037", DiagnosticCatalog.InvalidKey.Title, DiagnosticCatalog.InvalidKey.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0037");

    public static readonly DiagnosticDescriptor ReferenceToUnkeyed = new("DK0038", DiagnosticCatalog.ReferenceToUnkeyed.Title, DiagnosticCatalog.ReferenceToUnkeyed.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0038");

    public static readonly DiagnosticDescriptor ReservedNameUsed = new("DK0039", DiagnosticCatalog.ReservedNameUsed.Title, DiagnosticCatalog.ReservedNameUsed.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0039");

    public static readonly DiagnosticDescriptor TypeRemoved = new("DK0040", DiagnosticCatalog.TypeRemoved.Title, DiagnosticCatalog.TypeRemoved.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0040");

    public static readonly DiagnosticDescriptor TypeKindChanged = new("DK0041", DiagnosticCatalog.TypeKindChanged.Title, DiagnosticCatalog.TypeKindChanged.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0041");

    public static readonly DiagnosticDescriptor RequiredFieldAdded = new("DK0042", DiagnosticCatalog.RequiredFieldAdded.Title, DiagnosticCatalog.RequiredFieldAdded.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0042");

    public static readonly DiagnosticDescriptor FieldAddedToClosedType = new("DK0043", DiagnosticCatalog.FieldAddedToClosedType.Title, DiagnosticCatalog.FieldAddedToClosedType.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0043");

    public static readonly DiagnosticDescriptor FieldRemoved = new("DK0044", DiagnosticCatalog.FieldRemoved.Title, DiagnosticCatalog.FieldRemoved.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0044");

    public static readonly DiagnosticDescriptor WireNameChanged = new("DK0045", DiagnosticCatalog.WireNameChanged.Title, DiagnosticCatalog.WireNameChanged.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0045");

    public static readonly DiagnosticDescriptor OptionalityChanged = new("DK0046", DiagnosticCatalog.OptionalityChanged.Title, DiagnosticCatalog.OptionalityChanged.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0046");

    public static readonly DiagnosticDescriptor FieldTypeChanged = new("DK0047", DiagnosticCatalog.FieldTypeChanged.Title, DiagnosticCatalog.FieldTypeChanged.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0047");

    public static readonly DiagnosticDescriptor ConstraintChanged = new("DK0048", DiagnosticCatalog.ConstraintChanged.Title, DiagnosticCatalog.ConstraintChanged.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0048");

    public static readonly DiagnosticDescriptor ChoiceAdded = new("DK0049", DiagnosticCatalog.ChoiceAdded.Title, DiagnosticCatalog.ChoiceAdded.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0049");

    public static readonly DiagnosticDescriptor ChoiceRemoved = new("DK0050", DiagnosticCatalog.ChoiceRemoved.Title, DiagnosticCatalog.ChoiceRemoved.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0050");

    public static readonly DiagnosticDescriptor DefaultChanged = new("DK0051", DiagnosticCatalog.DefaultChanged.Title, DiagnosticCatalog.DefaultChanged.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0051");

    public static readonly DiagnosticDescriptor DiscriminatorChanged = new("DK0052", DiagnosticCatalog.DiscriminatorChanged.Title, DiagnosticCatalog.DiscriminatorChanged.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0052");

    public static readonly DiagnosticDescriptor RuleChanged = new("DK0053", DiagnosticCatalog.RuleChanged.Title, DiagnosticCatalog.RuleChanged.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0053");

    public static readonly DiagnosticDescriptor ReservedNameReused = new("DK0054", DiagnosticCatalog.ReservedNameReused.Title, DiagnosticCatalog.ReservedNameReused.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0054");

    public static readonly DiagnosticDescriptor BaselineUnreadable = new("DK0055", DiagnosticCatalog.BaselineUnreadable.Title, DiagnosticCatalog.BaselineUnreadable.MessageFormat,
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk0055");

    public static readonly DiagnosticDescriptor InternalError = new("DK9999", DiagnosticCatalog.InternalError.Title, DiagnosticCatalog.InternalError.MessageFormat,
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks + "dk9999");

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        YamlSyntax, UnexpectedShape, UnknownKey, AmbiguousTypeKind, UnknownType, DuplicateType, InvalidName, NameClash, ConstraintNotApplicable, RangeInverted, InvalidPattern, DefaultBreaksConstraint, InvalidOptionValue, InvalidTypeExpression, InvalidDefault, AnchorsNotSupported, InvalidNamespace, DuplicateWireName, InvalidValueType, MissingKey, FileTooLarge, DeprecatedButRequired, PatternNeedsBacktracking, NestingTooDeep, RequiredCycle,
        RuleShape, RuleSyntax, RuleUnknownName, RuleTypeMismatch, RuleUnguardedOptional, RuleNotBoolean, RuleUnknownField,
        DuplicateTag, VariantRepeatsShared, EmptyUnion, InvalidKey, ReferenceToUnkeyed, ReservedNameUsed,
        TypeRemoved, TypeKindChanged, RequiredFieldAdded, FieldAddedToClosedType, FieldRemoved, WireNameChanged, OptionalityChanged, FieldTypeChanged, ConstraintChanged, ChoiceAdded, ChoiceRemoved, DefaultChanged, DiscriminatorChanged, RuleChanged, ReservedNameReused, BaselineUnreadable, InternalError);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

    public static DiagnosticDescriptor For(DiagnosticDefinition definition) => ById[definition.Id];

    private static Dictionary<string, DiagnosticDescriptor> Index()
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in All) byId.Add(descriptor.Id, descriptor);
        return byId;
    }
}
