using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy.Domain;

namespace DomainKit.Benchmarks.Json;

/// <summary>
/// Serialize and deserialize a ~10 KB agenda: DomainKit's generated code versus System.Text.Json source
/// generation on hand-written records of the same shape, and versus a hand-written Utf8JsonWriter.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private Agenda _agenda = null!;
    private AgendaPoco _poco = null!;
    private byte[] _utf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _agenda = SampleAgenda.Create();
        _poco = SampleAgenda.ToPoco(_agenda);
        var ours = _agenda.ToJson();
        var theirs = JsonSerializer.Serialize(_poco, AgendaJsonContext.Default.AgendaPoco);
        var hand = HandWrittenAgendaWriter.ToJson(_poco);
        if (ours != theirs || ours != hand) throw new InvalidOperationException($"the three writers disagree:\n{ours}\n{theirs}\n{hand}");
        if (!_agenda.ToUtf8Json().AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(_poco, AgendaJsonContext.Default.AgendaPoco)))
            throw new InvalidOperationException("the UTF-8 writers disagree");
        _utf8 = Encoding.UTF8.GetBytes(ours);
        if (!Agenda.FromJson(_utf8).Equals(_agenda)) throw new InvalidOperationException("round trip failed");
        Console.WriteLine($"// document: {_utf8.Length} bytes");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("SerializeUtf8")]
    public byte[] SerializeUtf8_SystemTextJson_SourceGen() => JsonSerializer.SerializeToUtf8Bytes(_poco, AgendaJsonContext.Default.AgendaPoco);

    [Benchmark, BenchmarkCategory("SerializeUtf8")]
    public byte[] SerializeUtf8_DomainKit() => _agenda.ToUtf8Json();

    [Benchmark(Baseline = true), BenchmarkCategory("Serialize")]
    public string Serialize_SystemTextJson_SourceGen() => JsonSerializer.Serialize(_poco, AgendaJsonContext.Default.AgendaPoco);

    [Benchmark, BenchmarkCategory("Serialize")]
    public string Serialize_HandWritten_Utf8JsonWriter() => HandWrittenAgendaWriter.ToJson(_poco);

    [Benchmark, BenchmarkCategory("Serialize")]
    public string Serialize_DomainKit() => _agenda.ToJson();

    /// <summary>The validation part of <see cref="Deserialize_DomainKit_WithValidation"/>, alone: what reading costs is the rest.</summary>
    [Benchmark, BenchmarkCategory("ValidateOnly")]
    public bool Validate_DomainKit() => _agenda.Validate().IsValid;

    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public AgendaPoco? Deserialize_SystemTextJson_SourceGen_NoValidation() => JsonSerializer.Deserialize(_utf8, AgendaJsonContext.Default.AgendaPoco);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public Agenda Deserialize_DomainKit_WithValidation() => Agenda.FromJson(_utf8);
}
