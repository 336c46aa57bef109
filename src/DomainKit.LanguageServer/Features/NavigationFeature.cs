using DomainKit.LanguageServer.Navigation;
using DomainKit.LanguageServer.Workspace;

namespace DomainKit.LanguageServer.Features;

/// <summary>Go to definition, find references and document highlight, over the project's <see cref="SymbolIndex"/>.</summary>
internal static class NavigationFeature
{
    public static Location[] Definition(ProjectView view, string path, Position position) =>
        view.Symbols.At(path, position.Line, position.Character) is { } occurrence
            ? Locations(view.Symbols.Of(occurrence.Symbol).Where(o => o.IsDeclaration))
            : [];

    public static Location[] References(ProjectView view, string path, Position position, bool includeDeclaration) =>
        view.Symbols.At(path, position.Line, position.Character) is { } occurrence
            ? Locations(view.Symbols.Of(occurrence.Symbol).Where(o => includeDeclaration || !o.IsDeclaration))
            : [];

    public static DocumentHighlight[] Highlights(ProjectView view, string path, Position position) =>
        view.Symbols.At(path, position.Line, position.Character) is { } occurrence
            ? view.Symbols.Of(occurrence.Symbol)
                .Where(o => string.Equals(o.Span.FilePath, path, StringComparison.Ordinal))
                .Select(o => new DocumentHighlight(TextLines.RangeOf(o.Span), o.IsDeclaration ? 3 : 2))
                .ToArray()
            : [];

    private static Location[] Locations(IEnumerable<Occurrence> occurrences) => occurrences
        .OrderBy(o => o.Span.FilePath, StringComparer.Ordinal).ThenBy(o => o.Span.StartOffset)
        .Select(o => new Location(DocumentUri.FromPath(o.Span.FilePath), TextLines.RangeOf(o.Span)))
        .ToArray();
}
