namespace DomainKit.LanguageServer.Protocol;

// The LSP 3.17 structures the server uses, as plain records (camelCase on the wire, nulls left out).

internal sealed record Position(int Line, int Character);

internal sealed record Range(Position Start, Position End);

internal sealed record Location(string Uri, Range Range);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

internal sealed record WorkspaceFolder(string Uri, string Name);

internal sealed record MessageParams(int Type, string Message);
