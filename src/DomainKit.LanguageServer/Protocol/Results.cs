namespace DomainKit.LanguageServer.Protocol;

internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary><c>Kind</c>: LSP's CompletionItemKind (5 field, 7 class, 10 property, 13 enum, 14 keyword, 20 enum member, 3 function, 6 variable, 25 type parameter).</summary>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation)
{
    public string? InsertText { get; init; }

    public string? SortText { get; init; }

    public TextEdit? TextEdit { get; init; }
}

internal sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary><c>Kind</c>: 1 text, 2 read, 3 write.</summary>
internal sealed record DocumentHighlight(Range Range, int Kind);

internal sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, WorkspaceEdit Edit, bool IsPreferred);

/// <summary><c>Kind</c>: LSP's SymbolKind (5 class, 8 field, 10 enum, 22 enum member, 23 struct, 11 interface).</summary>
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

internal sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

internal sealed record FoldingRange(int StartLine, int EndLine);

internal sealed record SemanticTokens(int[] Data);
