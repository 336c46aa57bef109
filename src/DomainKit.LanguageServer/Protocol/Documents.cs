namespace DomainKit.LanguageServer.Protocol;

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>A change: the text of <c>Range</c> replaced, or (no range) the whole document.</summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

/// <summary><c>Type</c>: 1 created, 2 changed, 3 deleted.</summary>
internal sealed record FileEvent(string Uri, int Type);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

/// <summary><c>Severity</c>: 1 error, 2 warning.</summary>
internal sealed record LspDiagnostic(Range Range, int Severity, string Code, CodeDescription CodeDescription, string Source, string Message);

internal sealed record CodeDescription(string Href);
