using BenchmarkDotNet.Attributes;
using DomainKit.Docs;
using DomainKit.Schema;
using DomainKit.Schema.Parsing;
using DomainKit.Testing;

namespace DomainKit.Benchmarks.Docs;

/// <summary>
/// <c>domainkit docs</c> on the 1,000-type synthetic domain (100 files): the schema texts parsed and checked, every page
/// built (diagrams, examples, search index) and written to disk. (Goal: at most 5 s.)
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class DocsSiteBenchmarks
{
    private (string Path, string Text)[] _schemas = [];
    private string _out = "";

    [Params(1_000)]
    public int Types { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schemas = new SyntheticDomain(Types, files: Types / 10).Schemas();
        _out = Directory.CreateTempSubdirectory("domainkit-docs-bench-").FullName;
        var pages = Docs_Build();
        if (pages != Types + (Types / 10) + 5) throw new InvalidOperationException($"{pages} files written for {Types} types");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    [Benchmark]
    public int Docs_Build()
    {
        var files = _schemas.Select(f => SchemaParser.Parse(f.Path, f.Text)).ToList();
        var project = ProjectChecker.Check(files, "Synthetic");
        var site = DocsSite.Build(new DocsInput("Synthetic", "schema", files, project, Baseline: null));
        foreach (var file in site)
        {
            var path = Path.Combine(_out, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
        return site.Count;
    }
}
