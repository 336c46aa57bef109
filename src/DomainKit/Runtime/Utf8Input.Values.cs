using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>The value of the token read last, straight from its bytes.</summary>
public ref partial struct Utf8Input
{
    private const int StackText = 256;

    /// <summary>
    /// The string or property name as .NET text; false when it is not text — bytes that are not UTF-8, or an escaped
    /// lone surrogate — which <c>Utf8JsonReader.GetString</c> would throw on.
    /// </summary>
    public readonly bool TryGetString(out string value)
    {
        if (_escaped) return TryGetUnescaped(out value);
        if (!_ascii) return TryDecode(ValueSpan, out value);
        value = _valueLength <= ShortAsciiStrings.MaxLength ? ShortAsciiStrings.Get(ValueSpan) : Encoding.Latin1.GetString(ValueSpan);
        return true;
    }

    /// <summary>As <see cref="TryGetString"/>, for a map key: a plain ASCII key is made once and handed out again (<see cref="MapKeyStrings"/>).</summary>
    internal readonly bool TryGetKey(out string value)
    {
        if (_escaped || !_ascii || _valueLength <= ShortAsciiStrings.MaxLength || _valueLength > MapKeyStrings.MaxLength) return TryGetString(out value);
        value = MapKeyStrings.Get(ValueSpan);
        return true;
    }

    // Escaped text apart, so that the usual case is inlined and compiled with a profile (a stack allocation prevents both).
    private readonly bool TryGetUnescaped(out string value)
    {
        byte[]? rented = null;
        var buffer = _valueLength <= StackText ? stackalloc byte[StackText] : (rented = ArrayPool<byte>.Shared.Rent(_valueLength));
        try
        {
            var length = Unescape(ValueSpan, buffer);
            value = "";
            if (length < 0) return false;
            // Escapes unescape to valid UTF-8, so text that was ASCII but for its escapes needs no check.
            if (!_ascii) return TryDecode(buffer.Slice(0, length), out value);
            value = Encoding.UTF8.GetString(buffer.Slice(0, length));
            return true;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool TryDecode(ReadOnlySpan<byte> utf8, out string value)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            value = "";
            return false;
        }
        value = utf8.Length == 0 ? "" : Encoding.UTF8.GetString(utf8);
        return true;
    }

    /// <summary>
    /// The string or property name with its escapes undone, as UTF-8 into <paramref name="destination"/> (at least as long as
    /// <see cref="ValueSpan"/>); the length written, or -1 for an escaped lone surrogate.
    /// </summary>
    internal readonly int CopyUnescaped(Span<byte> destination)
    {
        if (_escaped) return Unescape(ValueSpan, destination);
        ValueSpan.CopyTo(destination);
        return _valueLength;
    }

    /// <summary>Whether the string or property name, escapes undone, is exactly <paramref name="utf8"/>.</summary>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8) => _escaped ? UnescapedEquals(utf8) : ValueSpan.SequenceEqual(utf8);

    private readonly bool UnescapedEquals(ReadOnlySpan<byte> utf8)
    {
        if (_valueLength > StackText) return TryGetString(out var text) && Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(utf8);
        Span<byte> buffer = stackalloc byte[StackText];
        var length = Unescape(ValueSpan, buffer);
        return length >= 0 && buffer.Slice(0, length).SequenceEqual(utf8);
    }

    /// <summary>The literal <c>true</c> or <c>false</c> at the reader.</summary>
    public readonly bool GetBoolean() => _token == JsonTokenType.True;

    /// <summary>The number as an <see cref="int"/>: false for a fraction, an exponent or one out of range (as <c>Utf8JsonReader.TryGetInt32</c>).</summary>
    public readonly bool TryGetInt32(out int value) =>
        PlainNumbers.TryInt32(ValueSpan, out value) || (Utf8Parser.TryParse(ValueSpan, out value, out var consumed) && consumed == _valueLength);

    /// <summary>The number as a <see cref="long"/>, as <c>Utf8JsonReader.TryGetInt64</c>.</summary>
    public readonly bool TryGetInt64(out long value) =>
        PlainNumbers.TryInt64(ValueSpan, out value) || (Utf8Parser.TryParse(ValueSpan, out value, out var consumed) && consumed == _valueLength);

    /// <summary>The number as a <see cref="decimal"/>, as <c>Utf8JsonReader.TryGetDecimal</c>.</summary>
    public readonly bool TryGetDecimal(out decimal value) =>
        PlainNumbers.TryDecimal(ValueSpan, out value) || (Utf8Parser.TryParse(ValueSpan, out value, out var consumed, NumberFormat) && consumed == _valueLength);

    /// <summary>The number as a <see cref="double"/>, as <c>Utf8JsonReader.TryGetDouble</c> (infinite when out of range).</summary>
    public readonly bool TryGetDouble(out double value) =>
        ExactDoubles.TryParse(ValueSpan, out value) || (Utf8Parser.TryParse(ValueSpan, out value, out var consumed, NumberFormat) && consumed == _valueLength);

    /// <summary>The string as a GUID in its 36-character form with hyphens, as <c>Utf8JsonReader.TryGetGuid</c>.</summary>
    public readonly bool TryGetGuid(out Guid value)
    {
        if (!_escaped) return Utf8Parser.TryParse(ValueSpan, out value, out var consumed, 'D') && consumed == _valueLength;
        var token = TokenReader();
        return token.TryGetGuid(out value);
    }

    /// <summary>The string as an ISO 8601 date and time, exactly as <c>Utf8JsonReader.TryGetDateTimeOffset</c> reads it.</summary>
    public readonly bool TryGetDateTimeOffset(out DateTimeOffset value)
    {
        var token = TokenReader();
        return token.TryGetDateTimeOffset(out value);
    }

    /// <summary>The parser's format for the number: scientific only when it has an exponent, as System.Text.Json chooses.</summary>
    private readonly char NumberFormat => ValueSpan.IndexOfAny((byte)'e', (byte)'E') >= 0 ? 'e' : default;

    /// <summary>A <c>Utf8JsonReader</c> on just this string token, for forms whose parser is System.Text.Json's own.</summary>
    private readonly Utf8JsonReader TokenReader()
    {
        var reader = new Utf8JsonReader(_text.Slice(_valueStart - 1, _valueLength + 2));
        reader.Read();
        return reader;
    }

    /// <summary>Undoes the escapes of <paramref name="escaped"/> into <paramref name="destination"/>; the length, or -1 for a lone surrogate.</summary>
    private static int Unescape(ReadOnlySpan<byte> escaped, Span<byte> destination)
    {
        var written = 0;
        var at = 0;
        while (at < escaped.Length)
        {
            var backslash = escaped.Slice(at).IndexOf((byte)'\\');
            var plain = backslash < 0 ? escaped.Slice(at) : escaped.Slice(at, backslash);
            plain.CopyTo(destination.Slice(written));
            written += plain.Length;
            if (backslash < 0) break;
            at += backslash;
            var kind = escaped[at + 1];
            if (kind != (byte)'u')
            {
                destination[written++] = kind switch
                {
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    _ => kind,
                };
                at += 2;
                continue;
            }
            int scalar = Hex4(escaped.Slice(at + 2));
            at += 6;
            if (char.IsLowSurrogate((char)scalar)) return -1;
            if (char.IsHighSurrogate((char)scalar))
            {
                if (at + 6 > escaped.Length || escaped[at] != (byte)'\\' || escaped[at + 1] != (byte)'u') return -1;
                var low = Hex4(escaped.Slice(at + 2));
                if (!char.IsLowSurrogate((char)low)) return -1;
                scalar = char.ConvertToUtf32((char)scalar, (char)low);
                at += 6;
            }
            written += new Rune(scalar).EncodeToUtf8(destination.Slice(written));
        }
        return written;
    }

    private static int Hex4(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var b = digits[i];
            value = (value << 4) | (IsDigit(b) ? b - '0' : (b | 0x20) - 'a' + 10);
        }
        return value;
    }
}
