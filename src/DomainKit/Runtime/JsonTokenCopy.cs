using System;
using System.Buffers;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// The JSON text of the value at a <c>Utf8JsonReader</c>, rebuilt from its tokens' raw bytes into a pooled buffer:
/// strings keep their escapes and their bytes exactly (valid UTF-8 or not), numbers their digits; only whitespace
/// between tokens is dropped. Leaves the reader on the value's last token, as a converter must.
/// </summary>
internal struct JsonTokenCopy : IDisposable
{
    private byte[] _buffer;
    private int _length;

    public JsonTokenCopy() => _buffer = ArrayPool<byte>.Shared.Rent(512);

    public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Value(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        var separate = false;
        Token(ref reader, ref separate);
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        while (reader.Read())
        {
            Token(ref reader, ref separate);
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth) return;
        }
    }

    /// <summary><paramref name="separate"/>: whether a comma goes before the next item or property.</summary>
    private void Token(ref Utf8JsonReader reader, ref bool separate)
    {
        var token = reader.TokenType;
        if (token == JsonTokenType.Comment) return;
        if (separate && token is not (JsonTokenType.EndObject or JsonTokenType.EndArray)) Append((byte)',');
        switch (token)
        {
            case JsonTokenType.StartObject:
                Append((byte)'{');
                break;
            case JsonTokenType.StartArray:
                Append((byte)'[');
                break;
            case JsonTokenType.EndObject:
                Append((byte)'}');
                break;
            case JsonTokenType.EndArray:
                Append((byte)']');
                break;
            case JsonTokenType.PropertyName:
            case JsonTokenType.String:
                Append((byte)'"');
                Raw(ref reader);
                Append((byte)'"');
                if (token == JsonTokenType.PropertyName) Append((byte)':');
                break;
            default:
                Raw(ref reader);
                break;
        }
        separate = token is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName);
    }

    private void Raw(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        Reserve(length);
        if (reader.HasValueSequence) reader.ValueSequence.CopyTo(_buffer.AsSpan(_length));
        else reader.ValueSpan.CopyTo(_buffer.AsSpan(_length));
        _length += length;
    }

    private void Append(byte b)
    {
        Reserve(1);
        _buffer[_length++] = b;
    }

    private void Reserve(int more)
    {
        if (_length + more <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
