using System;
using System.Globalization;

namespace DomainKit.Schema.Checking;

/// <summary>
/// Reads schema scalars as typed values (culture-invariant), for bounds and defaults alike.
/// Each successful read also gives the value's normalised text and a comparable form.
/// </summary>
internal static class ScalarValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryRead(PrimitiveKind kind, string text, out IComparable value, out string normalized)
    {
        value = 0;
        normalized = text;
        switch (kind)
        {
            case PrimitiveKind.Int when int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var i):
                value = (long)i;
                normalized = i.ToString(Invariant);
                return true;
            case PrimitiveKind.Long when long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var l):
                value = l;
                normalized = l.ToString(Invariant);
                return true;
            case PrimitiveKind.Decimal when decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, Invariant, out var m):
                value = m;
                normalized = m.ToString(Invariant);
                return true;
            case PrimitiveKind.Double when double.TryParse(text, NumberStyles.Float, Invariant, out var d) && !double.IsNaN(d) && !double.IsInfinity(d):
                value = d;
                normalized = d.ToString("R", Invariant);
                return true;
            case PrimitiveKind.Date when DateTime.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date):
                value = date;
                normalized = date.ToString("yyyy-MM-dd", Invariant);
                return true;
            case PrimitiveKind.DateTime when HasOffset(text) && DateTimeOffset.TryParse(text, Invariant, DateTimeStyles.None, out var dto):
                value = dto;
                normalized = dto.ToString("O", Invariant);
                return true;
            default:
                return false;
        }
    }

    public static string Expectation(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Int => "an integer between -2147483648 and 2147483647",
        PrimitiveKind.Long => "a 64-bit integer",
        PrimitiveKind.Decimal => "a decimal number",
        PrimitiveKind.Double => "a finite number",
        PrimitiveKind.Date => "a date written YYYY-MM-DD",
        PrimitiveKind.DateTime => "an ISO 8601 date and time with an offset, e.g. 2025-02-27T10:00:00+03:00",
        PrimitiveKind.Time => "a time of day written HH:mm[:ss[.fffffff]]",
        PrimitiveKind.Duration => "a duration written [d.]hh:mm:ss[.fffffff]",
        PrimitiveKind.Bool => "true or false",
        PrimitiveKind.Guid => "a GUID",
        PrimitiveKind.Uri => "a URI",
        _ => "a string",
    };

    public static bool TryReadCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, Invariant, out count);

    public static bool TryReadBool(string text, out bool value)
    {
        value = string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
        return value || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase);
    }

    public static int CodePointLength(string text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]) || i == 0 || !char.IsHighSurrogate(text[i - 1])) length++;
        }
        return length;
    }

    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T');
        if (time < 0) time = text.IndexOf('t');
        if (time < 0) return false;
        var tail = text.Substring(time);
        return tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || tail.IndexOf('+') > 0 || tail.IndexOf('-') > 0;
    }
}
