using System.Linq;

namespace DomainKit.Schema.Rules;

internal enum RuleKind
{
    Bool,
    Int,
    Long,
    Decimal,
    Double,
    /// <summary>A literal with a fraction (<c>1.5</c>): becomes decimal or double, whichever the other operand is.</summary>
    Fraction,
    String,
    Date,
    Time,
    DateTime,
    Duration,
    Guid,
    Uri,
    Enum,
    Record,
    List,
    Set,
    Map,
    Null,
    /// <summary>A list literal, <c>[a, b]</c>.</summary>
    Literals,
}

/// <summary>The type of a rule expression: its kind, whether it may be null, and what it is of (enums, records, collections).</summary>
internal sealed record RuleType(RuleKind Kind, bool Optional = false, string? Name = null, FieldTypeSpec? Spec = null, RuleType? Element = null)
{
    public static readonly RuleType Bool = new(RuleKind.Bool);
    public static readonly RuleType Int = new(RuleKind.Int);
    public static readonly RuleType Long = new(RuleKind.Long);
    public static readonly RuleType Decimal = new(RuleKind.Decimal);
    public static readonly RuleType Double = new(RuleKind.Double);
    public static readonly RuleType String = new(RuleKind.String);
    public static readonly RuleType Null = new(RuleKind.Null, Optional: true);

    public bool IsNumeric => Kind is RuleKind.Int or RuleKind.Long or RuleKind.Decimal or RuleKind.Double or RuleKind.Fraction;

    public bool IsCollection => Kind is RuleKind.List or RuleKind.Set or RuleKind.Map;

    public bool IsOrdered => IsNumeric || Kind is RuleKind.String or RuleKind.Date or RuleKind.Time or RuleKind.DateTime or RuleKind.Duration;

    public RuleType NonNull => Optional ? this with { Optional = false } : this;

    /// <summary>The C# type of a non-null value of this type.</summary>
    public string CSharp => Kind switch
    {
        RuleKind.Fraction => PrimitiveCatalog.Decimal.CSharpType,
        _ => PrimitiveCatalog.All.FirstOrDefault(p => p.RuleKind == Kind)?.CSharpType ?? Spec?.CSharpType ?? "object",
    };

    public override string ToString()
    {
        var text = Kind switch
        {
            RuleKind.Enum or RuleKind.Record => Name ?? Kind.ToString(),
            RuleKind.List or RuleKind.Set or RuleKind.Map => $"{Kind.ToString().ToLowerInvariant()}<{Element}>",
            RuleKind.Fraction => "decimal",
            RuleKind.Literals => $"a list of {Element}",
            RuleKind.DateTime => "datetime",
            _ => Kind.ToString().ToLowerInvariant(),
        };
        return Optional && Kind != RuleKind.Null ? text + "?" : text;
    }

    /// <summary>A primitive's rule type; a value type over no primitive (an error reported where it is declared) reads as a string.</summary>
    public static RuleType FromPrimitive(PrimitiveKind kind) => new(PrimitiveCatalog.Of(kind)?.RuleKind ?? RuleKind.String);

    /// <summary>The type both numbers are compared or combined in (C#'s promotion), or null: decimal with double does not mix.</summary>
    public static RuleType? Promote(RuleType a, RuleType b)
    {
        if (!a.IsNumeric || !b.IsNumeric) return null;
        if (a.Kind == RuleKind.Fraction && b.Kind == RuleKind.Fraction) return Decimal;
        if (a.Kind == RuleKind.Fraction) return b.Kind == RuleKind.Double ? Double : Decimal;
        if (b.Kind == RuleKind.Fraction) return a.Kind == RuleKind.Double ? Double : Decimal;
        if (a.Kind == b.Kind) return a.NonNull;
        if ((a.Kind == RuleKind.Decimal && b.Kind == RuleKind.Double) || (a.Kind == RuleKind.Double && b.Kind == RuleKind.Decimal)) return null;
        if (a.Kind == RuleKind.Double || b.Kind == RuleKind.Double) return Double;
        if (a.Kind == RuleKind.Decimal || b.Kind == RuleKind.Decimal) return Decimal;
        return Long;
    }
}
