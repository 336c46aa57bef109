using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DomainKit.Benchmarks.Generator;
using DomainKit.LanguageServer;
using DomainKit.LanguageServer.Protocol;
using DomainKit.LanguageServer.Rpc;
using DomainKit.LanguageServer.Workspace;
using DomainKit.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Range = DomainKit.LanguageServer.Protocol.Range;

namespace DomainKit.Benchmarks.LanguageServer;

/// <summary>
/// The language server on the 1,000-type synthetic workspace (100 files): an edit to published diagnostics and a
/// completion, against the build's own incremental generator run after the same edit (the baseline).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MaxColumn]
public class LanguageServerBenchmarks
{
    private const int File = 42;
    private SyntheticWorkspace _workspace = null!;
    private SchemaLanguageServer _server = null!;
    private string _uri = null!;
    private string _edited = null!;
    private string _original = null!;
    private int _version;
    private bool _toggled;
    private Position _typePosition = null!;
    private Position _docPosition = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _current = null!;
    private AdditionalText _other = null!;
    private CSharpCompilation _empty = null!;

    public int Published { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var domain = new SyntheticDomain();
        _workspace = new SyntheticWorkspace(domain);
        _server = new SchemaLanguageServer(_ => Published++, (_, _) => { });
        Send("initialize", new InitializeParams(null, DocumentUri.FromPath(_workspace.Folder), null, null), LspJson.Default.InitializeParams);
        Send("initialized", JsonDocument.Parse("{}").RootElement, LspJson.Default.JsonElement);
        if (Published != domain.Files) throw new InvalidOperationException($"{Published} files published, expected {domain.Files}");

        _uri = DocumentUri.FromPath(_workspace.PathOf(File));
        _original = domain.Schema(File);
        _edited = domain.Schema(File, edit: true);
        Send("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(_uri, "yaml", ++_version, _original)), LspJson.Default.DidOpenTextDocumentParams);
        var lines = _original.Split('\n');
        var typeLine = Array.FindIndex(lines, l => l.Contains("'E", StringComparison.Ordinal));
        _typePosition = new Position(typeLine, lines[typeLine].IndexOf("'E", StringComparison.Ordinal) + 2);
        var docLine = Array.FindIndex(lines, l => l.Contains("doc: A synthetic entity.", StringComparison.Ordinal));
        _docPosition = new Position(docLine, lines[docLine].Length - 1);

        var schemas = domain.Schemas().Select(f => (AdditionalText)new GeneratorBenchmarks.Text(f.Path, f.Text)).ToArray();
        _empty = GeneratorLoading.EmptyConsumer();
        _warm = CSharpGeneratorDriver.Create([GeneratorLoading.DomainKit()], schemas, new CSharpParseOptions(LanguageVersion.Latest), new GeneratorBenchmarks.Options()).RunGenerators(_empty);
        _current = schemas[File];
        _other = new GeneratorBenchmarks.Text(SyntheticDomain.Path(File), _edited);
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    /// <summary>The build: the generator run again after one file's constraint changed (and back).</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Build_EditOneFile()
    {
        _warm = _warm.ReplaceAdditionalText(_current, _other).RunGenerators(_empty);
        (_current, _other) = (_other, _current);
        return _warm;
    }

    /// <summary>The same edit as the build's, sent as didChange: re-checked and the changed diagnostics published.</summary>
    [Benchmark]
    public int Server_EditOneFile()
    {
        _toggled = !_toggled;
        Send("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(_uri, ++_version),
            [new TextDocumentContentChangeEvent(null, _toggled ? _edited : _original)]), LspJson.Default.DidChangeTextDocumentParams);
        return Published;
    }

    /// <summary>One character typed (and deleted the next time) in a type's doc, as an incremental change.</summary>
    [Benchmark]
    public int Server_TypeOneCharacter()
    {
        _toggled = !_toggled;
        var end = _toggled ? _docPosition : new Position(_docPosition.Line, _docPosition.Character + 1);
        Send("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(_uri, ++_version),
            [new TextDocumentContentChangeEvent(new Range(_docPosition, end), _toggled ? "x" : "")]), LspJson.Default.DidChangeTextDocumentParams);
        return Published;
    }

    /// <summary>Completion where a field's type is written: the 1,000 types, the primitives and the generic forms.</summary>
    [Benchmark]
    public long Server_Completion()
    {
        var result = _server.Handle(new RpcMessage(JsonDocument.Parse("1").RootElement, "textDocument/completion",
            JsonSerializer.SerializeToElement(new TextDocumentPositionParams(new TextDocumentIdentifier(_uri), _typePosition), LspJson.Default.TextDocumentPositionParams)), CancellationToken.None);
        using var writer = new Utf8JsonWriter(Stream.Null);
        result.Write!(writer);
        writer.Flush();
        return writer.BytesCommitted;
    }

    private void Send<T>(string method, T parameters, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) =>
        _server.Handle(new RpcMessage(method == "initialize" ? JsonDocument.Parse("0").RootElement : null, method, JsonSerializer.SerializeToElement(parameters, info)), CancellationToken.None);
}
