using System;
using System.Globalization;

namespace DomainKit.Schema.Checking;

/// <summary>Reads the scalars that are not values of a field's type (counts), and measures strings; a field type's literals read by <see cref="PrimitiveCatalog"/>.</summary>
internal static class ScalarValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryReadCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, Invariant, out count);

    public static int CodePointLength(string text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]) || i == 0 || !char.IsHighSurrogate(text[i - 1])) length++;
        }
        return length;
    }
}
