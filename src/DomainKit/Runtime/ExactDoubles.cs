using System;

namespace DomainKit.Runtime;

/// <summary>Numbers read as doubles without the general parser when the result is exact by construction.</summary>
internal static class ExactDoubles
{
    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>
    /// Clinger's fast path: a number without an exponent whose digits, read as a whole number, are at most 2^53 and whose
    /// fraction has at most 22 digits is those digits divided by a power of ten — both exact as doubles, so the one
    /// correctly rounded division is the correctly rounded number. False for anything else, which the parser reads.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> number, out double value)
    {
        value = 0;
        if (!PlainNumbers.TrySplit(number, out var digits, out var scale, out var negative) || digits > 1UL << 53 || scale >= PowersOfTen.Length) return false;
        var magnitude = scale == 0 ? (double)digits : digits / PowersOfTen[scale];
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
