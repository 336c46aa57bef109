using System;
using System.Text;

namespace DomainKit.Runtime;

/// <summary>
/// Strings of up to four ASCII characters — country and language codes, short tags — made once and handed out again: a
/// document repeats them, and an equal string costs a comparison instead of an allocation. A slot holds the last string
/// that hashed to it, with its key; threads that race over one only make a string twice.
/// </summary>
internal static class ShortAsciiStrings
{
    public const int MaxLength = 4;

    private static readonly Entry?[] Slots = new Entry?[1024];

    /// <summary>The string of <paramref name="ascii"/>, at most <see cref="MaxLength"/> ASCII bytes.</summary>
    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.IsEmpty) return "";
        // Bytes inside JSON strings are never zero, so the bytes packed in order tell every short string apart: equal
        // keys are equal strings. Key and string live in one object, so a reader never pairs one's key with another's text.
        var key = 0u;
        foreach (var b in ascii) key = (key << 8) | b;
        var slot = (int)((key * 2654435769u) >> 22);
        if (Slots[slot] is { } cached && cached.Key == key) return cached.Text;
        var made = Encoding.Latin1.GetString(ascii);
        Slots[slot] = new Entry(key, made);
        return made;
    }

    private sealed class Entry(uint key, string text)
    {
        public uint Key { get; } = key;

        public string Text { get; } = text;
    }
}
