using System.Globalization;
using CsCheck;
using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>
/// One row per primitive of the schema language: how its values are drawn as JSON. Ordered primitives map to a number
/// line (<c>Ordinal</c>: the number, a date's day, a datetime's Unix seconds) on which bounds are parsed, values drawn
/// in steps of <c>Step</c>, and the value just past a bound found; the others draw their own.
/// </summary>
internal sealed record PrimitiveSample
{
    public required PrimitiveKind Kind { get; init; }

    public decimal Step { get; init; } = 1;

    public decimal Least { get; init; }

    public decimal Greatest { get; init; }

    /// <summary>Where values are usually drawn, within the bounds.</summary>
    public (decimal Low, decimal High) Window { get; init; }

    public Func<string, decimal?>? Ordinal { get; init; }

    public Func<decimal, JsonScalar>? Render { get; init; }

    /// <summary>A value of an unordered primitive.</summary>
    public Func<PCG, JsonScalar>? Draw { get; init; }

    public bool IsOrdered => Ordinal is not null;
}

internal static class PrimitiveSamples
{
    public static readonly int Epoch2000Day = new DateOnly(2000, 1, 1).DayNumber;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const long Epoch2000Seconds = 946_684_800;

    public static readonly IReadOnlyDictionary<PrimitiveKind, PrimitiveSample> All = new PrimitiveSample[]
    {
        new() { Kind = PrimitiveKind.String, Draw = pcg => JsonScalar.String(PlainString(pcg, 0, 12)) },
        new() { Kind = PrimitiveKind.Bool, Draw = pcg => JsonScalar.Bool(pcg.Next(2) == 0) },
        Number(PrimitiveKind.Int, int.MinValue, int.MaxValue, 1, v => ((long)v).ToString(Invariant)),
        Number(PrimitiveKind.Long, long.MinValue, long.MaxValue, 1, v => ((long)v).ToString(Invariant)),
        Number(PrimitiveKind.Decimal, -1_000_000_000_000_000_000m, 1_000_000_000_000_000_000m, 0.01m, v => v.ToString(Invariant)),
        Number(PrimitiveKind.Double, -1_000_000_000_000_000m, 1_000_000_000_000_000m, 0.01m, v => ((double)v).ToString("R", Invariant)),
        new()
        {
            Kind = PrimitiveKind.Date,
            Least = DateOnly.MinValue.DayNumber,
            Greatest = DateOnly.MaxValue.DayNumber,
            Window = (Epoch2000Day, Epoch2000Day + 11_000),
            Ordinal = text => DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date) ? date.DayNumber : null,
            Render = v => JsonScalar.String(DateOnly.FromDayNumber((int)v).ToString("yyyy-MM-dd", Invariant)),
        },
        new()
        {
            Kind = PrimitiveKind.DateTime,
            Least = DateTimeOffset.MinValue.ToUnixTimeSeconds(),
            Greatest = DateTimeOffset.MaxValue.ToUnixTimeSeconds(),
            Window = (Epoch2000Seconds, Epoch2000Seconds + 950_000_000),
            Ordinal = text => DateTimeOffset.TryParse(text, Invariant, DateTimeStyles.None, out var moment) ? (moment.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (decimal)TimeSpan.TicksPerSecond : null,
            Render = v => JsonScalar.String(DateTimeOffset.UnixEpoch.AddTicks((long)(v * TimeSpan.TicksPerSecond)).ToString("O", Invariant)),
        },
        new() { Kind = PrimitiveKind.Time, Draw = pcg => JsonScalar.String(TimeSpan.FromSeconds(pcg.Next(86_400)).ToString(@"hh\:mm\:ss", Invariant)) },
        new() { Kind = PrimitiveKind.Duration, Draw = pcg => JsonScalar.String(TimeSpan.FromSeconds(pcg.Next(10 * 86_400)).ToString("c", Invariant)) },
        new() { Kind = PrimitiveKind.Guid, Draw = pcg => JsonScalar.String(Guid(pcg)) },
        new() { Kind = PrimitiveKind.Uri, Draw = pcg => JsonScalar.String(FormatSamples.All["uri"].Sample(pcg)) },
    }.ToDictionary(row => row.Kind);

    public static string Guid(PCG pcg)
    {
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < 16; i += 4) BitConverter.TryWriteBytes(bytes[i..], pcg.Next());
        return new System.Guid(bytes).ToString("D");
    }

    /// <summary>A string of <paramref name="min"/> to <paramref name="max"/> code points: mostly letters, digits and spaces, now and then beyond ASCII and beyond the BMP.</summary>
    public static string PlainString(PCG pcg, int min, int max)
    {
        var length = min + (int)Math.Min((uint)Math.Max(max - min, 0), pcg.Next(13));
        if (pcg.Next(4) == 0) length = min;
        var text = new System.Text.StringBuilder(length + 4);
        for (var i = 0; i < length; i++)
        {
            switch (pcg.Next(40))
            {
                case 0: text.Append("\U0001F30D"); break;
                case 1: text.Append('é'); break;
                case 2: text.Append('ж'); break;
                case < 6: text.Append(' '); break;
                default: text.Append(Alphabet[(int)pcg.Next((uint)Alphabet.Length)]); break;
            }
        }
        return text.ToString();
    }

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";

    private static PrimitiveSample Number(PrimitiveKind kind, decimal least, decimal greatest, decimal step, Func<decimal, string> text) => new()
    {
        Kind = kind,
        Least = least,
        Greatest = greatest,
        Step = step,
        Window = (-1000, 1000),
        Ordinal = value => decimal.TryParse(value, NumberStyles.Float, Invariant, out var number) ? number : null,
        Render = v => JsonScalar.Number(text(v)),
    };
}
