using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DomainKit;

/// <summary>Creates <see cref="ValueList{T}"/> instances; also the collection-expression builder.</summary>
public static class ValueList
{
    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>A list holding the items of <paramref name="items"/> in order.</summary>
    public static ValueList<T> From<T>(IEnumerable<T> items) => new(new List<T>(items).ToArray());
}

/// <summary>
/// An immutable list that compares by value, element by element. <c>default</c> is the empty list,
/// so a field of this type is never left uninitialised.
/// </summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? _items;

    internal ValueList(T[] items) => _items = items;

    internal T[] UnsafeArray => Items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the list has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <summary>Whether the list holds <paramref name="item"/>.</summary>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>The index of the first item equal to <paramref name="item"/>, or -1.</summary>
    public int IndexOf(T item) => Array.IndexOf(Items, item);

    /// <summary>The items as a span, without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => Items;

    private T[] Items => _items ?? Array.Empty<T>();

    /// <summary>An allocation-free enumerator.</summary>
    public ArrayEnumerator<T> GetEnumerator() => new(Items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T> other) => SequenceEquality.Equal(Items, other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => SequenceEquality.OrderedHash(Items);

    /// <summary>Value equality.</summary>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => SequenceEquality.Format(Items);
}
