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
        var seen = new HashSet<T>();
        var distinct = new List<T>(items.Length);
        foreach (var item in items)
        {
            if (seen.Add(item)) distinct.Add(item);
        }
        return new ValueSet<T>(distinct.ToArray());
    }

    /// <summary>A set of the distinct items of <paramref name="items"/>, in first-seen order.</summary>
    public static ValueSet<T> From<T>(IEnumerable<T> items) => Create<T>(new List<T>(items).ToArray());
}

/// <summary>
/// An immutable set that compares by value, ignoring order. Items keep the order in which they were
/// first given, so iteration and serialization are deterministic. <c>default</c> is the empty set.
/// </summary>
[CollectionBuilder(typeof(ValueSet), nameof(ValueSet.Create))]
public readonly struct ValueSet<T> : IReadOnlyCollection<T>, IEquatable<ValueSet<T>>
{
    private readonly T[]? _items;

    internal ValueSet(T[] distinctItems) => _items = distinctItems;

    /// <summary>The empty set.</summary>
    public static ValueSet<T> Empty => default;

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    private T[] Items => _items ?? Array.Empty<T>();

    /// <summary>Whether the set holds <paramref name="item"/>.</summary>
    public bool Contains(T item) => Array.IndexOf(Items, item) >= 0;

    /// <summary>The items as a span, in first-seen order, without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => Items;

    /// <summary>An allocation-free enumerator.</summary>
    public ArrayEnumerator<T> GetEnumerator() => new(Items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueSet<T> other)
    {
        if (Count != other.Count) return false;
        if (SequenceEquality.Equal(Items, other.Items)) return true;
        var others = new HashSet<T>(other.Items);
        foreach (var item in Items)
        {
            if (!others.Contains(item)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueSet<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => SequenceEquality.UnorderedHash(Items);

    /// <summary>Value equality.</summary>
    public static bool operator ==(ValueSet<T> left, ValueSet<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ValueSet<T> left, ValueSet<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => SequenceEquality.Format(Items);
}
