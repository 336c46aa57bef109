namespace DomainKit.Schema.Model;

// Parse stage: what the parser reads out of one YAML file, as written — names and raw values with
// their positions, nothing resolved or checked yet.

internal enum TypeKind
{
    Record,
    Enum,
    Value,
    Union,
}

/// <summary>A scalar as written in YAML, with where it stands. <c>IsPlain</c>: written without quotes.</summary>
internal sealed record Scalar(string Text, SourceSpan Span, bool IsPlain);

internal enum DefaultKind
{
    Scalar,
    EmptySequence,
    EmptyMapping,
    Other,
}

internal sealed record DefaultDeclaration(DefaultKind Kind, Scalar Value);

/// <summary><c>deprecated: true</c> (no message) or <c>deprecated: "use X"</c>.</summary>
internal sealed record Deprecation(string? Message);

/// <summary>A constraint key and its value as written; <c>Kind</c> is the catalog row the key names.</summary>
internal sealed record ConstraintDeclaration
{
    public required ConstraintKind Kind { get; init; }

    public required Scalar Key { get; init; }

    public required Scalar Value { get; init; }
}

/// <summary>
/// A type as written (<c>list&lt;Consulate&gt;?</c>): its scalar, and the scalar parsed — the expression,
/// or why it is malformed and where (an offset inside the scalar).
/// </summary>
internal sealed record TypeSyntax
{
    public required Scalar Source { get; init; }

    public TypeExpression? Expression { get; init; }

    public string? Error { get; init; }

    public int ErrorOffset { get; init; }

    public string Text => Source.Text;
}

/// <summary>A record field, or the primitive a value type wraps.</summary>
internal sealed record FieldDeclaration
{
    public required Scalar Name { get; init; }

    public required TypeSyntax Type { get; init; }

    public string? Doc { get; init; }

    public DefaultDeclaration? Default { get; init; }

    public Deprecation? Deprecated { get; init; }

    public Scalar? WireNameOverride { get; init; }

    /// <summary>The name on the wire: <c>json:</c>, else the name as written.</summary>
    public string WireName => WireNameOverride?.Text ?? Name.Text;

    /// <summary>Wire names the field had before; readers accept them too.</summary>
    public EquatableArray<Scalar> RenamedFrom { get; init; } = EquatableArray<Scalar>.Empty;

    public EquatableArray<ConstraintDeclaration> Constraints { get; init; } = EquatableArray<ConstraintDeclaration>.Empty;
}

internal sealed record EnumMemberDeclaration(Scalar Name, string? Doc)
{
    /// <summary>Names the member had before; readers accept them too.</summary>
    public EquatableArray<Scalar> RenamedFrom { get; init; } = EquatableArray<Scalar>.Empty;

    public Deprecation? Deprecated { get; init; }
}

internal sealed record TypeDeclaration
{
    public required Scalar Name { get; init; }

    public required TypeKind Kind { get; init; }

    public string? Doc { get; init; }

    public Deprecation? Deprecated { get; init; }

    public EquatableArray<FieldDeclaration> Fields { get; init; } = EquatableArray<FieldDeclaration>.Empty;

    public EquatableArray<EnumMemberDeclaration> Members { get; init; } = EquatableArray<EnumMemberDeclaration>.Empty;

    /// <summary>A value type's wrapped primitive, with the type's constraints; null for records and enums.</summary>
    public FieldDeclaration? Wrapped { get; init; }

    public EquatableArray<RuleDeclaration> Rules { get; init; } = EquatableArray<RuleDeclaration>.Empty;

    /// <summary>Wire names a record (or a union's shared fields) no longer has and must not declare again; readers skip them.</summary>
    public EquatableArray<Scalar> Reserved { get; init; } = EquatableArray<Scalar>.Empty;

    /// <summary>Names the type had before: the compatibility check matches it with a baseline type of such a name.</summary>
    public EquatableArray<Scalar> RenamedFrom { get; init; } = EquatableArray<Scalar>.Empty;

    /// <summary>A record's <c>key:</c>, the field that identifies it (what a <c>ref&lt;T&gt;</c> to it holds).</summary>
    public Scalar? Key { get; init; }

    /// <summary>A union's discriminator and variants; its shared fields are <see cref="Fields"/>, its shared rules <see cref="Rules"/>.</summary>
    public UnionDeclaration? Union { get; init; }
}

internal sealed record UnionDeclaration
{
    /// <summary>The span of the <c>union:</c> key, for problems of the union as a whole.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>Null: the default, <c>kind</c>.</summary>
    public Scalar? Discriminator { get; init; }

    public EquatableArray<VariantDeclaration> Variants { get; init; } = EquatableArray<VariantDeclaration>.Empty;
}

internal sealed record VariantDeclaration
{
    public required Scalar Name { get; init; }

    /// <summary>Null: the wire tag is the name as written.</summary>
    public Scalar? Tag { get; init; }

    /// <summary>The tag on the wire: <c>tag:</c>, else the name as written.</summary>
    public string WireTag => Tag?.Text ?? Name.Text;

    /// <summary>Tags the variant had before; readers accept them too.</summary>
    public EquatableArray<Scalar> RenamedFrom { get; init; } = EquatableArray<Scalar>.Empty;

    /// <summary>Wire names of fields the variant no longer has; readers skip them.</summary>
    public EquatableArray<Scalar> Reserved { get; init; } = EquatableArray<Scalar>.Empty;

    public string? Doc { get; init; }

    public Deprecation? Deprecated { get; init; }

    public EquatableArray<FieldDeclaration> Fields { get; init; } = EquatableArray<FieldDeclaration>.Empty;

    public EquatableArray<RuleDeclaration> Rules { get; init; } = EquatableArray<RuleDeclaration>.Empty;
}

internal sealed record ParsedSchema
{
    public required string FilePath { get; init; }

    public Scalar? Namespace { get; init; }

    public bool UnknownFieldsError { get; init; }

    public EquatableArray<TypeDeclaration> Types { get; init; } = EquatableArray<TypeDeclaration>.Empty;

    public EquatableArray<Diagnostics.SchemaDiagnostic> Diagnostics { get; init; } = EquatableArray<Diagnostics.SchemaDiagnostic>.Empty;
}
