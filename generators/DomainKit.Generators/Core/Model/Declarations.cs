namespace DomainKit.Generators.Core.Model;

// What the parser reads out of one YAML file: names and raw values with their positions,
// nothing resolved or checked yet.

internal enum TypeKind
{
    Record,
    Enum,
    Value,
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

internal sealed record ConstraintDeclaration(string Key, Scalar Value, SourceSpan KeySpan);

/// <summary>A type scalar parsed: its expression, or why it is malformed and where (an offset inside the scalar).</summary>
internal sealed record ParsedType(TypeExpression? Expression, string? Error, int ErrorOffset);

/// <summary>A record field, or the primitive a value type wraps.</summary>
internal sealed record FieldDeclaration(
    Scalar Name,
    Scalar Type,
    ParsedType ParsedType,
    string? Doc,
    DefaultDeclaration? Default,
    Deprecation? Deprecated,
    Scalar? JsonName,
    EquatableArray<ConstraintDeclaration> Constraints);

internal sealed record EnumMemberDeclaration(Scalar Name, string? Doc);

internal sealed record TypeDeclaration(
    Scalar Name,
    TypeKind Kind,
    string? Doc,
    Deprecation? Deprecated,
    EquatableArray<FieldDeclaration> Fields,
    EquatableArray<EnumMemberDeclaration> Members,
    FieldDeclaration? Wrapped);

internal sealed record ParsedSchema(
    string FilePath,
    Scalar? Namespace,
    bool UnknownFieldsError,
    EquatableArray<TypeDeclaration> Types,
    EquatableArray<Diagnostics.SchemaDiagnostic> Diagnostics);
