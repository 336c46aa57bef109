using System;
using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DomainKit.Runtime;

/// <summary>
/// The bytes <see cref="Utf8Output"/> writes: a pooled array that grows, and whether the next value needs a
/// comma before it. Formats and escapes exactly as <c>Utf8JsonWriter</c> does with its default encoder.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonBuffer
{
    private byte[] _bytes;
    private int _length;
    private bool _needsComma;

    /// <summary>A buffer of at least <paramref name="capacity"/> bytes, from the shared pool.</summary>
    public JsonBuffer(int capacity = 4096) => _bytes = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>What has been written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, _length);

    /// <summary>Bytes held, written or not.</summary>
    public int Capacity => _bytes.Length;

    /// <summary>Empties the buffer for the next document.</summary>
    public void Clear()
    {
        _length = 0;
        _needsComma = false;
    }

    /// <summary>Gives the array back to the pool; the buffer must not be used afterwards.</summary>
    public void Release()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = Array.Empty<byte>();
        _length = 0;
    }

    internal void Open(byte bracket)
    {
        var span = Reserve(2);
        var at = 0;
        if (_needsComma) span[at++] = (byte)',';
        span[at++] = bracket;
        _length += at;
        _needsComma = false;
    }

    internal void Close(byte bracket)
    {
        Reserve(1)[0] = bracket;
        _length++;
        _needsComma = true;
    }

    internal void Name(byte[] encodedNameWithColon)
    {
        Append(encodedNameWithColon);
        _needsComma = false;
    }

    internal void Name(string key)
    {
        String(key);
        Reserve(1)[0] = (byte)':';
        _length++;
        _needsComma = false;
    }

    /// <summary>Bytes written as they are, after a comma if one is due (literals, numbers).</summary>
    internal void Raw(ReadOnlySpan<byte> utf8)
    {
        Append(utf8);
        _needsComma = true;
    }

    /// <summary>The bytes, after a comma if one is due.</summary>
    private void Append(ReadOnlySpan<byte> bytes)
    {
        var span = Reserve(bytes.Length + 1);
        var at = 0;
        if (_needsComma) span[at++] = (byte)',';
        bytes.CopyTo(span.Slice(at));
        _length += at + bytes.Length;
    }

    /// <summary>A value formatted straight into the buffer (at most <paramref name="maxLength"/> bytes), quoted or not.</summary>
    internal void Formatted<T>(T value, int maxLength, bool quoted, string? format = null) where T : IUtf8SpanFormattable
    {
        var span = Reserve(maxLength + 3);
        var at = 0;
        if (_needsComma) span[at++] = (byte)',';
        if (quoted) span[at++] = (byte)'"';
        value.TryFormat(span.Slice(at), out var written, format, CultureInfo.InvariantCulture);
        at += written;
        if (quoted) span[at++] = (byte)'"';
        _length += at;
        _needsComma = true;
    }

    /// <summary>A JSON string: quoted, escaped as System.Text.Json's default encoder does.</summary>
    internal void String(ReadOnlySpan<char> value)
    {
        // Room for the text as it is up to the first char to escape, and 6 bytes (\uXXXX) for each char after it.
        var first = JsonEscaping.FirstToEscape(value);
        var span = Reserve((first < 0 ? value.Length : first + (value.Length - first) * 6) + 3);
        var at = 0;
        if (_needsComma) span[at++] = (byte)',';
        span[at++] = (byte)'"';
        at += JsonEscaping.Write(value, first, span.Slice(at));
        span[at++] = (byte)'"';
        _length += at;
        _needsComma = true;
    }

    /// <summary>A JSON string of bytes that need no escaping (formatted dates, GUIDs).</summary>
    internal void AsciiString(ReadOnlySpan<byte> ascii)
    {
        var span = Reserve(ascii.Length + 3);
        var at = 0;
        if (_needsComma) span[at++] = (byte)',';
        span[at++] = (byte)'"';
        ascii.CopyTo(span.Slice(at));
        at += ascii.Length;
        span[at++] = (byte)'"';
        _length += at;
        _needsComma = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int count)
    {
        if (_bytes.Length - _length < count) Grow(count);
        return _bytes.AsSpan(_length);
    }

    private void Grow(int count)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + count));
        WrittenSpan.CopyTo(larger);
        if (_bytes.Length > 0) ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = larger;
    }
}

/// <summary>String escaping identical to <c>Utf8JsonWriter</c> with its default encoder (HTML-safe, non-ASCII as <c>\uXXXX</c>).</summary>
internal static class JsonEscaping
{
    // What the default encoder leaves alone: printable ASCII but " & ' + < > ` and \.
    private static readonly SearchValues<char> Safe = SearchValues.Create(
        " !#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~");

    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    /// <summary>The index of the first char that must be escaped, or -1: one vectorised scan.</summary>
    public static int FirstToEscape(ReadOnlySpan<char> value) => value.IndexOfAnyExcept(Safe);

    /// <summary>
    /// Writes <paramref name="value"/> escaped into <paramref name="destination"/>, given <paramref name="first"/> from
    /// <see cref="FirstToEscape"/> (room: the chars before it, and 6 bytes for each from it on); returns the bytes written.
    /// </summary>
    public static int Write(ReadOnlySpan<char> value, int first, Span<byte> destination)
    {
        if (first < 0)
        {
            Ascii.FromUtf16(value, destination, out var all);
            return all;
        }
        Ascii.FromUtf16(value.Slice(0, first), destination, out var at);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (Safe.Contains(c))
            {
                destination[at++] = (byte)c;
                continue;
            }
            switch (c)
            {
                case '\n': at += Short(destination.Slice(at), (byte)'n'); continue;
                case '\r': at += Short(destination.Slice(at), (byte)'r'); continue;
                case '\t': at += Short(destination.Slice(at), (byte)'t'); continue;
                case '\b': at += Short(destination.Slice(at), (byte)'b'); continue;
                case '\f': at += Short(destination.Slice(at), (byte)'f'); continue;
                case '\\': at += Short(destination.Slice(at), (byte)'\\'); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                at += Unicode(destination.Slice(at), c);
                at += Unicode(destination.Slice(at), value[++i]);
                continue;
            }
            at += Unicode(destination.Slice(at), char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return at;
    }

    private static int Short(Span<byte> destination, byte letter)
    {
        destination[0] = (byte)'\\';
        destination[1] = letter;
        return 2;
    }

    private static int Unicode(Span<byte> destination, char c)
    {
        destination[0] = (byte)'\\';
        destination[1] = (byte)'u';
        destination[2] = Hex[c >> 12];
        destination[3] = Hex[(c >> 8) & 0xF];
        destination[4] = Hex[(c >> 4) & 0xF];
        destination[5] = Hex[c & 0xF];
        return 6;
    }
}
