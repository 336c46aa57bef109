using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy.Domain;
using DomainKit.Benchmarks.Json;
using DomainKit.Runtime;

namespace DomainKit.Benchmarks.Reading;

/// <summary>
/// The reader of our own against System.Text.Json on the Istanbul agenda (8.4 KB): reading with every constraint
/// and rule checked against the source-generated deserializer without validation, and tokenizing alone (every
/// token read, nothing converted) against a <c>Utf8JsonReader</c> loop.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReaderBenchmarks
{
    private byte[] _utf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var agenda = SampleAgenda.Create();
        _utf8 = agenda.ToUtf8Json();
        if (!Agenda.FromJson(_utf8).Equals(agenda)) throw new InvalidOperationException("round trip failed");
        if (Tokenize_Utf8JsonReader() != Tokenize_DomainKit()) throw new InvalidOperationException("the tokenizers count different tokens");
        Console.WriteLine($"// document: {_utf8.Length} bytes, {Tokenize_DomainKit()} tokens");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public AgendaPoco? Deserialize_SystemTextJson_SourceGen_NoValidation() => JsonSerializer.Deserialize(_utf8, AgendaJsonContext.Default.AgendaPoco);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public Agenda Deserialize_DomainKit_WithValidation() => Agenda.FromJson(_utf8);

    [Benchmark(Baseline = true), BenchmarkCategory("Tokenize")]
    public int Tokenize_Utf8JsonReader()
    {
        var reader = new Utf8JsonReader(_utf8);
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    [Benchmark, BenchmarkCategory("Tokenize")]
    public int Tokenize_DomainKit()
    {
        var reader = new Utf8Input(_utf8, 64);
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }
}
