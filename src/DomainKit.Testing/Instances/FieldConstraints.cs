using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>A field's constraints read for drawing values: lengths in code points, pattern, format, bounds on the ordinal line, item counts.</summary>
internal sealed record FieldConstraints
{
    public static readonly FieldConstraints None = new();

    public int MinLength { get; init; }

    public int MaxLength { get; init; } = int.MaxValue;

    public string? Pattern { get; init; }

    public string? Format { get; init; }

    /// <summary>Inclusive bounds on the primitive's ordinal line (exclusive bounds moved in by one step).</summary>
    public decimal? Low { get; init; }

    public decimal? High { get; init; }

    public int MinItems { get; init; }

    public int MaxItems { get; init; } = int.MaxValue;

    public bool Unique { get; init; }

    public static FieldConstraints Of(IEnumerable<ConstraintSpec> constraints, PrimitiveKind primitive)
    {
        var result = None;
        var sample = PrimitiveSamples.All.GetValueOrDefault(primitive);
        foreach (var constraint in constraints)
        {
            var count = CountOf(constraint);
            var ordinal = sample?.Ordinal?.Invoke(constraint.Value);
            var step = sample?.Step ?? 1;
            result = constraint.Kind switch
            {
                ConstraintKind.MinLength => result with { MinLength = count },
                ConstraintKind.MaxLength => result with { MaxLength = count },
                ConstraintKind.Pattern => result with { Pattern = constraint.Value },
                ConstraintKind.Format => result with { Format = constraint.Value },
                ConstraintKind.Min => result with { Low = Max(result.Low, ordinal) },
                ConstraintKind.ExclusiveMin => result with { Low = Max(result.Low, ordinal + step) },
                ConstraintKind.Max => result with { High = Min(result.High, ordinal) },
                ConstraintKind.ExclusiveMax => result with { High = Min(result.High, ordinal - step) },
                ConstraintKind.MinItems => result with { MinItems = count },
                ConstraintKind.MaxItems => result with { MaxItems = count },
                ConstraintKind.Unique => result with { Unique = constraint.Value == "true" },
                _ => result,
            };
        }
        return result;
    }

    /// <summary>A count constraint's value (<c>minLength</c>, <c>maxItems</c>, …); 0 for the others.</summary>
    public static int CountOf(ConstraintSpec constraint) =>
        int.TryParse(constraint.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 0;

    private static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
