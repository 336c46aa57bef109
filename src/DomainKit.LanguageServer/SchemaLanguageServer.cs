using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using DomainKit.LanguageServer.Features;
using DomainKit.LanguageServer.Rpc;
using DomainKit.LanguageServer.Workspace;

namespace DomainKit.LanguageServer;

/// <summary>
/// The server's methods: lifecycle, text synchronisation (each change re-checks incrementally and publishes the
/// diagnostics that changed, for every schema file of the project, open or not) and the feature requests.
/// </summary>
internal sealed class SchemaLanguageServer
{
    private readonly Dictionary<string, Func<JsonElement, CancellationToken, RpcResult>> _methods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LspDiagnostic[]> _published = new(StringComparer.Ordinal);
    private readonly Dictionary<SchemaProject, ProjectView> _views = new();
    private readonly Action<PublishDiagnosticsParams> _publish;
    private readonly Action<int, string> _log;
    private readonly DiagnosticDocs _docs;
    private bool _initialized;
    private string _noFileProblems = "";

    public SchemaLanguageServer(Action<PublishDiagnosticsParams> publish, Action<int, string> log, DiagnosticDocs? docs = null, SchemaWorkspace? workspace = null)
    {
        _publish = publish;
        _log = log;
        _docs = docs ?? DiagnosticDocs.Shipped;
        Workspace = workspace ?? new SchemaWorkspace();
        Register("initialize", LspJson.Default.InitializeParams, LspJson.Default.InitializeResult, Initialize);
        Notification("initialized", LspJson.Default.JsonElement, _ => PublishAll());
        _methods["shutdown"] = (_, _) => RpcResult.Null;
        Notification("exit", LspJson.Default.JsonElement, _ => Exited = true);
        Notification("textDocument/didOpen", LspJson.Default.DidOpenTextDocumentParams, p => Changed(() => Workspace.Open(PathOf(p.TextDocument.Uri), p.TextDocument.Text, p.TextDocument.Version)));
        Notification("textDocument/didChange", LspJson.Default.DidChangeTextDocumentParams, p => Changed(() => Workspace.Change(PathOf(p.TextDocument.Uri), p.ContentChanges, p.TextDocument.Version)));
        Notification("textDocument/didClose", LspJson.Default.DidCloseTextDocumentParams, p => Changed(() => Workspace.Close(PathOf(p.TextDocument.Uri))));
        Notification("textDocument/didSave", LspJson.Default.DidSaveTextDocumentParams, _ => { });
        Notification("workspace/didChangeWatchedFiles", LspJson.Default.DidChangeWatchedFilesParams, p => Changed(() =>
        {
            foreach (var change in p.Changes) Workspace.Reload(PathOf(change.Uri));
        }));
        Register("textDocument/completion", LspJson.Default.TextDocumentPositionParams, LspJson.Default.CompletionList,
            p => CompletionFeature.Complete(View(p.TextDocument), PathOf(p.TextDocument.Uri), p.Position));
        Register("textDocument/hover", LspJson.Default.TextDocumentPositionParams, LspJson.Default.Hover,
            p => HoverFeature.At(View(p.TextDocument), PathOf(p.TextDocument.Uri), p.Position, _docs));
        Register("textDocument/definition", LspJson.Default.TextDocumentPositionParams, LspJson.Default.LocationArray,
            p => NavigationFeature.Definition(View(p.TextDocument), PathOf(p.TextDocument.Uri), p.Position));
        Register("textDocument/references", LspJson.Default.ReferenceParams, LspJson.Default.LocationArray,
            p => NavigationFeature.References(View(p.TextDocument), PathOf(p.TextDocument.Uri), p.Position, p.Context?.IncludeDeclaration ?? true));
        Register("textDocument/documentHighlight", LspJson.Default.TextDocumentPositionParams, LspJson.Default.DocumentHighlightArray,
            p => NavigationFeature.Highlights(View(p.TextDocument), PathOf(p.TextDocument.Uri), p.Position));
        Register("textDocument/prepareRename", LspJson.Default.TextDocumentPositionParams, LspJson.Default.PrepareRenameResult,
            p => RenameFeature.Prepare(View(p.TextDocument), PathOf(p.TextDocument.Uri), p.Position));
        Register("textDocument/rename", LspJson.Default.RenameParams, LspJson.Default.WorkspaceEdit,
            p => RenameFeature.Rename(View(p.TextDocument), PathOf(p.TextDocument.Uri), p.Position, p.NewName));
        Register("textDocument/codeAction", LspJson.Default.CodeActionParams, LspJson.Default.CodeActionArray,
            p => CodeActionFeature.Actions(View(p.TextDocument), PathOf(p.TextDocument.Uri), p.Range, _docs));
        Register("textDocument/documentSymbol", LspJson.Default.TextDocumentParams, LspJson.Default.DocumentSymbolArray,
            p => SymbolsFeature.Document(View(p.TextDocument), PathOf(p.TextDocument.Uri)));
        Register("workspace/symbol", LspJson.Default.WorkspaceSymbolParams, LspJson.Default.SymbolInformationArray,
            p => SymbolsFeature.Workspace(Workspace.Projects.Select(ViewOf), p.Query));
        Register("textDocument/foldingRange", LspJson.Default.TextDocumentParams, LspJson.Default.FoldingRangeArray,
            p => FoldingFeature.Ranges(View(p.TextDocument).LinesOf(PathOf(p.TextDocument.Uri))));
        Register("textDocument/semanticTokens/full", LspJson.Default.TextDocumentParams, LspJson.Default.SemanticTokens,
            p => SemanticTokensFeature.Tokens(View(p.TextDocument), PathOf(p.TextDocument.Uri)));
    }

    public SchemaWorkspace Workspace { get; }

    /// <summary>Set by <c>exit</c>: the connection stops reading.</summary>
    public bool Exited { get; private set; }

    public RpcResult Handle(RpcMessage message, CancellationToken cancellation)
    {
        if (!_methods.TryGetValue(message.Method!, out var method))
        {
            if (message.IsRequest) throw new RpcException(RpcErrors.MethodNotFound, $"no method '{message.Method}'");
            return RpcResult.Null; // notifications the server does not use ($/setTrace, …) are ignored, as the protocol says
        }
        if (!_initialized && message.Method is not ("initialize" or "exit") && message.IsRequest)
            throw new RpcException(RpcErrors.ServerNotInitialized, "initialize first");
        cancellation.ThrowIfCancellationRequested();
        return method(message.Params, cancellation);
    }

    private InitializeResult Initialize(InitializeParams parameters)
    {
        var roots = parameters.WorkspaceFolders?.Select(f => PathOf(f.Uri)).ToList() ?? new List<string>();
        if (roots.Count == 0 && parameters.RootUri is { } rootUri) roots.Add(PathOf(rootUri));
        if (roots.Count == 0 && parameters.RootPath is { } rootPath) roots.Add(rootPath);
        foreach (var root in roots) Workspace.AddFolder(root);
        _initialized = true;
        return new InitializeResult(new ServerCapabilities(), new ServerInfo("domainkit", typeof(SchemaLanguageServer).Assembly.GetName().Version?.ToString() ?? "0"));
    }

    private void Changed(Action change)
    {
        change();
        PublishAll();
    }

    /// <summary>Checks every project (each re-checking only what changed) and publishes the files whose diagnostics changed.</summary>
    private void PublishAll()
    {
        var noFile = new List<string>();
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in Workspace.Projects)
        {
            var compiled = ViewOf(project).Compiled;
            foreach (var (path, diagnostics) in DiagnosticPublisher.ByFile(compiled, _docs))
            {
                if (Workspace.ProjectOf(path) != project) continue; // a file of several projects is shown as its nearest project builds it
                var uri = DocumentUri.FromPath(path);
                current.Add(uri);
                if (_published.TryGetValue(uri, out var last) && last.SequenceEqual(diagnostics)) continue;
                _published[uri] = diagnostics;
                _publish(new PublishDiagnosticsParams(uri, Workspace.VersionOf(path), diagnostics));
            }
            noFile.AddRange(DiagnosticPublisher.OfNoFile(compiled).Select(d => $"{d.Definition.Id}: {d.Message}"));
        }
        // A file that left the workspace (deleted, or closed and not on disk) keeps no diagnostics in the editor.
        foreach (var gone in _published.Keys.Where(uri => !current.Contains(uri)).ToList())
        {
            _published.Remove(gone);
            _publish(new PublishDiagnosticsParams(gone, null, []));
        }
        var problems = string.Join("\n", noFile);
        if (problems != _noFileProblems && problems.Length > 0) _log(2, problems);
        _noFileProblems = problems;
    }

    private ProjectView View(TextDocumentIdentifier document)
    {
        var path = PathOf(document.Uri);
        var project = Workspace.ProjectOf(path) ?? throw new RpcException(RpcErrors.InvalidParams, $"'{document.Uri}' is no schema file of the workspace");
        return ViewOf(project);
    }

    private ProjectView ViewOf(SchemaProject project)
    {
        var compiled = project.Compile();
        if (!_views.TryGetValue(project, out var view) || !ReferenceEquals(view.Compiled, compiled)) _views[project] = view = new ProjectView(compiled);
        return view;
    }

    private static string PathOf(string uri) => DocumentUri.ToPath(uri);

    private void Register<TParams, TResult>(string name, JsonTypeInfo<TParams> input, JsonTypeInfo<TResult> output, Func<TParams, TResult?> body) =>
        _methods[name] = (parameters, _) => RpcResult.Of(body(Read(parameters, input)), output);

    private void Notification<TParams>(string name, JsonTypeInfo<TParams> input, Action<TParams> body) =>
        _methods[name] = (parameters, _) =>
        {
            body(Read(parameters, input));
            return RpcResult.Null;
        };

    private static TParams Read<TParams>(JsonElement parameters, JsonTypeInfo<TParams> info)
    {
        try
        {
            return (parameters.ValueKind == JsonValueKind.Undefined ? default : parameters.Deserialize(info))
                ?? throw new RpcException(RpcErrors.InvalidParams, "parameters missing");
        }
        catch (JsonException e)
        {
            throw new RpcException(RpcErrors.InvalidParams, e.Message);
        }
    }
}
