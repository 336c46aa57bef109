using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DomainKit;

/// <summary>Creates <see cref="ValueMap{TValue}"/> instances; also the collection-expression builder.</summary>
public static class ValueMap
{
    /// <summary>A map of the given entries; throws <see cref="ArgumentException"/> on a repeated key.</summary>
    public static ValueMap<TValue> Create<TValue>(ReadOnlySpan<KeyValuePair<string, TValue>> entries)
    {
        var sorted = entries.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var keys = new string[sorted.Length];
        var values = new TValue[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = sorted[i].Key ?? throw new ArgumentException("A map key cannot be null.", nameof(entries));
            values[i] = sorted[i].Value;
            if (i > 0 && string.Equals(keys[i - 1], keys[i], StringComparison.Ordinal))
                throw new ArgumentException($"The key '{keys[i]}' appears more than once.", nameof(entries));
        }
        return new ValueMap<TValue>(keys, values);
    }

    /// <summary>A map of the given entries; throws <see cref="ArgumentException"/> on a repeated key.</summary>
    public static ValueMap<TValue> From<TValue>(IEnumerable<KeyValuePair<string, TValue>> entries) =>
        Create<TValue>(new List<KeyValuePair<string, TValue>>(entries).ToArray());
}

/// <summary>
/// An immutable map with string keys that compares by value. Keys iterate in ordinal order, so
/// iteration and serialization are deterministic. <c>default</c> is the empty map.
/// </summary>
[CollectionBuilder(typeof(ValueMap), nameof(ValueMap.Create))]
public readonly struct ValueMap<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<ValueMap<TValue>>
{
    private readonly string[]? _keys;
    private readonly TValue[]? _values;

    internal ValueMap(string[] sortedKeys, TValue[] values)
    {
        _keys = sortedKeys;
        _values = values;
    }

    /// <summary>The empty map.</summary>
    public static ValueMap<TValue> Empty => default;

    private string[] KeyArray => _keys ?? Array.Empty<string>();

    private TValue[] ValueArray => _values ?? Array.Empty<TValue>();

    /// <inheritdoc />
    public int Count => KeyArray.Length;

    /// <summary>The keys, in ordinal order.</summary>
    public IEnumerable<string> Keys => KeyArray;

    /// <summary>The values, in key order.</summary>
    public IEnumerable<TValue> Values => ValueArray;

    /// <summary>The keys as a span, in ordinal order.</summary>
    public ReadOnlySpan<string> KeySpan => KeyArray;

    /// <summary>The values as a span, in key order.</summary>
    public ReadOnlySpan<TValue> ValueSpan => ValueArray;

    /// <inheritdoc />
    public TValue this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the map.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? ValueArray[index] : default!;
        return index >= 0;
    }

    private int IndexOf(string key)
    {
        int low = 0, high = KeyArray.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(KeyArray[mid], key);
            if (order == 0) return mid;
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        return -1;
    }

    /// <summary>Whether the map has no entries.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>An allocation-free enumerator over the entries, in key order.</summary>
    public Enumerator GetEnumerator() => new(KeyArray, ValueArray);

    IEnumerator<KeyValuePair<string, TValue>> IEnumerable<KeyValuePair<string, TValue>>.GetEnumerator() => Boxed();

    IEnumerator IEnumerable.GetEnumerator() => Boxed();

    private IEnumerator<KeyValuePair<string, TValue>> Boxed()
    {
        for (var i = 0; i < KeyArray.Length; i++) yield return new KeyValuePair<string, TValue>(KeyArray[i], ValueArray[i]);
    }

    /// <summary>Enumerates a <see cref="ValueMap{TValue}"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly string[] _keys;
        private readonly TValue[] _values;
        private int _index;

        internal Enumerator(string[] keys, TValue[] values)
        {
            _keys = keys;
            _values = values;
            _index = -1;
        }

        /// <summary>The current entry.</summary>
        public readonly KeyValuePair<string, TValue> Current => new(_keys[_index], _values[_index]);

        /// <summary>Advances to the next entry.</summary>
        public bool MoveNext() => ++_index < _keys.Length;
    }

    /// <inheritdoc />
    public bool Equals(ValueMap<TValue> other) =>
        SequenceEquality.Equal(KeyArray, other.KeyArray) && SequenceEquality.Equal(ValueArray, other.ValueArray);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueMap<TValue> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(SequenceEquality.OrderedHash(KeyArray), SequenceEquality.OrderedHash(ValueArray));

    /// <summary>Value equality.</summary>
    public static bool operator ==(ValueMap<TValue> left, ValueMap<TValue> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ValueMap<TValue> left, ValueMap<TValue> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new string[Count];
        for (var i = 0; i < parts.Length; i++) parts[i] = KeyArray[i] + ": " + ValueArray[i];
        return "{" + string.Join(", ", parts) + "}";
    }
}
