using System.Collections.Immutable;
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

namespace DomainKit.Benchmarks.LanguageServer;

/// <summary>
/// From nothing to every file's diagnostics published on the 1,000-type synthetic workspace: the server finds the
/// project, reads its 100 files and checks them; the baseline is the build's generator run from cold on the same files.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MaxColumn]
public class LanguageServerLoadBenchmarks
{
    private SyntheticWorkspace _workspace = null!;
    private ImmutableArray<AdditionalText> _schemas;
    private ISourceGenerator _generator = null!;
    private CSharpCompilation _empty = null!;

    [GlobalSetup]
    public void Setup()
    {
        var domain = new SyntheticDomain();
        _workspace = new SyntheticWorkspace(domain);
        _schemas = domain.Schemas().Select(f => (AdditionalText)new GeneratorBenchmarks.Text(f.Path, f.Text)).ToImmutableArray();
        _generator = GeneratorLoading.DomainKit();
        _empty = GeneratorLoading.EmptyConsumer();
        if (Server_LoadAndFirstDiagnostics() != domain.Files) throw new InvalidOperationException("not every file was published");
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    [Benchmark(Baseline = true)]
    public GeneratorDriver Build_Cold() =>
        CSharpGeneratorDriver.Create([_generator], _schemas, new CSharpParseOptions(LanguageVersion.Latest), new GeneratorBenchmarks.Options()).RunGenerators(_empty.Clone());

    /// <summary>initialize (find the project, read its files) and initialized (check them all, publish every file).</summary>
    [Benchmark]
    public int Server_LoadAndFirstDiagnostics()
    {
        var published = 0;
        var server = new SchemaLanguageServer(_ => published++, (_, _) => { });
        server.Handle(new RpcMessage(JsonDocument.Parse("0").RootElement, "initialize",
            JsonSerializer.SerializeToElement(new InitializeParams(null, DocumentUri.FromPath(_workspace.Folder), null, null), LspJson.Default.InitializeParams)), CancellationToken.None);
        server.Handle(new RpcMessage(null, "initialized", JsonDocument.Parse("{}").RootElement), CancellationToken.None);
        return published;
    }
}
