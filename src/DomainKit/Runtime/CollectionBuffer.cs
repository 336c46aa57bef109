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
    private ReadOnlySpan<T> Items => _items is null ? ((ReadOnlySpan<T>)_first).Slice(0, _count) : _items.AsSpan(0, _count);

    [InlineArray(InPlace)]
    private struct EightItems
    {
        private T _item;
    }

    public ValueList<T> ToValueList()
    {
        var list = _count == 0 ? default : new ValueList<T>(Items.ToArray());
        Return();
        return list;
    }

    public ValueSet<T> ToValueSet()
    {
        var set = ValueSet.Create(Items);
        Return();
        return set;
    }

    private void Return()
    {
        if (_items is not null) ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = null;
    }
}

/// <summary>Collects the entries of a JSON object read as a map; reports a repeated key instead of throwing.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct MapBuffer<TValue>
{
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
        var list = _entries.ToValueList();
        if (_count == 0) return default;
        var entries = list.UnsafeArray;
        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var distinct = new List<KeyValuePair<string, TValue>>(entries.Length);
        foreach (var entry in entries)
        {
            if (distinct.Count > 0 && string.Equals(distinct[distinct.Count - 1].Key, entry.Key, StringComparison.Ordinal))
            {
                context.Push(entry.Key);
                context.Error("unique", $"Key '{entry.Key}' appears more than once.");
                context.Pop();
                continue;
            }
            distinct.Add(entry);
        }
        return ValueMap.Create<TValue>(distinct.ToArray());
    }
}
