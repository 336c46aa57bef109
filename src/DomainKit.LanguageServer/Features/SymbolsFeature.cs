using DomainKit.LanguageServer.Workspace;

namespace DomainKit.LanguageServer.Features;

/// <summary>Document symbols (types, with their fields, members and variants) and workspace symbols (types by name).</summary>
internal static class SymbolsFeature
{
    private const int Class = 5;
    private const int Field = 8;
    private const int Enum = 10;
    private const int EnumMember = 22;
    private const int Struct = 23;
    private const int Interface = 11;

    public static DocumentSymbol[] Document(ProjectView view, string path) =>
        view.Compiled.ParsedAt(path)?.Types.Select(type => TypeSymbol(view.LinesOf(path), type)).ToArray() ?? [];

    public static SymbolInformation[] Workspace(IEnumerable<ProjectView> views, string query) => views
        .SelectMany(view => view.Compiled.Parsed.SelectMany(file => file.Types))
        .Where(type => query.Length == 0 || type.Name.Text.Contains(query, StringComparison.OrdinalIgnoreCase))
        .OrderBy(type => type.Name.Text, StringComparer.Ordinal)
        .Select(type => new SymbolInformation(type.Name.Text, KindOf(type.Kind), new Location(DocumentUri.FromPath(type.Name.Span.FilePath), TextLines.RangeOf(type.Name.Span)), null))
        .ToArray();

    private static DocumentSymbol TypeSymbol(TextLines lines, TypeDeclaration type)
    {
        var children = type.Fields.Select(f => Leaf(f.Name, f.Type.Text, Field))
            .Concat(type.Members.Select(m => Leaf(m.Name, null, EnumMember)))
            .Concat(type.Union?.Variants.Select(v => new DocumentSymbol(v.Name.Text, "variant", Class, Block(lines, v.Name.Span), TextLines.RangeOf(v.Name.Span),
                v.Fields.Select(f => Leaf(f.Name, f.Type.Text, Field)).ToArray())) ?? [])
            .ToArray();
        return new DocumentSymbol(type.Name.Text, type.Kind.ToString().ToLowerInvariant(), KindOf(type.Kind), Block(lines, type.Name.Span), TextLines.RangeOf(type.Name.Span), children);
    }

    private static DocumentSymbol Leaf(Scalar name, string? detail, int kind) =>
        new(name.Text, detail, kind, TextLines.RangeOf(name.Span), TextLines.RangeOf(name.Span), null);

    /// <summary>From a key's line to the last line indented deeper than it: the whole of what the key holds.</summary>
    private static Range Block(TextLines lines, SourceSpan key)
    {
        var end = FoldingFeature.BlockEnd(lines, key.StartLine);
        return new Range(new Position(key.StartLine, 0), new Position(end, lines.Line(end).Length));
    }

    private static int KindOf(TypeKind kind) => kind switch
    {
        TypeKind.Enum => Enum,
        TypeKind.Value => Struct,
        TypeKind.Union => Interface,
        _ => Class,
    };
}
