// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.ComponentModel;
using System.Globalization;

namespace DomainKit.Runtime;

/// <summary>
/// A value type's text form, for <c>IParsable</c>/<c>ISpanParsable</c> and <c>ToString</c>: invariant culture, and the
/// same forms as the JSON reader and writer (<c>yyyy-MM-dd</c> dates, ISO 8601 date-times with an offset, <c>c</c>
/// durations), so that <c>Parse(x.ToString())</c> gives <c>x</c> back.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValueText
{
    /// <summary>The wire forms of <c>date</c>, <c>time</c> (written; read also without fractions or seconds) and <c>duration</c>.</summary>
    internal const string DateFormat = "yyyy-MM-dd";
    internal const string TimeFormat = "HH:mm:ss.FFFFFFF";
    internal const string DurationFormat = "c";

    private static readonly string[] TimeFormats = { TimeFormat, "HH:mm:ss", "HH:mm" };

    /// <summary>Numbers: a sign, a point and an exponent; no white space, no group separators.</summary>
    private const NumberStyles NumberForm = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParse(ReadOnlySpan<char> s, out string value)
    {
        value = s.ToString();
        return true;
    }

    public static bool TryParse(ReadOnlySpan<char> s, out bool value)
    {
        value = s.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || s.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    public static bool TryParse(ReadOnlySpan<char> s, out int value) => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(ReadOnlySpan<char> s, out long value) => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(ReadOnlySpan<char> s, out decimal value) => decimal.TryParse(s, NumberForm, CultureInfo.InvariantCulture, out value);

    /// <summary>A finite number only: JSON has no NaN or infinities, so neither has the text form.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s, NumberForm, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryParse(ReadOnlySpan<char> s, out DateOnly value) =>
        DateOnly.TryParseExact(s, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryParse(ReadOnlySpan<char> s, out TimeOnly value) =>
        TimeOnly.TryParseExact(s, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        return Formats.IsDateTime(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    public static bool TryParse(ReadOnlySpan<char> s, out TimeSpan value) => TimeSpan.TryParseExact(s, DurationFormat, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(ReadOnlySpan<char> s, out Guid value) => Guid.TryParse(s, out value);

    public static bool TryParse(ReadOnlySpan<char> s, out Uri value) => Uri.TryCreate(s.ToString(), UriKind.RelativeOrAbsolute, out value!);

    public static string Format(string value) => value ?? string.Empty;

    public static string Format(bool value) => value ? "true" : "false";

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Format(TimeOnly value) => value.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static string Format(TimeSpan value) => value.ToString(DurationFormat, CultureInfo.InvariantCulture);

    public static string Format(Guid value) => value.ToString("D");

    public static string Format(Uri value) => value?.OriginalString ?? string.Empty;

    /// <summary>Text that is not the primitive at all (a constraint problem is a <see cref="DomainValidationException"/> instead).</summary>
    public static FormatException NotParsed(ReadOnlySpan<char> s, string type, string primitive) =>
        new($"{ValidationErrorSink.Show(s.ToString())} is not a valid {type}: it is not {primitive} text.");
}
