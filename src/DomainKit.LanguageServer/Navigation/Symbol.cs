namespace DomainKit.LanguageServer.Navigation;

internal enum SymbolKind
{
    Type,
    Field,
    EnumMember,
    Variant,
}

/// <summary>
/// What a name in a schema stands for. <c>Owner</c> is the type for fields, members and variants (a variant's own
/// fields: <c>Union/Variant</c>); empty for a type.
/// </summary>
internal sealed record Symbol(SymbolKind Kind, string Owner, string Name)
{
    public static Symbol Type(string name) => new(SymbolKind.Type, "", name);

    public string Display => Owner.Length == 0 ? Name : Owner + "." + Name;
}

/// <summary>One place a symbol's name is written: where it is declared, or where it is used.</summary>
internal sealed record Occurrence(Symbol Symbol, SourceSpan Span, bool IsDeclaration)
{
    public bool Contains(string path, int line, int character) =>
        string.Equals(Span.FilePath, path, StringComparison.Ordinal)
        && (line, character).CompareTo((Span.StartLine, Span.StartColumn)) >= 0
        && (line, character).CompareTo((Span.EndLine, Span.EndColumn)) <= 0;
}
