using System;
using System.ComponentModel;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>A property name encoded once: for <see cref="Utf8Output"/> as <c>"name":</c> in UTF-8, escaped; for <see cref="WriterOutput"/> as <see cref="JsonEncodedText"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonName
{
    /// <summary>Encodes <paramref name="name"/> as System.Text.Json's default encoder would.</summary>
    public JsonName(string name)
    {
        Encoded = JsonEncodedText.Encode(name);
        var escaped = Encoded.EncodedUtf8Bytes;
        var utf8 = new byte[escaped.Length + 3];
        utf8[0] = (byte)'"';
        escaped.CopyTo(utf8.AsSpan(1));
        utf8[^2] = (byte)'"';
        utf8[^1] = (byte)':';
        Utf8 = utf8;
    }

    /// <summary>The name for a <c>Utf8JsonWriter</c>.</summary>
    public JsonEncodedText Encoded { get; }

    /// <summary><c>"name":</c>, quotes and colon included.</summary>
    public byte[] Utf8 { get; }
}
