// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// The properties of one generated record, as its reader looks them up: wire names as UTF-8, which are
/// required, and what to do with an unknown one. A lookup tries the property after the previous one
/// first (documents usually keep the declared order), then a hash table, so a record of many fields
/// does not cost a scan of all their names per property.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonPropertySet
{
    /// <summary><c>Find</c>'s answer for a reserved name: known, skipped silently.</summary>
    public const int Reserved = -2;

    // Names tried in declared order before the table: the expected one and the optional ones a writer may have left out.
    private const int LookAhead = 3;

    private readonly byte[][] _names;
    private readonly string[] _slotNames;
    private readonly int[] _targets;
    private readonly int[] _buckets;

    /// <param name="typeName">The record's schema name, for messages.</param>
    /// <param name="unknownFieldsError">Whether an unknown property is an error (<c>unknownFields: error</c>) rather than skipped.</param>
    /// <param name="wireNames">The properties' wire names, in declaration order.</param>
    /// <param name="required">For each property, whether it must be present.</param>
    public JsonPropertySet(string typeName, bool unknownFieldsError, string[] wireNames, bool[] required)
        : this(typeName, unknownFieldsError, wireNames, required, Array.Empty<string>(), Array.Empty<int>(), Array.Empty<string>())
    {
    }

    /// <param name="typeName">The record's schema name, for messages.</param>
    /// <param name="unknownFieldsError">Whether an unknown property is an error (<c>unknownFields: error</c>) rather than skipped.</param>
    /// <param name="wireNames">The properties' wire names, in declaration order.</param>
    /// <param name="required">For each property, whether it must be present.</param>
    /// <param name="renamedFrom">Old wire names (<c>renamedFrom</c>), read as the property <paramref name="renamedTargets"/> names.</param>
    /// <param name="renamedTargets">For each old name, the index of its property.</param>
    /// <param name="reserved">Wire names skipped silently, even when unknown properties are errors.</param>
    public JsonPropertySet(string typeName, bool unknownFieldsError, string[] wireNames, bool[] required, string[] renamedFrom, int[] renamedTargets, string[] reserved)
    {
        TypeName = typeName;
        UnknownFieldsError = unknownFieldsError;
        WireNames = wireNames;
        Required = required;
        _slotNames = [.. wireNames, .. renamedFrom, .. reserved];
        _targets = new int[_slotNames.Length];
        for (var i = 0; i < _targets.Length; i++)
        {
            _targets[i] = i < wireNames.Length ? i : i < wireNames.Length + renamedFrom.Length ? renamedTargets[i - wireNames.Length] : Reserved;
        }
        _names = Array.ConvertAll(_slotNames, Encoding.UTF8.GetBytes);
        _buckets = new int[Math.Max(4, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(_names.Length * 2)))];
        for (var i = 0; i < _names.Length; i++)
        {
            var slot = Hash(_names[i]) & (_buckets.Length - 1);
            while (_buckets[slot] != 0) slot = (slot + 1) & (_buckets.Length - 1);
            _buckets[slot] = i + 1;
        }
    }

    public string TypeName { get; }

    public bool UnknownFieldsError { get; }

    public string[] WireNames { get; }

    public bool[] Required { get; }

    public int Count => WireNames.Length;

    /// <summary>The name as the document wrote it, for the path: a property's wire name, or an old name of it.</summary>
    public string NameOf(int slot) => _slotNames[slot];

    /// <summary>The property a slot <c>Find</c> returned reads, or <see cref="Reserved"/>.</summary>
    public int PropertyOf(int slot) => _targets[slot];

    /// <summary>The slot of the name at the reader (a property name token) — a property's index, or an old name or a reserved name past them — or -1.</summary>
    public int Find(ref Utf8Input reader, int expected)
    {
        if (!reader.ValueIsEscaped) return Find(reader.ValueSpan, expected);
        var length = reader.ValueSpan.Length;
        byte[]? rented = null;
        var buffer = length <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = reader.CopyUnescaped(buffer);
        var slot = written < 0 ? -1 : Find(buffer.Slice(0, written), expected);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return slot;
    }

    private int Find(ReadOnlySpan<byte> name, int expected)
    {
        for (var next = expected; next < expected + LookAhead && next < WireNames.Length; next++)
        {
            if (name.SequenceEqual(_names[next])) return next;
        }
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
