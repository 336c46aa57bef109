using System.Collections.Generic;
using System.Collections.Immutable;

namespace DomainKit.Schema.Model;

internal enum ConstraintKind
{
    MinLength,
    MaxLength,
    Pattern,
    Format,
    Min,
    Max,
    ExclusiveMin,
    ExclusiveMax,
    MinItems,
    MaxItems,
    Unique,
}

/// <summary>What a constraint is written on.</summary>
internal enum ConstraintTarget
{
    /// <summary>string.</summary>
    String,

    /// <summary>int, long, decimal, double, date, datetime.</summary>
    Ordered,

    /// <summary>list, set, map.</summary>
    Collection,
}

/// <summary>How a constraint's YAML value is read.</summary>
internal enum ConstraintValue
{
    /// <summary>A whole number, 0 or more.</summary>
    Count,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>One of <see cref="FormatCatalog"/>'s names.</summary>
    FormatName,

    /// <summary>A .NET regular expression the linear-time engine supports.</summary>
    Regex,

    /// <summary>A value of the field's own primitive type.</summary>
    Bound,
}

/// <summary>What is measured and compared with the constraint's value (by build-time default checks and by generated code alike).</summary>
internal enum ConstraintMeasure
{
    /// <summary>Checked by a routine of its own (pattern, format, unique).</summary>
    None,

    /// <summary>A string's length in code points.</summary>
    Length,

    /// <summary>A collection's item count.</summary>
    Count,

    /// <summary>The value itself.</summary>
    Value,
}

/// <summary>How the measure must stand to the constraint's value.</summary>
internal enum Comparison
{
    None,
    AtLeast,
    AtMost,
    Above,
    Below,
}

/// <summary>
/// One constraint of the schema language: its key; what it is written on; how its value is read; which
/// range it bounds (a lower and an upper bound of one range must not cross); what is measured and how
/// it compares (which is also how a default is checked against it); and the runtime sink method that
/// reports its error (the error code is the key).
/// </summary>
internal sealed record ConstraintDefinition
{
    public required ConstraintKind Kind { get; init; }

    public required string Key { get; init; }

    public required ConstraintTarget AppliesTo { get; init; }

    public required ConstraintValue Reads { get; init; }

    public ConstraintMeasure Measure { get; init; }

    public Comparison Comparison { get; init; }

    /// <summary>Constraints with the same range name bound one range; null when this one bounds none.</summary>
    public string? Range { get; init; }

    /// <summary>The <c>ValidationErrorSink</c> method that reports this constraint's error.</summary>
    public required string SinkMethod { get; init; }

    public bool IsLowerBound => Comparison is Comparison.AtLeast or Comparison.Above;

    public bool IsUpperBound => Comparison is Comparison.AtMost or Comparison.Below;

    public bool IsExclusive => Comparison is Comparison.Above or Comparison.Below;

    /// <summary>Whether a measured value, compared with the constraint's (<c>measured.CompareTo(limit)</c>), meets it.</summary>
    public bool Holds(int order) => Comparison switch
    {
        Comparison.AtLeast => order >= 0,
        Comparison.AtMost => order <= 0,
        Comparison.Above => order > 0,
        Comparison.Below => order < 0,
        _ => true,
    };

    /// <summary>The C# operator that holds when the measure meets the constraint.</summary>
    public string Operator => Comparison switch
    {
        Comparison.AtLeast => ">=",
        Comparison.AtMost => "<=",
        Comparison.Above => ">",
        _ => "<",
    };

    /// <summary>The C# operator that holds when the measure breaks the constraint (for whole-number measures, which have no NaN).</summary>
    public string FailingOperator => Comparison switch
    {
        Comparison.AtLeast => "<",
        Comparison.AtMost => ">",
        Comparison.Above => "<=",
        _ => ">=",
    };

    /// <summary>Whether the constraint may be written on a field of this type.</summary>
    public bool Fits(FieldTypeSpec type) => AppliesTo switch
    {
        ConstraintTarget.String => type is { Kind: FieldTypeKind.Primitive, Primitive: PrimitiveKind.String },
        ConstraintTarget.Collection => type.Kind is FieldTypeKind.List or FieldTypeKind.Set or FieldTypeKind.Map,
        _ => type.Kind == FieldTypeKind.Primitive && PrimitiveCatalog.Of(type.Primitive) is { IsBounded: true },
    };

    public string AppliesToText => AppliesTo switch
    {
        ConstraintTarget.String => "string",
        ConstraintTarget.Collection => "list, set and map",
        _ => "int, long, decimal, double, date and datetime",
    };
}

/// <summary>Every constraint, in the order they are checked and emitted. Adding one is a row here and a case in the emitter.</summary>
internal static class ConstraintCatalog
{
    public static readonly ImmutableArray<ConstraintDefinition> All = ImmutableArray.Create(
        Define(ConstraintKind.MinLength, "minLength", ConstraintTarget.String, ConstraintValue.Count, ConstraintMeasure.Length, Comparison.AtLeast, "length"),
        Define(ConstraintKind.MaxLength, "maxLength", ConstraintTarget.String, ConstraintValue.Count, ConstraintMeasure.Length, Comparison.AtMost, "length"),
        Define(ConstraintKind.Pattern, "pattern", ConstraintTarget.String, ConstraintValue.Regex),
        Define(ConstraintKind.Format, "format", ConstraintTarget.String, ConstraintValue.FormatName),
        Define(ConstraintKind.Min, "min", ConstraintTarget.Ordered, ConstraintValue.Bound, ConstraintMeasure.Value, Comparison.AtLeast, "value"),
        Define(ConstraintKind.Max, "max", ConstraintTarget.Ordered, ConstraintValue.Bound, ConstraintMeasure.Value, Comparison.AtMost, "value"),
        Define(ConstraintKind.ExclusiveMin, "exclusiveMin", ConstraintTarget.Ordered, ConstraintValue.Bound, ConstraintMeasure.Value, Comparison.Above, "value"),
        Define(ConstraintKind.ExclusiveMax, "exclusiveMax", ConstraintTarget.Ordered, ConstraintValue.Bound, ConstraintMeasure.Value, Comparison.Below, "value"),
        Define(ConstraintKind.MinItems, "minItems", ConstraintTarget.Collection, ConstraintValue.Count, ConstraintMeasure.Count, Comparison.AtLeast, "items"),
        Define(ConstraintKind.MaxItems, "maxItems", ConstraintTarget.Collection, ConstraintValue.Count, ConstraintMeasure.Count, Comparison.AtMost, "items"),
        Define(ConstraintKind.Unique, "unique", ConstraintTarget.Collection, ConstraintValue.Flag));

    public static readonly ImmutableArray<string> Keys = ImmutableArray.CreateRange(All, definition => definition.Key);

    private static readonly Dictionary<string, ConstraintDefinition> ByKey = Index();

    public static ConstraintDefinition Get(ConstraintKind kind) => All[(int)kind];

    public static bool TryGet(string key, out ConstraintDefinition definition) => ByKey.TryGetValue(key, out definition!);

    private static ConstraintDefinition Define(ConstraintKind kind, string key, ConstraintTarget target, ConstraintValue reads,
        ConstraintMeasure measure = ConstraintMeasure.None, Comparison comparison = Comparison.None, string? range = null) =>
        new()
        {
            Kind = kind,
            Key = key,
            AppliesTo = target,
            Reads = reads,
            Measure = measure,
            Comparison = comparison,
            Range = range,
            SinkMethod = char.ToUpperInvariant(key[0]) + key.Substring(1),
        };

    private static Dictionary<string, ConstraintDefinition> Index()
    {
        var byKey = new Dictionary<string, ConstraintDefinition>(System.StringComparer.Ordinal);
        foreach (var definition in All) byKey.Add(definition.Key, definition);
        return byKey;
    }
}
