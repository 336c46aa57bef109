using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DomainKit.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Benchmarks.Generator;

/// <summary>
/// 1,000 entity types of 10–20 fields over 100 files: DomainKit's generator from cold, and again after one
/// file is edited, against System.Text.Json's generator from cold over the same types as C# records.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);
    private ISourceGenerator _domainKit = null!;
    private ISourceGenerator _stj = null!;
    private ImmutableArray<AdditionalText> _schemas;
    private CSharpCompilation _empty = null!;
    private CSharpCompilation _records = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _current = null!;
    private AdditionalText _other = null!;

    [GlobalSetup]
    public void Setup()
    {
        var domain = new SyntheticDomain();
        _domainKit = GeneratorLoading.DomainKit();
        _stj = GeneratorLoading.SystemTextJson();
        _schemas = domain.Schemas().Select(f => (AdditionalText)new Text(f.Path, f.Text)).ToImmutableArray();
        var references = GeneratorLoading.ConsumerReferences();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        _empty = GeneratorLoading.EmptyConsumer();
        _records = CSharpCompilation.Create("StjInput", [CSharpSyntaxTree.ParseText(domain.CSharpRecords(), Parse)], references, options);

        var dk = DomainKit_Cold();
        var stj = Stj_Cold();
        var dkOutputs = dk.GetRunResult().GeneratedTrees.Length;
        var stjOutputs = stj.GetRunResult().GeneratedTrees.Length;
        if (dk.GetRunResult().Diagnostics.Length > 0 || dkOutputs != 1_000) throw new InvalidOperationException($"DomainKit: {dkOutputs} outputs, {dk.GetRunResult().Diagnostics.Length} diagnostics");
        if (stjOutputs < 1_000) throw new InvalidOperationException($"System.Text.Json: {stjOutputs} outputs, {string.Join("; ", stj.GetRunResult().Diagnostics.Take(3))}");
        Console.WriteLine($"// DomainKit: {dkOutputs} files; System.Text.Json: {stjOutputs} files");

        _warm = dk;
        _current = _schemas[42];
        _other = new Text(SyntheticDomain.Path(42), domain.Schema(42, edit: true));
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Stj_Cold() =>
        CSharpGeneratorDriver.Create([_stj], parseOptions: Parse).RunGenerators(_records.Clone());

    [Benchmark]
    public GeneratorDriver DomainKit_Cold() =>
        CSharpGeneratorDriver.Create([_domainKit], _schemas, Parse, new Options()).RunGenerators(_empty.Clone());

    /// <summary>One file of the hundred edited (alternately to and from a changed constraint) and the generator run again.</summary>
    [Benchmark]
    public GeneratorDriver DomainKit_EditOneFile()
    {
        _warm = _warm.ReplaceAdditionalText(_current, _other).RunGenerators(_empty);
        (_current, _other) = (_other, _current);
        return _warm;
    }

    internal sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Empty None = new();

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Empty : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "";
                return false;
            }
        }
    }
}
