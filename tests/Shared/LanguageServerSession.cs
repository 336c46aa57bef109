using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DomainKit.LanguageServer;
using DomainKit.LanguageServer.Features;
using DomainKit.LanguageServer.Protocol;
using DomainKit.LanguageServer.Rpc;
using DomainKit.LanguageServer.Workspace;

namespace DomainKit.Tests.Shared;

/// <summary>
/// The language server in process, spoken to in JSON as a client would (each message serialised and read back), with
/// what it published kept: for protocol tests that need no streams, and for the fuzz run.
/// </summary>
internal sealed class LanguageServerSession
{
    private readonly Dictionary<string, LspDiagnostic[]> _diagnostics = new(StringComparer.Ordinal);
    private int _id;

    public LanguageServerSession(string? root = null, SchemaWorkspace? workspace = null)
    {
        Server = new SchemaLanguageServer(p => _diagnostics[p.Uri] = p.Diagnostics, (_, message) => Logged.Add(message),
            new DiagnosticDocs("docs/diagnostics.md"), workspace);
        Initialized = Request("initialize", new InitializeParams(null, root is null ? null : DocumentUri.FromPath(root), null, null), LspJson.Default.InitializeParams, LspJson.Default.InitializeResult)!;
        Notify("initialized", JsonDocument.Parse("{}").RootElement, LspJson.Default.JsonElement);
    }

    public SchemaLanguageServer Server { get; }

    public InitializeResult Initialized { get; }

    public List<string> Logged { get; } = new();

    public IReadOnlyDictionary<string, LspDiagnostic[]> Published => _diagnostics;

    public LspDiagnostic[] DiagnosticsOf(string path) => _diagnostics.TryGetValue(DocumentUri.FromPath(path), out var list) ? list : [];

    public TResult? Request<TParams, TResult>(string method, TParams parameters, JsonTypeInfo<TParams> input, JsonTypeInfo<TResult> output)
    {
        var result = Server.Handle(new RpcMessage(Id(), method, Serialize(parameters, input)), CancellationToken.None);
        if (result.Write is null) return default;
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) result.Write(writer);
        return JsonSerializer.Deserialize(buffer.ToArray(), output);
    }

    public void Notify<TParams>(string method, TParams parameters, JsonTypeInfo<TParams> input) =>
        Server.Handle(new RpcMessage(null, method, Serialize(parameters, input)), CancellationToken.None);

    public void Open(string path, string text, int version = 1) =>
        Notify("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(DocumentUri.FromPath(path), "yaml", version, text)), LspJson.Default.DidOpenTextDocumentParams);

    public void Change(string path, int version, params TextDocumentContentChangeEvent[] changes) =>
        Notify("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(DocumentUri.FromPath(path), version), changes), LspJson.Default.DidChangeTextDocumentParams);

    public static TextDocumentPositionParams At(string path, int line, int character) =>
        new(new TextDocumentIdentifier(DocumentUri.FromPath(path)), new Position(line, character));

    public CompletionList Completion(string path, int line, int character) =>
        Request("textDocument/completion", At(path, line, character), LspJson.Default.TextDocumentPositionParams, LspJson.Default.CompletionList)!;

    public Hover? Hover(string path, int line, int character) =>
        Request("textDocument/hover", At(path, line, character), LspJson.Default.TextDocumentPositionParams, LspJson.Default.Hover);

    public Location[] Definition(string path, int line, int character) =>
        Request("textDocument/definition", At(path, line, character), LspJson.Default.TextDocumentPositionParams, LspJson.Default.LocationArray) ?? [];

    public Location[] References(string path, int line, int character, bool includeDeclaration = true) =>
        Request("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(DocumentUri.FromPath(path)), new Position(line, character), new ReferenceContext(includeDeclaration)),
            LspJson.Default.ReferenceParams, LspJson.Default.LocationArray) ?? [];

    public WorkspaceEdit? Rename(string path, int line, int character, string newName) =>
        Request("textDocument/rename", new RenameParams(new TextDocumentIdentifier(DocumentUri.FromPath(path)), new Position(line, character), newName), LspJson.Default.RenameParams, LspJson.Default.WorkspaceEdit);

    public CodeAction[] CodeActions(string path, DomainKit.LanguageServer.Protocol.Range range) =>
        Request("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(DocumentUri.FromPath(path)), range, new CodeActionContext([])), LspJson.Default.CodeActionParams, LspJson.Default.CodeActionArray) ?? [];

    /// <summary>Applies a workspace edit to the documents as a client would: each file's edits from the last to the first, then a full-text change.</summary>
    public void Apply(WorkspaceEdit edit)
    {
        foreach (var (uri, edits) in edit.Changes)
        {
            var path = DocumentUri.ToPath(uri);
            var text = TextOf(path);
            var lines = new TextLines(text);
            foreach (var change in edits.OrderByDescending(e => lines.OffsetOf(e.Range.Start)))
            {
                var start = lines.OffsetOf(change.Range.Start);
                text = text[..start] + change.NewText + text[lines.OffsetOf(change.Range.End)..];
            }
            Change(path, ++_id, new TextDocumentContentChangeEvent(null, text));
        }
    }

    public string TextOf(string path) => Server.Workspace.ProjectOf(path)?.TextOf(path) ?? "";

    private JsonElement? Id() => JsonDocument.Parse((++_id).ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement;

    private static JsonElement Serialize<T>(T value, JsonTypeInfo<T> info) => JsonSerializer.SerializeToElement(value, info);
}
