using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DomainKit.Runtime;

/// <summary>
/// Where a JSON value ends, found by looking at quotes, backslashes and brackets only: not a check that the text is
/// JSON. Strict reading comes after, by <see cref="Utf8Input"/>, of what these boundaries enclose.
/// </summary>
internal static class JsonBoundaries
{
    /// <summary><see cref="ContainerEnd"/>'s answer when brackets nest deeper than allowed.</summary>
    public const int TooDeep = -2;

    /// <summary>
    /// The offset just past the object or array starting at <paramref name="at"/>, -1 when the bytes end first, or
    /// <see cref="TooDeep"/>. Looks at 16 bytes at a time for quotes, backslashes and brackets, and at those alone
    /// (brackets inside strings, and a character after a backslash, are passed over).
    /// </summary>
    public static int ContainerEnd(ReadOnlySpan<byte> data, int at, int maxDepth)
    {
        var depth = 0;
        var inString = false;
        var skip = -1;
        var block = at;
        ref var origin = ref MemoryMarshal.GetReference(data);
        while (block < data.Length)
        {
            uint specials;
            int width;
            if (Vector128.IsHardwareAccelerated && block + Vector128<byte>.Count <= data.Length)
            {
                var bytes = Vector128.LoadUnsafe(ref origin, (nuint)block);
                var quotes = Vector128.Equals(bytes, Vector128.Create((byte)'"')) | Vector128.Equals(bytes, Vector128.Create((byte)'\\'));
                // '{' 0x7B and '[' 0x5B differ in one bit, as do '}' 0x7D and ']' 0x5D.
                var folded = bytes | Vector128.Create((byte)0x20);
                var brackets = Vector128.Equals(folded, Vector128.Create((byte)'{')) | Vector128.Equals(folded, Vector128.Create((byte)'}'));
                specials = (quotes | brackets).ExtractMostSignificantBits();
                width = Vector128<byte>.Count;
            }
            else
            {
                specials = data[block] is (byte)'"' or (byte)'\\' or (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' ? 1u : 0u;
                width = 1;
            }
            while (specials != 0)
            {
                var i = block + BitOperations.TrailingZeroCount(specials);
                specials &= specials - 1;
                if (i <= skip) continue;
                switch (data[i])
                {
                    case (byte)'\\':
                        if (inString) skip = i + 1;
                        break;
                    case (byte)'"':
                        inString = !inString;
                        break;
                    case (byte)'{' or (byte)'[':
                        if (inString) break;
                        if (++depth > maxDepth) return TooDeep;
                        break;
                    case (byte)'}' or (byte)']':
                        if (inString) break;
                        if (--depth == 0) return i + 1;
                        break;
                }
            }
            block += width;
        }
        return -1;
    }

    /// <summary>The offset just past the string whose opening quote is at <paramref name="quote"/>; -1 when the bytes end first.</summary>
    public static int StringEnd(ReadOnlySpan<byte> data, int quote)
    {
        for (var i = quote + 1; i < data.Length; i++)
        {
            var next = data.Slice(i).IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0) return -1;
            i += next;
            if (data[i] == (byte)'"') return i + 1;
            i++;
        }
        return -1;
    }
}
