using System;
using System.Globalization;
using System.Text;

namespace DomainKit.Schema.Text;

internal static class CSharpLiteral
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A bound or default read by <see cref="ScalarValues.TryRead"/>, as a C# expression of the field's type.</summary>
    public static string Bound(PrimitiveKind kind, IComparable value, string normalized) => kind switch
    {
        PrimitiveKind.Long => normalized + "L",
        PrimitiveKind.Decimal => normalized + "m",
        PrimitiveKind.Double => normalized.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? normalized : normalized + ".0",
        PrimitiveKind.Date => Date((DateTime)value),
        PrimitiveKind.DateTime => DateTimeOffset((DateTimeOffset)value),
        _ => normalized,
    };

    private static string Date(DateTime date) =>
        $"new global::System.DateOnly({date.Year.ToString(Invariant)}, {date.Month.ToString(Invariant)}, {date.Day.ToString(Invariant)})";

    private static string DateTimeOffset(DateTimeOffset value) =>
        $"new global::System.DateTimeOffset({value.Ticks.ToString(Invariant)}L, new global::System.TimeSpan({value.Offset.Ticks.ToString(Invariant)}L))";

    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || c == '\u0085' || char.IsSurrogate(c))
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
