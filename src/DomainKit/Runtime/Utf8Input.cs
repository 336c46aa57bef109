using System;
using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// DomainKit's own forward-only JSON tokenizer over UTF-8 bytes held in memory: what generated readers drive.
/// Strict as RFC 8259 and <c>Utf8JsonReader</c> with default options (no comments, no trailing commas, no
/// leading zeros, no control characters in strings, nothing after the value, nesting within a limit); malformed
/// text throws <see cref="JsonTextException"/> at its offset. Like <c>Utf8JsonReader</c>, it does not judge the
/// UTF-8 inside strings while tokenizing: whoever reads or skips a string does (see <see cref="TryGetString"/>
/// and <see cref="SkipValidating"/>), so the error names the field. Token types are System.Text.Json's.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref partial struct Utf8Input
{
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    private readonly ReadOnlySpan<byte> _text;
    private readonly int _maxDepth;
    private int _position;
    private int _valueStart;
    private int _valueLength;
    private int _depth;
    private ulong _objects;
    private ulong[]? _deeperObjects;
    private JsonTokenType _token;
    private Container _container;
    private bool _escaped;
    private bool _ascii;

    /// <param name="text">The whole JSON text.</param>
    /// <param name="maxDepth">How deep objects and arrays may nest.</param>
    public Utf8Input(ReadOnlySpan<byte> text, int maxDepth)
    {
        _text = text;
        _maxDepth = maxDepth;
    }

    /// <summary>The kind of the token read last; <c>None</c> before the first.</summary>
    public readonly JsonTokenType TokenType => _token;

    /// <summary>A string's or property name's bytes between the quotes (escapes as written), or a number's or literal's text.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => _text.Slice(_valueStart, _valueLength);

    /// <summary>The offset just after the token read last.</summary>
    internal readonly int Position => _position;

    /// <summary>Whether the string or property name holds a backslash escape.</summary>
    public readonly bool ValueIsEscaped => _escaped;

    private readonly bool IsObjectAt(int depth) => depth <= 64
        ? (_objects & (1UL << (depth - 1))) != 0
        : (_deeperObjects![(depth - 65) >> 6] & (1UL << ((depth - 65) & 63))) != 0;

    /// <summary>Reads the next token; false once the value is complete and only whitespace follows.</summary>
    public bool Read()
    {
        var at = SkipWhitespace(_position);
        switch (_token)
        {
            case JsonTokenType.None:
                return ReadValue(at);
            case JsonTokenType.StartObject:
                return ReadName(at, afterComma: false);
            case JsonTokenType.StartArray:
                return at < _text.Length && _text[at] == (byte)']' ? End(at, JsonTokenType.EndArray) : ReadValue(at);
            case JsonTokenType.PropertyName:
                return ReadValue(at);
            default:
                return ReadAfterValue(at);
        }
    }

    /// <summary>
    /// Inside an object, at its start or after a property's value: reads the next property name (true) or the object's
    /// end (false). What <see cref="Read"/> does there, without asking where the reader is.
    /// </summary>
    internal bool ReadPropertyName()
    {
        var at = SkipWhitespace(_position);
        if (_token == JsonTokenType.StartObject) return ReadName(at, afterComma: false) && _token == JsonTokenType.PropertyName;
        if (at >= _text.Length) Fail(at, "The text ends inside an object.");
        var next = _text[at];
        if (next == (byte)',') return ReadName(SkipWhitespace(at + 1), afterComma: true) && _token == JsonTokenType.PropertyName;
        if (next != (byte)'}') FailAt(at, "Expected ',' or '}' after a property's value");
        End(at, JsonTokenType.EndObject);
        return false;
    }

    /// <summary>
    /// Where <see cref="ReadPropertyName"/> would read: when the next property's name is the plain name whose text, with
    /// the comma before it and the colon after it, is <paramref name="listedName"/> (<c>,"name":</c>; ASCII with no quote,
    /// backslash or control byte inside, so the text needs no scan), reads it and true; otherwise reads nothing and false.
    /// The expected name is one comparison instead of a scan and a lookup.
    /// </summary>
    internal bool TryReadPlainName(ReadOnlySpan<byte> listedName)
    {
        // The first property has no comma before it.
        var expected = _token == JsonTokenType.StartObject ? listedName.Slice(1) : listedName;
        var at = _position;
        if (!StandsAt(_text, at, expected)) return TryReadSpacedPlainName(listedName);
        _valueStart = at + expected.Length - listedName.Length + 2;
        _valueLength = listedName.Length - 4;
        _escaped = false;
        _ascii = true;
        _position = at + expected.Length;
        _token = JsonTokenType.PropertyName;
        return true;
    }

    // As TryReadPlainName, where whitespace may stand around the comma, the name and the colon.
    private bool TryReadSpacedPlainName(ReadOnlySpan<byte> listedName)
    {
        var quotedName = listedName.Slice(1, listedName.Length - 2);
        var at = SkipWhitespace(_position);
        if (_token != JsonTokenType.StartObject)
        {
            if (at >= _text.Length || _text[at] != (byte)',') return false;
            at = SkipWhitespace(at + 1);
        }
        var end = at + quotedName.Length;
        if (end >= _text.Length || !_text.Slice(at, quotedName.Length).SequenceEqual(quotedName)) return false;
        var colon = SkipWhitespace(end);
        if (colon >= _text.Length || _text[colon] != (byte)':') return false;
        _valueStart = at + 1;
        _valueLength = quotedName.Length - 2;
        _escaped = false;
        _ascii = true;
        _position = colon + 1;
        _token = JsonTokenType.PropertyName;
        return true;
    }

    /// <summary>Whether <paramref name="expected"/> (three bytes or more) stands in <paramref name="text"/> at <paramref name="at"/>: eight bytes at a time, the last eight overlapping.</summary>
    private static bool StandsAt(ReadOnlySpan<byte> text, int at, ReadOnlySpan<byte> expected)
    {
        var length = expected.Length;
        if (at > text.Length - length) return false;
        ref var here = ref Unsafe.Add(ref MemoryMarshal.GetReference(text), at);
        ref var wanted = ref MemoryMarshal.GetReference(expected);
        if (length >= sizeof(ulong))
        {
            for (var i = 0; i < length - sizeof(ulong); i += sizeof(ulong))
            {
                if (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref here, i)) != Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref wanted, i))) return false;
            }
            return Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref here, length - sizeof(ulong))) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref wanted, length - sizeof(ulong)));
        }
        if (length >= sizeof(uint))
        {
            return Unsafe.ReadUnaligned<uint>(ref here) == Unsafe.ReadUnaligned<uint>(ref wanted)
                && Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref here, length - sizeof(uint))) == Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref wanted, length - sizeof(uint)));
        }
        return text.Slice(at, length).SequenceEqual(expected);
    }

    /// <summary>At a property name: reads the first token of its value. What <see cref="Read"/> does there.</summary>
    internal void ReadPropertyValue() => ReadValue(SkipWhitespace(_position));

    private bool ReadAfterValue(int at)
    {
        var text = _text;
        var container = _container;
        if (container == Container.None)
        {
            if (at < text.Length) Fail(at, "Bytes follow the end of the JSON value.");
            _position = at;
            return false;
        }
        if ((uint)at >= (uint)text.Length) Fail(at, container == Container.Object ? "The text ends inside an object." : "The text ends inside an array.");
        var next = text[at];
        if (next == (byte)',')
        {
            at = SkipWhitespace(text, at + 1);
            if (container == Container.Object) return ReadName(at, afterComma: true);
            if ((uint)at < (uint)text.Length && text[at] == (byte)']') Fail(at, "A comma is followed by ']' (trailing commas are not JSON).");
            return ReadValue(at);
        }
        if (container == Container.Object)
        {
            if (next == (byte)'}') return End(at, JsonTokenType.EndObject);
            FailAt(at, "Expected ',' or '}' after a property's value");
        }
        if (next == (byte)']') return End(at, JsonTokenType.EndArray);
        FailAt(at, "Expected ',' or ']' after an item");
        return false;
    }

    private bool ReadName(int at, bool afterComma)
    {
        var text = _text;
        if ((uint)at >= (uint)text.Length) Fail(at, "The text ends inside an object.");
        if (text[at] != (byte)'"')
        {
            if (text[at] == (byte)'}')
            {
                if (afterComma) Fail(at, "A comma is followed by '}' (trailing commas are not JSON).");
                return End(at, JsonTokenType.EndObject);
            }
            FailAt(at, "Expected a property name in double quotes");
        }
        at = SkipWhitespace(text, ScanString(at));
        if ((uint)at >= (uint)text.Length || text[at] != (byte)':') Fail(at, "Expected ':' after a property name.");
        _position = at + 1;
        _token = JsonTokenType.PropertyName;
        return true;
    }

    private bool ReadValue(int at)
    {
        var text = _text;
        if ((uint)at >= (uint)text.Length) Fail(at, _token == JsonTokenType.None ? "The text holds no JSON value." : "The text ends where a value was expected.");
        var first = text[at];
        switch (first)
        {
            case (byte)'"':
                _position = ScanString(at);
                _token = JsonTokenType.String;
                return true;
            case (byte)'{':
                Open(at, isObject: true);
                _token = JsonTokenType.StartObject;
                return true;
            case (byte)'[':
                Open(at, isObject: false);
                _token = JsonTokenType.StartArray;
                return true;
            case (byte)'t':
                return Literal(at, "true"u8, JsonTokenType.True);
            case (byte)'f':
                return Literal(at, "false"u8, JsonTokenType.False);
            case (byte)'n':
                return Literal(at, "null"u8, JsonTokenType.Null);
            default:
                if (first == (byte)'-' || IsDigit(first)) return ReadNumber(at);
                FailAt(at, "Expected a JSON value");
                return false;
        }
    }

    private void Open(int at, bool isObject)
    {
        if (_depth >= _maxDepth) FailDepth(at);
        var bit = _depth < 64 ? 1UL << _depth : 1UL << ((_depth - 64) & 63);
        if (_depth < 64)
        {
            _objects = isObject ? _objects | bit : _objects & ~bit;
        }
        else
        {
            var word = (_depth - 64) >> 6;
            _deeperObjects ??= new ulong[(_maxDepth >> 6) + 1];
            _deeperObjects[word] = isObject ? _deeperObjects[word] | bit : _deeperObjects[word] & ~bit;
        }
        _depth++;
        _container = isObject ? Container.Object : Container.Array;
        _valueStart = at;
        _valueLength = 1;
        _position = at + 1;
    }

    private bool End(int at, JsonTokenType token)
    {
        _depth--;
        _container = _depth == 0 ? Container.None : IsObjectAt(_depth) ? Container.Object : Container.Array;
        _token = token;
        _valueStart = at;
        _valueLength = 1;
        _position = at + 1;
        return true;
    }

    private bool Literal(int at, ReadOnlySpan<byte> literal, JsonTokenType token)
    {
        if (!_text.Slice(at).StartsWith(literal)) FailAt(at, "Expected '" + Encoding.ASCII.GetString(literal) + "'");
        _valueStart = at;
        _valueLength = literal.Length;
        _position = at + literal.Length;
        _token = token;
        return true;
    }

    private bool ReadNumber(int start)
    {
        var at = start;
        if (_text[at] == (byte)'-') at++;
        if (at >= _text.Length || !IsDigit(_text[at])) Fail(at, "Expected a digit in a number.");
        if (_text[at] == (byte)'0')
        {
            at++;
            if (at < _text.Length && IsDigit(_text[at])) Fail(at, "A number has a leading zero.");
        }
        else
        {
            at = Digits(at);
        }
        if (at < _text.Length && _text[at] == (byte)'.')
        {
            if (++at >= _text.Length || !IsDigit(_text[at])) Fail(at, "Expected a digit after a decimal point.");
            at = Digits(at);
        }
        if (at < _text.Length && (_text[at] | 0x20) == (byte)'e')
        {
            if (++at < _text.Length && _text[at] is (byte)'+' or (byte)'-') at++;
            if (at >= _text.Length || !IsDigit(_text[at])) Fail(at, "Expected a digit in an exponent.");
            at = Digits(at);
        }
        if (at < _text.Length && !IsDelimiter(_text[at])) FailAt(at, "Expected the number to end");
        _valueStart = start;
        _valueLength = at - start;
        _position = at;
        _token = JsonTokenType.Number;
        return true;
    }

    private readonly int Digits(int at)
    {
        while (at < _text.Length && IsDigit(_text[at])) at++;
        return at;
    }

    /// <summary>
    /// Scans the string whose opening quote is at <paramref name="quote"/>, 16 bytes at a time for a quote, a backslash or
    /// a control byte, noting whether every byte is ASCII; the offset after its closing quote.
    /// </summary>
    private int ScanString(int quote)
    {
        var start = quote + 1;
        var at = start;
        var escaped = false;
        var ascii = true;
        while (true)
        {
            at = NextStringStop(at, ref ascii);
            var b = _text[at];
            if (b == (byte)'"') break;
            if (b != (byte)'\\') Fail(at, "A control character in a string must be escaped.");
            escaped = true;
            at = CheckEscape(at);
        }
        _valueStart = start;
        _valueLength = at - start;
        _escaped = escaped;
        _ascii = ascii;
        return at + 1;
    }

    /// <summary>The offset of the next quote, backslash or control byte from <paramref name="at"/>; clears <paramref name="ascii"/> on a byte past ASCII before it.</summary>
    private readonly int NextStringStop(int at, ref bool ascii)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            ref var origin = ref MemoryMarshal.GetReference(_text);
            while (at + Vector128<byte>.Count <= _text.Length)
            {
                var block = Vector128.LoadUnsafe(ref origin, (nuint)at);
                var stops = (Vector128.Equals(block, Vector128.Create((byte)'"')) | Vector128.Equals(block, Vector128.Create((byte)'\\'))
                    | Vector128.LessThan(block, Vector128.Create((byte)0x20))).ExtractMostSignificantBits();
                var high = block.ExtractMostSignificantBits();
                if (stops != 0)
                {
                    var offset = BitOperations.TrailingZeroCount(stops);
                    if ((high & ((1u << offset) - 1)) != 0) ascii = false;
                    return at + offset;
                }
                if (high != 0) ascii = false;
                at += Vector128<byte>.Count;
            }
        }
        var rest = _text.Slice(at);
        var stop = rest.IndexOfAny(StringStops);
        if (stop < 0) Fail(_text.Length, "The text ends inside a string.");
        if (!Ascii.IsValid(rest.Slice(0, stop))) ascii = false;
        return at + stop;
    }

    private readonly int CheckEscape(int backslash)
    {
        if (backslash + 1 >= _text.Length) Fail(backslash, "The text ends inside an escape.");
        switch (_text[backslash + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return backslash + 2;
            case (byte)'u':
                for (var i = backslash + 2; i < backslash + 6; i++)
                {
                    if (i >= _text.Length || !IsHex(_text[i])) Fail(i, "Expected four hexadecimal digits after '\\u'.");
                }
                return backslash + 6;
            default:
                FailAt(backslash + 1, "Expected an escape of JSON after '\\'");
                return 0;
        }
    }

    /// <summary>Skips the value at the reader (at a property name: that property's value) with everything inside it.</summary>
    public void Skip()
    {
        if (_token == JsonTokenType.PropertyName) Read();
        if (_token is JsonTokenType.StartObject or JsonTokenType.StartArray) SkipToEndOf(_depth);
    }

    /// <summary>How deep the reader stands: 1 inside the outermost object or array.</summary>
    internal readonly int CurrentDepth => _depth;

    /// <summary>Inside an object or array <paramref name="depth"/> deep: reads on to its end token.</summary>
    internal void SkipToEndOf(int depth)
    {
        while (_depth >= depth && Read())
        {
        }
    }

    /// <summary>
    /// Skips like <see cref="Skip"/>, and says whether every string and property name inside was valid UTF-8 (RFC 8259
    /// §8.1: text that is not is not JSON, read or skipped). An escaped lone surrogate is JSON text and passes.
    /// </summary>
    internal bool SkipValidating()
    {
        if (_token == JsonTokenType.PropertyName) Read();
        var valid = StringIsUtf8();
        if (_token is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return valid;
        var depth = _depth;
        while (Read() && _depth >= depth)
        {
            if (valid) valid = StringIsUtf8();
        }
        return valid;
    }

    /// <summary>Whether the string or property name at the reader is valid UTF-8 (true for other tokens). Escapes are ASCII, so the raw bytes decide.</summary>
    internal readonly bool StringIsUtf8() =>
        _token is not (JsonTokenType.String or JsonTokenType.PropertyName) || System.Text.Unicode.Utf8.IsValid(ValueSpan);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int SkipWhitespace(int at) => SkipWhitespace(_text, at);

    // What the reader stands in: one field that after a value says both whether the value was the document and what follows.
    private enum Container : byte
    {
        None,
        Array,
        Object,
    }

    // Compact JSON has no whitespace between tokens: one test says so, in line; the loop is called only when there is some.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipWhitespace(ReadOnlySpan<byte> text, int at) =>
        (uint)at < (uint)text.Length && text[at] > (byte)' ' ? at : SkipWhitespaceFrom(text, at);

    private static int SkipWhitespaceFrom(ReadOnlySpan<byte> text, int at)
    {
        while ((uint)at < (uint)text.Length && text[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') at++;
        return at;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool IsHex(byte b) => IsDigit(b) || (uint)((b | 0x20) - 'a') <= 5;

    private static bool IsDelimiter(byte b) => b is (byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    private static string Show(byte b) => b is >= 0x21 and < 0x7F ? $"'{(char)b}'" : $"byte 0x{b:X2}";

    // Each failure's body is a throw and nothing else, so the JIT knows the call does not return and drops the checks after it.
    [DoesNotReturn]
    private readonly void Fail(int at, string message) => throw new JsonTextException(_text, at, message);

    /// <summary>Fails saying what was expected at <paramref name="at"/> and which byte stands there.</summary>
    [DoesNotReturn]
    private readonly void FailAt(int at, string expected) => throw new JsonTextException(_text, at, $"{expected}, not {Show(_text[at])}.");

    [DoesNotReturn]
    private readonly void FailDepth(int at) => throw new JsonTextException(_text, at, $"Objects and arrays nest deeper than the maximum depth, {_maxDepth}.");
}
