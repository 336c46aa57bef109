using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DomainKit.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DomainKit.Benchmarks.Generator;

/// <summary>
/// DomainKit's generator from cold at 1,000 and 10,000 synthetic types (ten per file): does its time grow
/// linearly with the domain? (Goal: 10,000 types take at most 10.5 times as long as 1,000.)
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class GeneratorScaleBenchmarks
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);
    private ISourceGenerator _domainKit = null!;
    private ImmutableArray<AdditionalText> _schemas;
    private CSharpCompilation _empty = null!;

    [Params(1_000, 10_000)]
    public int Types { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var domain = new SyntheticDomain(Types, files: Types / 10);
        _domainKit = GeneratorLoading.DomainKit();
        _schemas = domain.Schemas().Select(f => (AdditionalText)new GeneratorBenchmarks.Text(f.Path, f.Text)).ToImmutableArray();
        _empty = CSharpCompilation.Create("DomainKitInput", [], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var run = DomainKit_Cold().GetRunResult();
        if (run.Diagnostics.Length > 0 || run.GeneratedTrees.Length != Types)
            throw new InvalidOperationException($"DomainKit: {run.GeneratedTrees.Length} outputs, {run.Diagnostics.Length} diagnostics");
    }

    [Benchmark]
    public GeneratorDriver DomainKit_Cold() =>
        CSharpGeneratorDriver.Create([_domainKit], _schemas, Parse, new GeneratorBenchmarks.Options()).RunGenerators(_empty.Clone());
}
