// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// Reading and writing the schema language's primitives on the wire, for generated code. Readers expect
/// the reader on a non-null value token; a wrong token or a malformed value is reported to the context
/// and skipped, and a placeholder is returned so reading can go on.
/// </summary>
/// <remarks>
/// Wire formats: <c>date</c> <c>YYYY-MM-DD</c>; <c>time</c> <c>HH:mm:ss[.fffffff]</c>; <c>datetime</c>
/// ISO 8601 with an offset; <c>duration</c> the .NET constant format <c>[-][d.]hh:mm:ss[.fffffff]</c>
/// (as System.Text.Json writes TimeSpan); <c>decimal</c> a JSON number with its digits kept;
/// <c>double</c> a JSON number, or the strings <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonPrimitives
{
    private const int MaxShortText = 64;

    // Not inlined: one copy for every string field and string value type, rather than one in each reader.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string ReadString(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            context.WrongType(ref reader, "a string");
            return null!;
        }
        if (reader.TryGetString(out var value)) return value;
        context.Malformed("valid UTF-8 text", Raw(ref reader));
        return null!;
    }

    /// <summary>A property name used as a map key; invalid UTF-8 is reported and replaced.</summary>
    public static string ReadKey(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TryGetKey(out var key)) return key;
        var replaced = Raw(ref reader);
        context.Push(replaced);
        context.Malformed("a key of valid UTF-8 text", replaced);
        context.Pop();
        return replaced;
    }

    public static bool ReadBoolean(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False) return reader.GetBoolean();
        context.WrongType(ref reader, "true or false");
        return false;
    }

    public static int ReadInt32(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.Number) context.WrongType(ref reader, "a number");
        else if (reader.TryGetInt32(out var value)) return value;
        else context.Malformed("a whole number from -2147483648 to 2147483647", Raw(ref reader));
        return 0;
    }

    public static long ReadInt64(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.Number) context.WrongType(ref reader, "a number");
        else if (reader.TryGetInt64(out var value)) return value;
        else context.Malformed("a 64-bit whole number", Raw(ref reader));
        return 0;
    }

    public static decimal ReadDecimal(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.Number) context.WrongType(ref reader, "a number");
        else if (reader.TryGetDecimal(out var value)) return value;
        else context.Malformed("a decimal number within ±7.9e28", Raw(ref reader));
        return 0m;
    }

    public static double ReadDouble(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetDouble(out var value) && double.IsFinite(value)) return value;
            context.Malformed("a number within the range of double", Raw(ref reader));
            return 0;
        }
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("NaN"u8)) return double.NaN;
            if (reader.ValueTextEquals("Infinity"u8)) return double.PositiveInfinity;
            if (reader.ValueTextEquals("-Infinity"u8)) return double.NegativeInfinity;
            context.Malformed("a number", Raw(ref reader));
            return 0;
        }
        context.WrongType(ref reader, "a number");
        return 0;
    }

    // The usual form is read here; anything else goes to a method of its own, because a method that allocates on the
    // stack is neither inlined nor compiled with tiered compilation's profile.
    public static DateOnly ReadDate(ref Utf8Input reader, JsonReadContext context) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && TryParseDate(reader.ValueSpan, out var fast)
            ? fast
            : ReadDateText(ref reader, context);

    private static DateOnly ReadDateText(ref Utf8Input reader, JsonReadContext context)
    {
        Span<char> text = stackalloc char[MaxShortText];
        if (ShortString(ref reader, context, "a date (YYYY-MM-DD)", text, out var length) &&
            ValueText.TryParse(text.Slice(0, length), out DateOnly value))
        {
            return value;
        }
        if (length >= 0) context.Malformed("a date (YYYY-MM-DD)", Raw(ref reader));
        return default;
    }

    public static TimeOnly ReadTime(ref Utf8Input reader, JsonReadContext context) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && TryParseTime(reader.ValueSpan, out var fast)
            ? fast
            : ReadTimeText(ref reader, context);

    private static TimeOnly ReadTimeText(ref Utf8Input reader, JsonReadContext context)
    {
        Span<char> text = stackalloc char[MaxShortText];
        if (ShortString(ref reader, context, "a time (HH:mm:ss)", text, out var length) &&
            ValueText.TryParse(text.Slice(0, length), out TimeOnly value))
        {
            return value;
        }
        if (length >= 0) context.Malformed("a time of day (HH:mm:ss[.fffffff])", Raw(ref reader));
        return default;
    }

    public static DateTimeOffset ReadDateTimeOffset(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            context.WrongType(ref reader, "a date and time");
            return default;
        }
        if (HasOffset(ref reader) && reader.TryGetDateTimeOffset(out var value)) return value;
        context.Malformed("an ISO 8601 date and time with an offset", Raw(ref reader));
        return default;
    }

    public static TimeSpan ReadTimeSpan(ref Utf8Input reader, JsonReadContext context) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped &&
        Utf8Parser.TryParse(reader.ValueSpan, out TimeSpan fast, out var consumed, 'c') && consumed == reader.ValueSpan.Length
            ? fast
            : ReadTimeSpanText(ref reader, context);

    private static TimeSpan ReadTimeSpanText(ref Utf8Input reader, JsonReadContext context)
    {
        Span<char> text = stackalloc char[MaxShortText];
        if (ShortString(ref reader, context, "a duration ([d.]hh:mm:ss)", text, out var length) &&
            ValueText.TryParse(text.Slice(0, length), out TimeSpan value))
        {
            return value;
        }
        if (length >= 0) context.Malformed("a duration ([-][d.]hh:mm:ss[.fffffff])", Raw(ref reader));
        return default;
    }

    public static Guid ReadGuid(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.String) context.WrongType(ref reader, "a GUID");
        else if (reader.TryGetGuid(out var value)) return value;
        else context.Malformed("a GUID", Raw(ref reader));
        return default;
    }

    public static Uri ReadUri(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            context.WrongType(ref reader, "a URI");
            return null!;
        }
        if (!reader.TryGetString(out var text))
        {
            context.Malformed("valid UTF-8 text", Raw(ref reader));
            return null!;
        }
        if (Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var value)) return value;
        context.Malformed("a URI", text);
        return null!;
    }

    public static void WriteDate(Utf8JsonWriter writer, DateOnly value)
    {
        Span<byte> utf8 = stackalloc byte[16];
        value.TryFormat(utf8, out var written, ValueText.DateFormat, CultureInfo.InvariantCulture);
        writer.WriteStringValue(utf8.Slice(0, written));
    }

    public static void WriteTime(Utf8JsonWriter writer, TimeOnly value)
    {
        Span<byte> utf8 = stackalloc byte[32];
        value.TryFormat(utf8, out var written, ValueText.TimeFormat, CultureInfo.InvariantCulture);
        writer.WriteStringValue(utf8.Slice(0, written));
    }

    public static void WriteTimeSpan(Utf8JsonWriter writer, TimeSpan value)
    {
        Span<byte> utf8 = stackalloc byte[32];
        value.TryFormat(utf8, out var written, ValueText.DurationFormat, CultureInfo.InvariantCulture);
        writer.WriteStringValue(utf8.Slice(0, written));
    }

    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }

    public static void WriteUri(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);

    /// <summary>
    /// Copies a short string value into <paramref name="buffer"/>. False with <paramref name="length"/> -1 when
    /// the token was not a string (reported and skipped); false with 0 when the text is too long to be valid.
    /// </summary>
    private static bool ShortString(ref Utf8Input reader, JsonReadContext context, string expected, scoped Span<char> buffer, out int length)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            context.WrongType(ref reader, expected);
            length = -1;
            return false;
        }
        length = 0;
        if (reader.ValueSpan.Length > buffer.Length * 6) return false;
        Span<byte> utf8 = stackalloc byte[MaxShortText * 6];
        var unescaped = reader.CopyUnescaped(utf8);
        if (unescaped < 0) return false;
        var status = System.Text.Unicode.Utf8.ToUtf16(utf8.Slice(0, unescaped), buffer, out _, out length, replaceInvalidSequences: false);
        return status == OperationStatus.Done;
    }

    /// <summary><c>yyyy-MM-dd</c> straight from UTF-8; false for anything else, which the general path then judges.</summary>
    private static bool TryParseDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-') return false;
        if (!Digits(text.Slice(0, 4), out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new DateOnly(year, month, day);
        return true;
    }

    /// <summary><c>HH:mm</c> or <c>HH:mm:ss</c> straight from UTF-8; false for anything else, which the general path then judges.</summary>
    private static bool TryParseTime(ReadOnlySpan<byte> text, out TimeOnly value)
    {
        value = default;
        if (text.Length is not (5 or 8) || text[2] != (byte)':' || (text.Length == 8 && text[5] != (byte)':')) return false;
        if (!Digits(text.Slice(0, 2), out var hour) || !Digits(text.Slice(3, 2), out var minute)) return false;
        var second = 0;
        if (text.Length == 8 && !Digits(text.Slice(6, 2), out second)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        value = new TimeOnly(hour, minute, second);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    /// <summary>Whether the string, escapes undone (a writer may send <c>+</c> as <c>\u002B</c>), ends in an offset, not a local time.</summary>
    private static bool HasOffset(ref Utf8Input reader)
    {
        if (!reader.ValueIsEscaped) return HasOffset(reader.ValueSpan);
        // Longer than any date and time with each character escaped: not one, as Utf8JsonReader also judges.
        if (reader.ValueSpan.Length > MaxShortText * 6) return false;
        Span<byte> text = stackalloc byte[MaxShortText * 6];
        var length = reader.CopyUnescaped(text);
        return length >= 0 && HasOffset(text.Slice(0, length));
    }

    private static bool HasOffset(ReadOnlySpan<byte> text)
    {
        var time = text.IndexOfAny((byte)'T', (byte)'t');
        if (time < 0) return false;
        var tail = text.Slice(time);
        return tail[tail.Length - 1] is (byte)'Z' or (byte)'z' || tail.IndexOfAny((byte)'+', (byte)'-') >= 0;
    }

    /// <summary>The token's text as written (cut to a readable length), for messages.</summary>
    internal static string Raw(ref Utf8Input reader)
    {
        var span = reader.ValueSpan;
        if (span.Length > 200) span = span.Slice(0, 200);
        return Encoding.UTF8.GetString(span);
    }

    // One reader type per primitive, for composing with the collection and optional readers.

    public readonly struct StringReader : IJsonReader<string>
    {
        public static string Read(ref Utf8Input reader, JsonReadContext context) => ReadString(ref reader, context);
    }

    public readonly struct BooleanReader : IJsonReader<bool>
    {
        public static bool Read(ref Utf8Input reader, JsonReadContext context) => ReadBoolean(ref reader, context);
    }

    public readonly struct Int32Reader : IJsonReader<int>
    {
        public static int Read(ref Utf8Input reader, JsonReadContext context) => ReadInt32(ref reader, context);
    }

    public readonly struct Int64Reader : IJsonReader<long>
    {
        public static long Read(ref Utf8Input reader, JsonReadContext context) => ReadInt64(ref reader, context);
    }

    public readonly struct DecimalReader : IJsonReader<decimal>
    {
        public static decimal Read(ref Utf8Input reader, JsonReadContext context) => ReadDecimal(ref reader, context);
    }

    public readonly struct DoubleReader : IJsonReader<double>
    {
        public static double Read(ref Utf8Input reader, JsonReadContext context) => ReadDouble(ref reader, context);
    }

    public readonly struct DateReader : IJsonReader<DateOnly>
    {
        public static DateOnly Read(ref Utf8Input reader, JsonReadContext context) => ReadDate(ref reader, context);
    }

    public readonly struct TimeReader : IJsonReader<TimeOnly>
    {
        public static TimeOnly Read(ref Utf8Input reader, JsonReadContext context) => ReadTime(ref reader, context);
    }

    public readonly struct DateTimeOffsetReader : IJsonReader<DateTimeOffset>
    {
        public static DateTimeOffset Read(ref Utf8Input reader, JsonReadContext context) => ReadDateTimeOffset(ref reader, context);
    }

    public readonly struct TimeSpanReader : IJsonReader<TimeSpan>
    {
        public static TimeSpan Read(ref Utf8Input reader, JsonReadContext context) => ReadTimeSpan(ref reader, context);
    }

    public readonly struct GuidReader : IJsonReader<Guid>
    {
        public static Guid Read(ref Utf8Input reader, JsonReadContext context) => ReadGuid(ref reader, context);
    }

    public readonly struct UriReader : IJsonReader<Uri>
    {
        public static Uri Read(ref Utf8Input reader, JsonReadContext context) => ReadUri(ref reader, context);
    }
}
