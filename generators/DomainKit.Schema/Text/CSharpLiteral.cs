using System;
using System.Globalization;
using System.Text;

namespace DomainKit.Schema.Text;

internal static class CSharpLiteral
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(DateTime date) =>
        $"new global::System.DateOnly({Number(date.Year)}, {Number(date.Month)}, {Number(date.Day)})";

    /// <summary>A time of day by its hour, minute and second; by its ticks where it has a fraction of a second.</summary>
    public static string Time(TimeSpan time) => time.Ticks % TimeSpan.TicksPerSecond == 0
        ? $"new global::System.TimeOnly({Number(time.Hours)}, {Number(time.Minutes)}, {Number(time.Seconds)})"
        : $"new global::System.TimeOnly({Number(time.Ticks)}L)";

    /// <summary>A duration by its days, hours, minutes and seconds; by its ticks where it has a fraction of a second.</summary>
    public static string Duration(TimeSpan duration) => duration.Ticks % TimeSpan.TicksPerSecond == 0
        ? $"new global::System.TimeSpan({Number(duration.Days)}, {Number(duration.Hours)}, {Number(duration.Minutes)}, {Number(duration.Seconds)})"
        : $"new global::System.TimeSpan({Number(duration.Ticks)}L)";

    /// <summary>A date and time by its parts and offset; its ticks are added where it has a fraction of a second.</summary>
    public static string DateTimeOffset(DateTimeOffset value)
    {
        var offset = value.Offset == TimeSpan.Zero
            ? "global::System.TimeSpan.Zero"
            : $"new global::System.TimeSpan({Number(value.Offset.Hours)}, {Number(value.Offset.Minutes)}, 0)";
        var whole = $"new global::System.DateTimeOffset({Number(value.Year)}, {Number(value.Month)}, {Number(value.Day)}, {Number(value.Hour)}, {Number(value.Minute)}, {Number(value.Second)}, {offset})";
        var fraction = value.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? whole : $"{whole}.AddTicks({Number(fraction)}L)";
    }

    public static string Guid(Guid value) => $"new global::System.Guid(\"{value:D}\")";

    public static string Uri(string text) => $"new global::System.Uri({String(text)}, global::System.UriKind.RelativeOrAbsolute)";

    private static string Number(long value) => value.ToString(Invariant);

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
