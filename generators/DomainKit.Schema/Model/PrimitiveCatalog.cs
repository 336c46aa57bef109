using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DomainKit.Schema.Model;

/// <summary>
/// The schema language's primitives, one row each: C# type, what applies to it, how its literals read and render, its
/// runtime reader, its JSON Schema. Adding a primitive is a row here, its <see cref="PrimitiveKind"/>, and its runtime
/// reader and <c>ValueText</c> form.
/// </summary>
internal static class PrimitiveCatalog
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The number forms of the runtime's <c>ValueText</c>: a sign, a point, an exponent; no white space, no separators.</summary>
    private const NumberStyles NumberForm = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly string[] TimeForms = { @"hh\:mm", @"hh\:mm\:ss", @"hh\:mm\:ss\.FFFFFFF" };

    private static readonly (string Key, string Value)[] Text = { ("type", "\"string\"") };

    public static readonly PrimitiveType String = new(PrimitiveKind.String, "string", "string", text => new PrimitiveValue(text, text, CSharpLiteral.String(text)))
    {
        IsValueType = false,
        RuntimeName = "String",
        JsonSchema = Text,
        Expectation = "a string",
        Example = "text",
    };

    public static readonly PrimitiveType Bool = new(PrimitiveKind.Bool, "bool", "bool", ReadBool)
    {
        RuntimeName = "Boolean",
        JsonSchema = new[] { ("type", "\"boolean\"") },
        Expectation = "true or false",
        Example = "true",
    };

    public static readonly PrimitiveType Int = new(PrimitiveKind.Int, "int", "int", text =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var value) ? Number((long)value, value.ToString(Invariant), "") : null)
    {
        IsBounded = true,
        IsNumeric = true,
        RuntimeName = "Int32",
        JsonSchema = new[] { ("type", "\"integer\""), ("minimum", "-2147483648"), ("maximum", "2147483647") },
        Expectation = "an integer between -2147483648 and 2147483647",
        Example = "42",
    };

    public static readonly PrimitiveType Long = new(PrimitiveKind.Long, "long", "long", text =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var value) ? Number(value, value.ToString(Invariant), "L") : null)
    {
        IsBounded = true,
        IsNumeric = true,
        RuntimeName = "Int64",
        JsonSchema = new[] { ("type", "\"integer\""), ("minimum", "-9223372036854775808"), ("maximum", "9223372036854775807") },
        Expectation = "a 64-bit integer",
        Example = "42",
    };

    public static readonly PrimitiveType Decimal = new(PrimitiveKind.Decimal, "decimal", "decimal", text =>
        decimal.TryParse(text, NumberForm, Invariant, out var value) ? Number(value, value.ToString(Invariant), "m") : null)
    {
        IsBounded = true,
        IsNumeric = true,
        RuntimeName = "Decimal",
        JsonSchema = new[] { ("type", "\"number\"") },
        Expectation = "a decimal number",
        Example = "1.5",
    };

    public static readonly PrimitiveType Double = new(PrimitiveKind.Double, "double", "double", ReadDouble)
    {
        IsBounded = true,
        IsNumeric = true,
        RuntimeName = "Double",
        JsonSchema = new[] { ("type", "\"number\"") },
        Expectation = "a finite number",
        Example = "1.5",
    };

    public static readonly PrimitiveType Date = new(PrimitiveKind.Date, "date", "global::System.DateOnly", ReadDate)
    {
        IsBounded = true,
        HasRuleLiteral = true,
        RuntimeName = "Date",
        JsonSchema = new[] { ("type", "\"string\""), ("format", "\"date\"") },
        Expectation = "a date written YYYY-MM-DD",
        Example = "2025-02-27",
    };

    public static readonly PrimitiveType Time = new(PrimitiveKind.Time, "time", "global::System.TimeOnly", ReadTime)
    {
        HasRuleLiteral = true,
        RuntimeName = "Time",
        JsonSchema = Text,
        Expectation = "a time of day written HH:mm[:ss[.fffffff]]",
        Example = "09:30:00",
    };

    public static readonly PrimitiveType DateTime = new(PrimitiveKind.DateTime, "datetime", "global::System.DateTimeOffset", ReadDateTime)
    {
        IsBounded = true,
        HasRuleLiteral = true,
        RuntimeName = "DateTimeOffset",
        JsonSchema = new[] { ("type", "\"string\""), ("format", "\"date-time\"") },
        Expectation = "an ISO 8601 date and time with an offset, e.g. 2025-02-27T10:00:00+03:00",
        Example = "2025-02-27T10:00:00Z",
    };

    public static readonly PrimitiveType Duration = new(PrimitiveKind.Duration, "duration", "global::System.TimeSpan", ReadDuration)
    {
        HasRuleLiteral = true,
        RuntimeName = "TimeSpan",
        JsonSchema = Text,
        Expectation = "a duration written [d.]hh:mm:ss[.fffffff]",
        Example = "01:30:00",
    };

    public static readonly PrimitiveType Guid = new(PrimitiveKind.Guid, "guid", "global::System.Guid", text =>
        System.Guid.TryParse(text, out var value) ? new PrimitiveValue(value, value.ToString("D"), CSharpLiteral.Guid(value)) : null)
    {
        RuntimeName = "Guid",
        JsonSchema = new[] { ("type", "\"string\""), ("format", "\"uuid\"") },
        Expectation = "a GUID",
        Example = "8d3b2a4e-58c8-4a51-a1a2-5e5c6f3b9a10",
    };

    public static readonly PrimitiveType Uri = new(PrimitiveKind.Uri, "uri", "global::System.Uri", text =>
        System.Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _) ? new PrimitiveValue(text, text, CSharpLiteral.Uri(text)) : null)
    {
        IsValueType = false,
        IsComparable = false,
        RuntimeName = "Uri",
        JsonSchema = Text,
        Expectation = "a URI",
        Example = "https://example.org/",
    };

    public static readonly IReadOnlyList<PrimitiveType> All = new[] { String, Bool, Int, Long, Decimal, Double, Date, Time, DateTime, Duration, Guid, Uri };

    private static readonly Dictionary<string, PrimitiveType> ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    private static readonly Dictionary<PrimitiveKind, PrimitiveType> ByKind = All.ToDictionary(p => p.Kind);

    public static readonly IReadOnlyCollection<string> Names = All.Select(p => p.Name).ToArray();

    public static readonly string[] CollectionNames = { "list", "set", "map" };

    public static PrimitiveType? Find(string name) => ByName.TryGetValue(name, out var row) ? row : null;

    /// <summary>The row of a primitive; <see cref="PrimitiveKind.None"/> (a value type that wraps no primitive) has none.</summary>
    public static PrimitiveType? Of(PrimitiveKind kind) => ByKind.TryGetValue(kind, out var row) ? row : null;

    public static PrimitiveKind KindOf(string name) => Find(name)?.Kind ?? PrimitiveKind.None;

    /// <summary>Whether the primitive's C# type is a reference type (string, Uri), which can be null.</summary>
    public static bool IsReferenceType(PrimitiveKind kind) => Of(kind) is { IsValueType: false };

    /// <summary>A number: compared as read (ints as longs, so that bounds and defaults of int and long compare alike), written with its C# suffix.</summary>
    private static PrimitiveValue Number(IComparable value, string text, string suffix) => new(value, text, text + suffix);

    private static PrimitiveValue? ReadBool(string text)
    {
        var value = string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
        if (!value && !string.Equals(text, "false", StringComparison.OrdinalIgnoreCase)) return null;
        var word = value ? "true" : "false";
        return new PrimitiveValue(value, word, word);
    }

    private static PrimitiveValue? ReadDouble(string text)
    {
        if (!double.TryParse(text, NumberForm, Invariant, out var value) || double.IsNaN(value) || double.IsInfinity(value)) return null;
        var normalized = value.ToString("R", Invariant);
        return new PrimitiveValue(value, normalized, normalized.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? normalized : normalized + ".0");
    }

    private static PrimitiveValue? ReadDate(string text) =>
        System.DateTime.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date)
            ? new PrimitiveValue(date, date.ToString("yyyy-MM-dd", Invariant), CSharpLiteral.Date(date))
            : null;

    private static PrimitiveValue? ReadTime(string text) =>
        TimeSpan.TryParseExact(text, TimeForms, Invariant, out var time) && time >= TimeSpan.Zero && time < TimeSpan.FromDays(1)
            ? new PrimitiveValue(time, time.ToString(time.Ticks % TimeSpan.TicksPerSecond == 0 ? @"hh\:mm\:ss" : @"hh\:mm\:ss\.FFFFFFF", Invariant), CSharpLiteral.Time(time))
            : null;

    private static PrimitiveValue? ReadDuration(string text) =>
        TimeSpan.TryParseExact(text, "c", Invariant, out var duration)
            ? new PrimitiveValue(duration, duration.ToString("c", Invariant), CSharpLiteral.Duration(duration))
            : null;

    /// <summary>As the runtime's <c>Formats.IsDateTime</c>: a <c>yyyy-MM-dd</c> date, <c>T</c>, a time, and <c>Z</c> or an offset.</summary>
    private static PrimitiveValue? ReadDateTime(string text)
    {
        if (text.Length < 20 || text[10] is not ('T' or 't')) return null;
        var zone = text.Substring(19);
        if (zone[zone.Length - 1] is not ('Z' or 'z') && zone.IndexOfAny(new[] { '+', '-' }) < 0) return null;
        if (ReadDate(text.Substring(0, 10)) is null) return null;
        return DateTimeOffset.TryParse(text, Invariant, DateTimeStyles.None, out var moment)
            ? new PrimitiveValue(moment, moment.ToString("O", Invariant), CSharpLiteral.DateTimeOffset(moment))
            : null;
    }
}
