
namespace DomainKit.Schema.Evolution;

/// <summary>A type of the baseline schemas, with what its file says that the check needs.</summary>
internal sealed record BaselineType(TypeDeclaration Declaration, string FilePath, bool UnknownFieldsError)
{
    public string Name => Declaration.Name.Text;
}

/// <summary>
/// What a field's type name stands for on the wire: a value type is its primitive; a renamed type is the type
/// it was. One per declared type, on either side.
/// </summary>
internal sealed record TypeForm(string Name, TypeKind Kind, string? Wrapped, EquatableArray<string> RenamedFrom);

/// <summary>All baseline files, read: their types, their type forms, and the files that could not be read.</summary>
internal sealed record Baseline
{
    public EquatableArray<BaselineType> Types { get; init; } = EquatableArray<BaselineType>.Empty;

    public EquatableArray<TypeForm> Forms { get; init; } = EquatableArray<TypeForm>.Empty;

    public EquatableArray<Diagnostics.SchemaDiagnostic> Diagnostics { get; init; } = EquatableArray<Diagnostics.SchemaDiagnostic>.Empty;
}

/// <summary>The part of the baseline one current file is compared with: the types it matches, and every baseline type's form.</summary>
internal sealed record BaselineSlice(EquatableArray<BaselineType> Types, EquatableArray<TypeForm> Forms)
{
    public static readonly BaselineSlice Empty = new(EquatableArray<BaselineType>.Empty, EquatableArray<TypeForm>.Empty);
}
