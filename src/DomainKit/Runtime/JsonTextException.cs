using System;
using System.ComponentModel;

namespace DomainKit.Runtime;

/// <summary>Malformed JSON text found by <see cref="Utf8Input"/>: what is wrong, and where (line and byte counted from 1 and 0).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonTextException : Exception
{
    internal JsonTextException(ReadOnlySpan<byte> text, int offset, string message)
        : base(message)
    {
        Offset = offset;
        var before = text.Slice(0, Math.Min(offset, text.Length));
        Line = before.Count((byte)'\n') + 1;
        BytePositionInLine = before.Length - (before.LastIndexOf((byte)'\n') + 1);
    }

    /// <summary>The offset of the first byte that cannot be JSON, from the start of the text.</summary>
    public int Offset { get; }

    /// <summary>The line of that byte, from 1.</summary>
    public int Line { get; }

    /// <summary>The byte's position in its line, from 0.</summary>
    public int BytePositionInLine { get; }
}
