namespace DomainKit.LanguageServer.Protocol;

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

internal sealed record ReferenceContext(bool IncludeDeclaration);

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

internal sealed record PrepareRenameResult(Range Range, string Placeholder);

internal sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record WorkspaceSymbolParams(string Query);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

internal sealed record CodeActionContext(LspDiagnostic[] Diagnostics);

internal sealed record CancelParams(System.Text.Json.JsonElement Id);
