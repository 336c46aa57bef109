using System;

namespace DomainKit.Runtime;

/// <summary>
/// Numbers in their plain form — an optional minus, at most 19 digits, an optional fraction, no exponent — read without
/// the general parser, to exactly what it would give. False for any other form, which the general parser then reads.
/// </summary>
internal static class PlainNumbers
{
    /// <summary>The number's digits as a whole number, how many of them follow the point, and its sign.</summary>
    public static bool TrySplit(ReadOnlySpan<byte> number, out ulong digits, out int scale, out bool negative)
    {
        digits = 0;
        scale = 0;
        negative = !number.IsEmpty && number[0] == (byte)'-';
        var count = 0;
        var inFraction = false;
        for (var at = negative ? 1 : 0; at < number.Length; at++)
        {
            if (number[at] == (byte)'.' && !inFraction && count > 0)
            {
                inFraction = true;
                continue;
            }
            var digit = (uint)(number[at] - '0');
            if (digit > 9 || ++count > 19) return false;
            digits = (digits * 10) + digit;
            if (inFraction) scale++;
        }
        return count > 0 && !(inFraction && scale == 0);
    }

    public static bool TryInt64(ReadOnlySpan<byte> number, out long value)
    {
        value = 0;
        if (!TrySplit(number, out var digits, out var scale, out var negative) || scale != 0 || digits > long.MaxValue) return false;
        value = negative ? -(long)digits : (long)digits;
        return true;
    }

    public static bool TryInt32(ReadOnlySpan<byte> number, out int value)
    {
        value = 0;
        if (!TryInt64(number, out var whole) || whole is < int.MinValue or > int.MaxValue) return false;
        value = (int)whole;
        return true;
    }

    /// <summary>The decimal with the number's digits and scale (trailing zeros kept); a negative zero is left to the parser.</summary>
    public static bool TryDecimal(ReadOnlySpan<byte> number, out decimal value)
    {
        value = 0;
        if (!TrySplit(number, out var digits, out var scale, out var negative) || (negative && digits == 0)) return false;
        value = new decimal((int)digits, (int)(digits >> 32), 0, negative, (byte)scale);
        return true;
    }
}
