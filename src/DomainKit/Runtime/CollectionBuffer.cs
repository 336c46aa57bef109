// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DomainKit.Runtime;

/// <summary>
/// Collects the items of a JSON array or object — the first eight in place, more in a pooled array — then hands them
/// to a value collection. Most collections in documents are short, so most never touch the pool (or clear an array).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct CollectionBuffer<T>
{
    private const int InPlace = 8;

    private EightItems _first;
    private T[]? _items;
    private int _count;

    public void Add(T item)
    {
        if (_items is null)
        {
            if (_count < InPlace)
            {
                _first[_count++] = item;
                return;
            }
            _items = ArrayPool<T>.Shared.Rent(InPlace * 2);
            ((ReadOnlySpan<T>)_first).CopyTo(_items);
        }
        else if (_count == _items.Length)
        {
            Grow();
        }
        _items[_count++] = item;
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(_items!.Length * 2);
        Array.Copy(_items, larger, _count);
        Return();
        _items = larger;
    }

    [UnscopedRef]
    internal ReadOnlySpan<T> Items => _items is null ? ((ReadOnlySpan<T>)_first).Slice(0, _count) : _items.AsSpan(0, _count);

    [InlineArray(InPlace)]
    private struct EightItems
    {
        private T _item;
    }

    public ValueList<T> ToValueList()
    {
        if (_count == 0) return default;
        if (_items is not null)
        {
            var list = new ValueList<T>(_items.AsSpan(0, _count).ToArray());
            Return();
            return list;
        }
        // Item by item: for a few items, cheaper than a bulk copy of references, which marks cards afterwards.
        var items = new T[_count];
        var copy = items.AsSpan();
        for (var i = 0; i < copy.Length; i++) copy[i] = _first[i];
        return new ValueList<T>(items);
    }

    public ValueSet<T> ToValueSet()
    {
        var set = ValueSet.Create(Items);
        Return();
        return set;
    }

    /// <summary>Gives the pooled array, if any, back; the items are gone.</summary>
    internal void Return()
    {
        if (_items is not null) ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = null;
    }
}

/// <summary>Collects the entries of a JSON object read as a map; reports a repeated key instead of throwing.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct MapBuffer<TValue>
{
    // Up to this many entries an insertion sort into the map's own arrays beats sorting a copy.
    private const int InsertionSortLimit = 16;

    private CollectionBuffer<KeyValuePair<string, TValue>> _entries;
    private int _count;

    public void Add(string key, TValue value)
    {
        _entries.Add(new KeyValuePair<string, TValue>(key, value));
        _count++;
    }

    /// <summary>The map; a repeated key keeps its first value and is reported as <c>unique</c> at the key's path.</summary>
    public ValueMap<TValue> ToValueMap(JsonReadContext context)
    {
        if (_count == 0) return default;
        return _count <= InsertionSortLimit ? ToSmallMap(context) : ToLargeMap(context);
    }

    // Apart from ToValueMap: the sort's lambda captures the entries, and C# allocates a capture at the start of its scope.
    private ValueMap<TValue> ToLargeMap(JsonReadContext context)
    {
        // Sorted by key, then by position, so that of a repeated key the first is kept.
        var entries = _entries.Items.ToArray();
        _entries.Return();
        var order = new int[entries.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(entries[a].Key, entries[b].Key) is var byKey and not 0 ? byKey : a.CompareTo(b));
        var keys = new string[entries.Length];
        var values = new TValue[entries.Length];
        var count = 0;
        foreach (var position in order)
        {
            var (key, value) = entries[position];
            if (count > 0 && string.Equals(keys[count - 1], key, StringComparison.Ordinal))
            {
                RepeatedKey(context, key);
                continue;
            }
            keys[count] = key;
            values[count++] = value;
        }
        return Trimmed(keys, values, count);
    }

    private ValueMap<TValue> ToSmallMap(JsonReadContext context)
    {
        var entries = _entries.Items;
        var keys = new string[entries.Length];
        var values = new TValue[entries.Length];
        var count = 0;
        foreach (var entry in entries)
        {
            var at = count;
            while (at > 0 && string.CompareOrdinal(keys[at - 1], entry.Key) > 0) at--;
            if (at > 0 && string.Equals(keys[at - 1], entry.Key, StringComparison.Ordinal))
            {
                RepeatedKey(context, entry.Key);
                continue;
            }
            for (var move = count; move > at; move--)
            {
                keys[move] = keys[move - 1];
                values[move] = values[move - 1];
            }
            keys[at] = entry.Key;
            values[at] = entry.Value;
            count++;
        }
        _entries.Return();
        return Trimmed(keys, values, count);
    }

    private static ValueMap<TValue> Trimmed(string[] keys, TValue[] values, int count)
    {
        if (count < keys.Length)
        {
            Array.Resize(ref keys, count);
            Array.Resize(ref values, count);
        }
        return new ValueMap<TValue>(keys, values);
    }

    private static void RepeatedKey(JsonReadContext context, string key)
    {
        context.Push(key);
        context.Error("unique", $"Key '{key}' appears more than once.");
        context.Pop();
    }
}
