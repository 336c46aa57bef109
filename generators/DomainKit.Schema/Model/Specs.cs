namespace DomainKit.Schema.Model;

// Check stage output, emit stage input: resolved, checked, C#-ready, and free of positions, so that
// an edit that only moves text around leaves these equal and the generated file cached.

internal enum FieldTypeKind
{
    Primitive,
    Record,
    Enum,
    Value,
    List,
    Set,
    Map,
}

/// <summary>The resolved type of a property or of a collection's items. <c>CSharpType</c> is fully qualified and excludes the trailing <c>?</c>.</summary>
internal sealed record FieldTypeSpec
{
    public required FieldTypeKind Kind { get; init; }

    /// <summary>The primitive itself, or the one a value type wraps; <c>None</c> otherwise.</summary>
    public PrimitiveKind Primitive { get; init; }

    public required string CSharpType { get; init; }

    public bool Optional { get; init; }

    /// <summary>The item type of a list, set or map.</summary>
    public FieldTypeSpec? Element { get; init; }

    /// <summary>The schema name of a declared record, enum or value type.</summary>
    public string? DeclaredName { get; init; }

    /// <summary>For a <c>ref&lt;T&gt;</c>: the fully qualified C# name of T (this type is T's key's).</summary>
    public string? Reference { get; init; }

    /// <summary>Whether this type, or an item type inside it, is a <c>ref&lt;T&gt;</c>; the target's C# name, or null.</summary>
    public string? ReferenceWithin => Reference ?? Element?.ReferenceWithin;

    public string CSharpDeclaration => Optional ? CSharpType + "?" : CSharpType;

    /// <summary>Whether the C# type (optional or not) is a class — a record, <c>string</c> or <c>Uri</c> — rather than a struct.</summary>
    public bool IsReferenceType => Kind == FieldTypeKind.Record || (Kind == FieldTypeKind.Primitive && PrimitiveCatalog.IsReferenceType(Primitive));
}

/// <summary>
/// A checked constraint: <c>Value</c> is its normalised, culture-invariant text (for messages),
/// <c>Literal</c> the same value as a C# expression of the right type.
/// </summary>
internal sealed record ConstraintSpec
{
    public required ConstraintKind Kind { get; init; }

    public required string Value { get; init; }

    public required string Literal { get; init; }

    public ConstraintDefinition Definition => ConstraintCatalog.Get(Kind);
}

internal sealed record PropertySpec
{
    public required string PropertyName { get; init; }

    public required string WireName { get; init; }

    /// <summary>Wire names the field had before (<c>renamedFrom</c>); read as this field, never written.</summary>
    public EquatableArray<string> RenamedFrom { get; init; } = EquatableArray<string>.Empty;

    public required FieldTypeSpec Type { get; init; }

    public bool IsRequired { get; init; }

    /// <summary>The C# initializer of a field with a default.</summary>
    public string? DefaultExpression { get; init; }

    public string? Doc { get; init; }

    /// <summary>Null when not deprecated, else the message (possibly empty).</summary>
    public string? Obsolete { get; init; }

    /// <summary>In catalog order.</summary>
    public EquatableArray<ConstraintSpec> Constraints { get; init; } = EquatableArray<ConstraintSpec>.Empty;
}

internal sealed record EnumMemberSpec
{
    public required string Name { get; init; }

    public required string WireName { get; init; }

    /// <summary>Names the member had before (<c>renamedFrom</c>); read as this member, never written.</summary>
    public EquatableArray<string> RenamedFrom { get; init; } = EquatableArray<string>.Empty;

    public string? Doc { get; init; }

    /// <summary>Null when not deprecated, else the message (possibly empty).</summary>
    public string? Obsolete { get; init; }
}

internal sealed record TypeSpec
{
    public required string Name { get; init; }

    /// <summary>The schema file that declares it (where a bug in its emission is reported).</summary>
    public string SourceFile { get; init; } = "";

    public required string Namespace { get; init; }

    public required TypeKind Kind { get; init; }

    public string? Doc { get; init; }

    public string? Obsolete { get; init; }

    public EquatableArray<PropertySpec> Properties { get; init; } = EquatableArray<PropertySpec>.Empty;

    public EquatableArray<EnumMemberSpec> Members { get; init; } = EquatableArray<EnumMemberSpec>.Empty;

    /// <summary>A value type's <c>Value</c> property.</summary>
    public PropertySpec? Wrapped { get; init; }

    public bool UnknownFieldsError { get; init; }

    /// <summary>Wire names readers skip silently, even under <c>unknownFields: error</c>.</summary>
    public EquatableArray<string> Reserved { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<RuleSpec> Rules { get; init; } = EquatableArray<RuleSpec>.Empty;

    /// <summary>A union's discriminator (its wire name) and variants; its <see cref="Properties"/> and <see cref="Rules"/> are the shared ones.</summary>
    public string? Discriminator { get; init; }

    public EquatableArray<VariantSpec> Variants { get; init; } = EquatableArray<VariantSpec>.Empty;

    public string FullName => Namespace.Length == 0 ? "global::" + Name : "global::" + Namespace + "." + Name;

    public string HintName => (Namespace.Length == 0 ? Name : Namespace + "." + Name) + ".g.cs";
}

/// <summary>One variant of a union: a nested sealed record with its own fields and rules, written with its tag.</summary>
internal sealed record VariantSpec
{
    public required string Name { get; init; }

    public required string Tag { get; init; }

    /// <summary>Tags the variant had before (<c>renamedFrom</c>); read as this variant, never written.</summary>
    public EquatableArray<string> RenamedFrom { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Wire names the variant's reader skips silently: the union's and its own <c>reserved</c>.</summary>
    public EquatableArray<string> Reserved { get; init; } = EquatableArray<string>.Empty;

    public string? Doc { get; init; }

    public string? Obsolete { get; init; }

    public EquatableArray<PropertySpec> Properties { get; init; } = EquatableArray<PropertySpec>.Empty;

    public EquatableArray<RuleSpec> Rules { get; init; } = EquatableArray<RuleSpec>.Empty;
}

internal sealed record CheckedSchema
{
    public required string FilePath { get; init; }

    public EquatableArray<TypeSpec> Types { get; init; } = EquatableArray<TypeSpec>.Empty;

    public EquatableArray<Diagnostics.SchemaDiagnostic> Diagnostics { get; init; } = EquatableArray<Diagnostics.SchemaDiagnostic>.Empty;

    /// <summary>The file with problems of the stages before the check (contained bugs) added to its own.</summary>
    public CheckedSchema WithBugs(EquatableArray<Diagnostics.SchemaDiagnostic> bugs) =>
        bugs.Count == 0 ? this : this with { Diagnostics = EquatableArray.ToEquatableArray(System.Linq.Enumerable.Concat(Diagnostics, bugs)) };
}
