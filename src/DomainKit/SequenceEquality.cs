using System;
using System.Collections.Generic;

namespace DomainKit;

internal static class SequenceEquality
{
    public static bool Equal<T>(T[] left, T[] right)
    {
        if (ReferenceEquals(left, right)) return true;
        if (left.Length != right.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i])) return false;
        }
        return true;
    }

    public static int OrderedHash<T>(T[] items)
    {
        var hash = new HashCode();
        foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }

    public static int UnorderedHash<T>(T[] items)
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = items.Length;
        foreach (var item in items) hash += item is null ? 0 : comparer.GetHashCode(item);
        return hash;
    }

    public static string Format<T>(T[] items) => "[" + string.Join(", ", items) + "]";
}
