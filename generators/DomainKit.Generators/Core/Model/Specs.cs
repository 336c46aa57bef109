namespace DomainKit.Generators.Core.Model;

// What the emitter sees: resolved, checked, C#-ready, and free of positions, so that an edit that
// only moves text around leaves these equal and the generated file cached.

internal enum TypeRefKind
{
    Primitive,
    Record,
    Enum,
    Value,
    List,
    Set,
    Map,
}

/// <summary>A resolved field type. <c>CSharpType</c> is fully qualified and excludes the trailing <c>?</c>.</summary>
internal sealed record TypeRefSpec(
    TypeRefKind Kind,
    PrimitiveKind Primitive,
    string CSharpType,
    bool Optional,
    TypeRefSpec? Element,
    string? DeclaredName = null)
{
    public string CSharpDeclaration => Optional ? CSharpType + "?" : CSharpType;
}

/// <summary>
/// A checked constraint: <c>Value</c> is its normalised, culture-invariant text (for messages),
/// <c>Literal</c> the same value as a C# expression of the right type.
/// </summary>
internal sealed record ConstraintSpec(string Key, string Value, string Literal);

/// <summary><c>Obsolete</c>: null when not deprecated, else the message (possibly empty).</summary>
internal sealed record PropertySpec(
    string PropertyName,
    string WireName,
    TypeRefSpec Type,
    bool IsRequired,
    string? DefaultExpression,
    string? Doc,
    string? Obsolete,
    EquatableArray<ConstraintSpec> Constraints);

internal sealed record EnumMemberSpec(string Name, string WireName, string? Doc);

internal sealed record TypeSpec(
    string Name,
    string Namespace,
    TypeKind Kind,
    string? Doc,
    string? Obsolete,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<EnumMemberSpec> Members,
    PropertySpec? Wrapped,
    bool UnknownFieldsError)
{
    public string FullName => Namespace.Length == 0 ? "global::" + Name : "global::" + Namespace + "." + Name;

    public string HintName => (Namespace.Length == 0 ? Name : Namespace + "." + Name) + ".g.cs";
}

internal sealed record CheckedSchema(
    string FilePath,
    EquatableArray<TypeSpec> Types,
    EquatableArray<Diagnostics.SchemaDiagnostic> Diagnostics);
