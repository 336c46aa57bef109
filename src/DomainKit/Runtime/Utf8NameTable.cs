using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;

namespace DomainKit.Runtime;

/// <summary>
/// Names as UTF-8 bytes, found by the text of a string or property name at a <see cref="Utf8Input"/>: a record's wire
/// names, a union's tags, an enum's members. A lookup tries the names from an expected one first (documents usually
/// keep the declared order), then an open-addressing hash table; escaped text is unescaped first.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Utf8NameTable
{
    private const int LinearLimit = 8;

    private readonly byte[][] _names;
    private readonly int[] _buckets;

    /// <param name="names">The names; a lookup answers a name's index in this array.</param>
    public Utf8NameTable(string[] names)
    {
        Names = names;
        _names = Array.ConvertAll(names, Encoding.UTF8.GetBytes);
        _buckets = new int[Math.Max(4, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(_names.Length * 2)))];
        for (var i = 0; i < _names.Length; i++)
        {
            var slot = Hash(_names[i]) & (_buckets.Length - 1);
            while (_buckets[slot] != 0) slot = (slot + 1) & (_buckets.Length - 1);
            _buckets[slot] = i + 1;
        }
    }

    /// <summary>The names, as given.</summary>
    public string[] Names { get; }

    /// <summary>
    /// The index of the name at the reader (a string or property name), or -1. Names <paramref name="expected"/> to
    /// <paramref name="expected"/> + <paramref name="lookAhead"/> - 1 are compared before the table is consulted; a
    /// table of 8 names or fewer is not consulted, every name is compared from <paramref name="expected"/> on.
    /// </summary>
    public int Find(ref Utf8Input reader, int expected = 0, int lookAhead = 1) =>
        reader.ValueIsEscaped ? FindEscaped(ref reader, expected, lookAhead) : Find(reader.ValueSpan, expected, lookAhead);

    // An escaped name is unescaped on the stack; apart from Find, which a stack allocation would keep from being inlined.
    private int FindEscaped(ref Utf8Input reader, int expected, int lookAhead)
    {
        var length = reader.ValueSpan.Length;
        byte[]? rented = null;
        var buffer = length <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = reader.CopyUnescaped(buffer);
        var index = written < 0 ? -1 : Find(buffer.Slice(0, written), expected, lookAhead);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return index;
    }

    private int Find(ReadOnlySpan<byte> name, int expected, int lookAhead)
    {
        // A few names: comparing them all (lengths first) costs less than hashing the name.
        if (_names.Length <= LinearLimit) lookAhead = _names.Length;
        for (var i = 0; i < lookAhead && i < _names.Length; i++)
        {
            var next = expected + i < _names.Length ? expected + i : expected + i - _names.Length;
            var candidate = _names[next];
            if (candidate.Length == name.Length && name.SequenceEqual(candidate)) return next;
        }
        if (_names.Length <= LinearLimit) return -1;
        for (var slot = Hash(name) & (_buckets.Length - 1); _buckets[slot] != 0; slot = (slot + 1) & (_buckets.Length - 1))
        {
            var index = _buckets[slot] - 1;
            if (name.SequenceEqual(_names[index])) return index;
        }
        return -1;
    }

    // FNV-1a: names are short, and this needs no seed and no allocation.
    private static int Hash(ReadOnlySpan<byte> name)
    {
        var hash = 2166136261u;
        foreach (var b in name) hash = (hash ^ b) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}
