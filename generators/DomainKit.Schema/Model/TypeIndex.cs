using System;
using System.Collections.Generic;

namespace DomainKit.Schema.Model;

// Index stage: which names the compilation's schema files declare, as other files need to know them.

/// <summary>
/// A type one file declares, with where its name stands (to report a name declared twice). Field
/// lists are deliberately absent, so editing a record's fields does not disturb the files that
/// merely refer to it.
/// </summary>
internal sealed record DeclaredName(IndexedType Type, SourceSpan NameSpan);

/// <summary>One declared type as the index holds it: its kind, the primitive a value type wraps, an enum's members; no positions, so moving text leaves it equal.</summary>
internal sealed record IndexedType
{
    public required string Name { get; init; }

    public required TypeKind Kind { get; init; }

    /// <summary>Fully qualified C# name, <c>global::</c> included.</summary>
    public required string FullName { get; init; }

    public required string OwnerFile { get; init; }

    public PrimitiveKind Wrapped { get; init; }

    public EquatableArray<string> EnumMembers { get; init; } = EquatableArray<string>.Empty;

    /// <summary>A keyed record's key field type, as written (what a <c>ref&lt;T&gt;</c> to it holds); null when it has no usable key.</summary>
    public TypeExpression? KeyType { get; init; }
}

/// <summary>Every declared type of the compilation, one per name, sorted by name.</summary>
internal sealed record TypeIndex(EquatableArray<IndexedType> Types)
{
    private Dictionary<string, IndexedType>? _byName;

    public bool TryGet(string name, out IndexedType type)
    {
        _byName ??= BuildLookup();
        return _byName.TryGetValue(name, out type!);
    }

    public IEnumerable<string> Names
    {
        get
        {
            foreach (var type in Types) yield return type.Name;
        }
    }

    private Dictionary<string, IndexedType> BuildLookup()
    {
        var lookup = new Dictionary<string, IndexedType>(StringComparer.Ordinal);
        foreach (var type in Types) lookup[type.Name] = type;
        return lookup;
    }

    public bool Equals(TypeIndex? other) => other is not null && Types.Equals(other.Types);

    public override int GetHashCode() => Types.GetHashCode();
}

/// <summary>The index and the names it rejected (declared twice), kept apart so the checkers depend on the index alone.</summary>
internal sealed record TypeIndexResult(TypeIndex Index, EquatableArray<Diagnostics.SchemaDiagnostic> Diagnostics);
