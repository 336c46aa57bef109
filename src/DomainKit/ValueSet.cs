using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DomainKit;

/// <summary>Creates <see cref="ValueSet{T}"/> instances; also the collection-expression builder.</summary>
public static class ValueSet
{
    /// <summary>A set of the distinct items of <paramref name="items"/>, in first-seen order.</summary>
    public static ValueSet<T> Create<T>(ReadOnlySpan<T> items)
    {
        if (items.Length <= ValueSet<T>.LinearScanLimit) return CreateSmall(items);
        var seen = new HashSet<T>(items.Length);
        var distinct = new List<T>(items.Length);
        foreach (var item in items)
        {
            if (seen.Add(item)) distinct.Add(item);
        }
        return new ValueSet<T>(distinct.ToArray(), seen);
    }

    // A few items: duplicates found by comparing each with those kept before it, and no hash set to build.
    private static ValueSet<T> CreateSmall<T>(ReadOnlySpan<T> items)
    {
        if (items.IsEmpty) return default;
        var distinct = new T[items.Length];
        var count = 0;
        foreach (var item in items)
        {
            if (System.Array.IndexOf(distinct, item, 0, count) < 0) distinct[count++] = item;
        }
        if (count < distinct.Length) System.Array.Resize(ref distinct, count);
        return new ValueSet<T>(distinct, null);
    }

    /// <summary>A set of the distinct items of <paramref name="items"/>, in first-seen order.</summary>
    public static ValueSet<T> From<T>(IEnumerable<T> items) => Create<T>(new List<T>(items).ToArray());
}

/// <summary>
/// An immutable set that compares by value, ignoring order. Items keep the order in which they were
/// first given, so iteration and serialization are deterministic. <c>default</c> is the empty set.
/// </summary>
[CollectionBuilder(typeof(ValueSet), nameof(ValueSet.Create))]
public readonly struct ValueSet<T> : IReadOnlySet<T>, IEquatable<ValueSet<T>>
{
    // Up to this many items a linear scan beats hashing; above it, lookups go through the hash set.
    internal const int LinearScanLimit = 8;

    private readonly T[]? _items;
    private readonly HashSet<T>? _lookup;

    internal ValueSet(T[] distinctItems, HashSet<T>? lookup)
    {
        _items = distinctItems;
        _lookup = distinctItems.Length > LinearScanLimit ? lookup : null;
    }

    /// <summary>The empty set.</summary>
    public static ValueSet<T> Empty => default;

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the set has no items.</summary>
    public bool IsEmpty => Count == 0;

    private T[] Items => _items ?? Array.Empty<T>();

    /// <summary>Whether the set holds <paramref name="item"/>: a hash lookup on sets of more than a few items.</summary>
    public bool Contains(T item) => _lookup?.Contains(item) ?? Array.IndexOf(Items, item) >= 0;

    /// <summary>The items as a span, in first-seen order, without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => Items;

    /// <summary>An allocation-free enumerator.</summary>
    public ArrayEnumerator<T> GetEnumerator() => new(Items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    /// <summary>Equal when both hold the same items, in any order; allocates nothing.</summary>
    public bool Equals(ValueSet<T> other)
    {
        if (Count != other.Count) return false;
        if (SequenceEquality.Equal(Items, other.Items)) return true;
        foreach (var item in Items)
        {
            if (!other.Contains(item)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueSet<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => SequenceEquality.UnorderedHash(Items);

    /// <inheritdoc />
    public bool SetEquals(IEnumerable<T> other) => other is ValueSet<T> set ? Equals(set) : IsSubsetOf(other) && IsSupersetOf(other);

    /// <inheritdoc />
    public bool IsSubsetOf(IEnumerable<T> other) => CountShared(other, out _) == Count;

    /// <inheritdoc />
    public bool IsProperSubsetOf(IEnumerable<T> other) => CountShared(other, out var otherHasMore) == Count && otherHasMore;

    /// <inheritdoc />
    public bool IsSupersetOf(IEnumerable<T> other)
    {
        foreach (var item in other)
        {
            if (!Contains(item)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public bool IsProperSupersetOf(IEnumerable<T> other) => IsSupersetOf(other) && CountShared(other, out _) < Count;

    /// <inheritdoc />
    public bool Overlaps(IEnumerable<T> other)
    {
        foreach (var item in other)
        {
            if (Contains(item)) return true;
        }
        return false;
    }

    /// <summary>How many of this set's items <paramref name="other"/> holds; <paramref name="otherHasMore"/>: whether it also holds one this set lacks.</summary>
    private int CountShared(IEnumerable<T> other, out bool otherHasMore)
    {
        otherHasMore = false;
        var shared = new HashSet<T>();
        foreach (var item in other)
        {
            if (Contains(item)) shared.Add(item);
            else otherHasMore = true;
        }
        return shared.Count;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(ValueSet<T> left, ValueSet<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ValueSet<T> left, ValueSet<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => SequenceEquality.Format(Items);
}
