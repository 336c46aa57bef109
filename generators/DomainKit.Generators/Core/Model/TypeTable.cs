using System;
using System.Collections.Generic;

namespace DomainKit.Generators.Core.Model;

/// <summary>
/// What one file declares, as other files need to know it: names and kinds, the primitive a value
/// type wraps, an enum's members. Field lists are deliberately absent, so editing a record's fields
/// does not disturb the files that merely refer to it.
/// </summary>
internal sealed record DeclaredType(
    string Name,
    TypeKind Kind,
    string Namespace,
    string FilePath,
    SourceSpan NameSpan,
    PrimitiveKind Wrapped,
    EquatableArray<string> EnumMembers);

internal sealed record TypeEntry(
    string Name,
    TypeKind Kind,
    string FullName,
    string OwnerFile,
    PrimitiveKind Wrapped,
    EquatableArray<string> EnumMembers);

/// <summary>Every declared type of the compilation, one entry per name, sorted by name.</summary>
internal sealed record TypeTable(EquatableArray<TypeEntry> Entries)
{
    private Dictionary<string, TypeEntry>? _byName;

    public bool TryGet(string name, out TypeEntry entry)
    {
        _byName ??= BuildLookup();
        return _byName.TryGetValue(name, out entry!);
    }

    public IEnumerable<string> Names
    {
        get
        {
            foreach (var entry in Entries) yield return entry.Name;
        }
    }

    private Dictionary<string, TypeEntry> BuildLookup()
    {
        var lookup = new Dictionary<string, TypeEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries) lookup[entry.Name] = entry;
        return lookup;
    }

    public bool Equals(TypeTable? other) => other is not null && Entries.Equals(other.Entries);

    public override int GetHashCode() => Entries.GetHashCode();
}

internal sealed record TypeIndex(TypeTable Table, EquatableArray<Diagnostics.SchemaDiagnostic> Diagnostics);
