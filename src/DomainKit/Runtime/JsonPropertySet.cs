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
    private readonly byte[][] _names;
    private readonly int[] _buckets;

    /// <param name="typeName">The record's schema name, for messages.</param>
    /// <param name="unknownFieldsError">Whether an unknown property is an error (<c>unknownFields: error</c>) rather than skipped.</param>
    /// <param name="wireNames">The properties' wire names, in declaration order.</param>
    /// <param name="required">For each property, whether it must be present.</param>
    public JsonPropertySet(string typeName, bool unknownFieldsError, string[] wireNames, bool[] required)
    {
        TypeName = typeName;
        UnknownFieldsError = unknownFieldsError;
        WireNames = wireNames;
        Required = required;
        _names = Array.ConvertAll(wireNames, Encoding.UTF8.GetBytes);
        _buckets = new int[Math.Max(4, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(wireNames.Length * 2)))];
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

    public int Count => _names.Length;

    /// <summary>The index of the property named at the reader (a property name token), or -1.</summary>
    public int Find(ref Utf8JsonReader reader, int expected)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence) return Find(reader.ValueSpan, expected);
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[]? rented = null;
        var buffer = length <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = reader.CopyString(buffer);
            return Find(buffer.Slice(0, written), expected);
        }
        catch (InvalidOperationException)
        {
            // An escape that is not valid text (a lone surrogate): no property is named that.
            return -1;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private int Find(ReadOnlySpan<byte> name, int expected)
    {
        if ((uint)expected < (uint)_names.Length && name.SequenceEqual(_names[expected])) return expected;
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
