namespace DomainKit.LanguageServer.Protocol;

internal sealed record InitializeParams(int? ProcessId, string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record ServerCapabilities
{
    public TextDocumentSyncOptions TextDocumentSync { get; init; } = new(true, 2, new SaveOptions(false));

    public CompletionOptions CompletionProvider { get; init; } = new([".", "<", " ", ":", "("], false);

    public bool HoverProvider { get; init; } = true;

    public bool DefinitionProvider { get; init; } = true;

    public bool ReferencesProvider { get; init; } = true;

    public bool DocumentHighlightProvider { get; init; } = true;

    public RenameOptions RenameProvider { get; init; } = new(true);

    public CodeActionOptions CodeActionProvider { get; init; } = new(["quickfix"]);

    public bool DocumentSymbolProvider { get; init; } = true;

    public bool WorkspaceSymbolProvider { get; init; } = true;

    public bool FoldingRangeProvider { get; init; } = true;

    public SemanticTokensOptions SemanticTokensProvider { get; init; } = new(SemanticTokensLegend.Instance, true);
}

/// <summary><c>change</c>: 2, incremental.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

internal sealed record SaveOptions(bool IncludeText);

internal sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

internal sealed record RenameOptions(bool PrepareProvider);

internal sealed record CodeActionOptions(string[] CodeActionKinds);

internal sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

internal sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers)
{
    public static readonly SemanticTokensLegend Instance = new(SemanticTokenTypes.All, []);
}

/// <summary>The token types of rule expressions, in legend order.</summary>
internal static class SemanticTokenTypes
{
    public static readonly string[] All = ["property", "variable", "function", "enumMember", "type", "number", "string", "keyword", "operator"];

    public static int IndexOf(string type) => Array.IndexOf(All, type);
}
