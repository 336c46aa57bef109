// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.Buffers.Binary;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text;

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

    private readonly Utf8NameTable _names;
    private readonly int[] _targets;
    private readonly byte[]?[] _plainNames;
    private readonly byte[] _required;

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
        _names = new Utf8NameTable([.. wireNames, .. renamedFrom, .. reserved]);
        _targets = new int[_names.Names.Length];
        for (var i = 0; i < _targets.Length; i++)
        {
            _targets[i] = i < wireNames.Length ? i : i < wireNames.Length + renamedFrom.Length ? renamedTargets[i - wireNames.Length] : Reserved;
        }
        _plainNames = Array.ConvertAll(wireNames, static name => IsPlain(name) ? Listed(name) : null);
        _required = Array.ConvertAll(required, static isRequired => isRequired ? (byte)1 : (byte)0);
    }

    // A name whose JSON text is its ASCII bytes between quotes: nothing in it is escaped or must be.
    internal static bool IsPlain(string name)
    {
        foreach (var c in name)
        {
            if (c is '"' or '\\' or < ' ' or > '~') return false;
        }
        return true;
    }

    /// <summary>A plain name's JSON text as it stands after a value in compact JSON: <c>,"name":</c>.</summary>
    internal static byte[] Listed(string plainName) => Encoding.ASCII.GetBytes(",\"" + plainName + "\":");

    public string TypeName { get; }

    public bool UnknownFieldsError { get; }

    public string[] WireNames { get; }

    public bool[] Required { get; }

    public int Count => WireNames.Length;

    /// <summary>The name as the document wrote it, for the path: a property's wire name, or an old name of it.</summary>
    public string NameOf(int slot) => _names.Names[slot];

    /// <summary>The property a slot <c>Find</c> returned reads, or <see cref="Reserved"/>.</summary>
    public int PropertyOf(int slot) => _targets[slot];

    /// <summary>The slot of the name at the reader (a property name token) — a property's index, or an old name or a reserved name past them — or -1.</summary>
    public int Find(ref Utf8Input reader, int expected) => _names.Find(ref reader, expected, LookAhead);

    /// <summary>Property <paramref name="index"/>'s wire name as <see cref="Listed"/> when it is plain ASCII needing no escape; null when it does, or past the last property.</summary>
    internal byte[]? PlainName(int index) => (uint)index < (uint)_plainNames.Length ? _plainNames[index] : null;

    /// <summary>Whether every required property is among <paramref name="seen"/>, eight at a time.</summary>
    internal bool AllRequiredSeen(ReadOnlySpan<bool> seen)
    {
        var seenBytes = MemoryMarshal.AsBytes(seen);
        var i = 0;
        for (; i + sizeof(ulong) <= _required.Length; i += sizeof(ulong))
        {
            if ((BinaryPrimitives.ReadUInt64LittleEndian(_required.AsSpan(i)) & ~BinaryPrimitives.ReadUInt64LittleEndian(seenBytes.Slice(i))) != 0) return false;
        }
        for (; i < _required.Length; i++)
        {
            if (_required[i] > seenBytes[i]) return false;
        }
        return true;
    }
}
