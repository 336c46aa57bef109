using System;
using System.Text;

namespace DomainKit.Runtime;

/// <summary>
/// Strings of up to four ASCII characters — country and language codes, short tags — made once and handed out again: a
/// document repeats them, and an equal string costs a comparison instead of an allocation. A slot holds the last string
/// that hashed to it; threads that race over one only make a string twice.
/// </summary>
internal static class ShortAsciiStrings
{
    public const int MaxLength = 4;

    private static readonly string?[] Slots = new string?[1024];

    /// <summary>The string of <paramref name="ascii"/>, at most <see cref="MaxLength"/> ASCII bytes.</summary>
    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.IsEmpty) return "";
        // Bytes inside JSON strings are never zero, so the bytes packed in order tell every short string apart.
        var key = 0u;
        foreach (var b in ascii) key = (key << 8) | b;
        var slot = (int)((key * 2654435769u) >> 22);
        var cached = Slots[slot];
        if (cached is not null && Holds(cached, ascii)) return cached;
        var made = Encoding.Latin1.GetString(ascii);
        Slots[slot] = made;
        return made;
    }

    private static bool Holds(string cached, ReadOnlySpan<byte> ascii)
    {
        if (cached.Length != ascii.Length) return false;
        for (var i = 0; i < ascii.Length; i++)
        {
            if (cached[i] != ascii[i]) return false;
        }
        return true;
    }
}
