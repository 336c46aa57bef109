using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace DomainKit.Runtime;

/// <summary>Allocation-free checks used by generated <c>Validate()</c> methods.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValidationChecks
{
    /// <summary>Length in Unicode code points: a surrogate pair counts once.</summary>
    public static int CodePointLength(string text)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Whole blocks of eight with no surrogate at all count one each; from the first block that has one, pair by pair.
            ref var origin = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref origin, (nuint)i);
                if (Vector128.LessThan(block - Vector128.Create((ushort)0xD800), Vector128.Create((ushort)0x800)) != Vector128<ushort>.Zero) break;
            }
        }
        var length = text.Length;
        for (; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                length--;
                i++;
            }
        }
        return length;
    }

    /// <summary>Finds an item that occurs twice. Sorts pooled hash codes, so no allocation once the pool is warm.</summary>
    public static bool TryFindDuplicate<T>(ReadOnlySpan<T> items, out T? duplicate)
    {
        duplicate = default;
        if (items.Length < 2) return false;
        var comparer = EqualityComparer<T>.Default;
        if (items.Length <= 8) return FindDuplicateByComparison(items, comparer, out duplicate);
        var hashes = ArrayPool<int>.Shared.Rent(items.Length);
        try
        {
            for (var i = 0; i < items.Length; i++) hashes[i] = items[i] is null ? 0 : comparer.GetHashCode(items[i]!);
            var span = hashes.AsSpan(0, items.Length);
            span.Sort();
            for (var i = 1; i < span.Length; i++)
            {
                // Equal hashes are rare unless there is a real duplicate; confirm the slow way.
                if (span[i] == span[i - 1]) return FindDuplicateByComparison(items, comparer, out duplicate);
            }
            return false;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hashes);
        }
    }

    private static bool FindDuplicateByComparison<T>(ReadOnlySpan<T> items, EqualityComparer<T> comparer, out T? duplicate)
    {
        for (var i = 1; i < items.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (comparer.Equals(items[i], items[j]))
                {
                    duplicate = items[i];
                    return true;
                }
            }
        }
        duplicate = default;
        return false;
    }

    /// <summary>A map key or other segment escaped for an RFC 6901 JSON Pointer (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    public static string EscapePointer(string segment)
    {
        if (segment.IndexOfAny(PointerSpecials) < 0) return segment;
        return new StringBuilder(segment).Replace("~", "~0").Replace("/", "~1").ToString();
    }

    private static readonly char[] PointerSpecials = { '~', '/' };

    /// <summary>A collection index as a JSON Pointer segment.</summary>
    public static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether no item is null: what is left to check of items that are records, which their reader checked.</summary>
    public static bool NoneNull<T>(ReadOnlySpan<T> items) where T : class
    {
        foreach (var item in items)
        {
            if (item is null) return false;
        }
        return true;
    }

    /// <summary>
    /// Validates each item of a list or set of generated records or value types, a null item being
    /// <c>required</c>. Without a sink: whether all are valid, stopping at the first that is not, building
    /// nothing. With one: every item's errors, under <paramref name="path"/>/index.
    /// </summary>
    public static bool EachItem<T>(ReadOnlySpan<T> items, ValidationErrorSink? sink, string path, string name) where T : IJsonDocument<T>
    {
        var valid = true;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            // The type test first: unoptimised (tier-0) code boxes a struct to compare it with null.
            if (!typeof(T).IsValueType && item is null)
            {
                if (sink is null) return false;
                sink.Required(path + "/" + Index(i), name);
                valid = false;
            }
            else if (!item.ValidateCore(sink, sink is null ? "" : path + "/" + Index(i), name))
            {
                if (sink is null) return false;
                valid = false;
            }
        }
        return valid;
    }

    /// <summary>As <see cref="EachItem{T}"/>, for the values of a map, under <paramref name="path"/>/key.</summary>
    public static bool EachValue<T>(ReadOnlySpan<string> keys, ReadOnlySpan<T> values, ValidationErrorSink? sink, string path, string name) where T : IJsonDocument<T>
    {
        var valid = true;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (!typeof(T).IsValueType && value is null)
            {
                if (sink is null) return false;
                sink.Required(path + "/" + EscapePointer(keys[i]), name);
                valid = false;
            }
            else if (!value.ValidateCore(sink, sink is null ? "" : path + "/" + EscapePointer(keys[i]), name))
            {
                if (sink is null) return false;
                valid = false;
            }
        }
        return valid;
    }
}
