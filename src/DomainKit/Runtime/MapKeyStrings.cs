using System;
using System.Buffers.Binary;
using System.Text;

namespace DomainKit.Runtime;

/// <summary>
/// Map keys of plain ASCII longer than <see cref="ShortAsciiStrings"/> holds, made once and handed out again: like
/// property names, the keys of a map (<c>phone</c>, <c>email</c>) repeat from object to object. A slot holds the last
/// key that hashed to it; a key is its own entry, compared by its text, so a new key costs no more than its string.
/// </summary>
internal static class MapKeyStrings
{
    public const int MaxLength = 64;

    private static readonly string?[] Slots = new string?[512];

    /// <summary>The string of <paramref name="ascii"/>: ASCII, longer than <see cref="ShortAsciiStrings.MaxLength"/>, at most <see cref="MaxLength"/> bytes.</summary>
    public static string Get(ReadOnlySpan<byte> ascii)
    {
        var head = BinaryPrimitives.ReadUInt32LittleEndian(ascii);
        var tail = BinaryPrimitives.ReadUInt32LittleEndian(ascii.Slice(ascii.Length - 4));
        var slot = (int)(((head * 2654435769u) ^ ((tail + (uint)ascii.Length) * 2246822519u)) >> 23);
        if (Slots[slot] is { } cached && cached.Length == ascii.Length && Ascii.Equals(ascii, cached)) return cached;
        var made = Encoding.Latin1.GetString(ascii);
        Slots[slot] = made;
        return made;
    }
}
