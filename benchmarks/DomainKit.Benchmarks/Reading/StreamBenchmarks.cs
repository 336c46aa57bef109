using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Diplomacy.Domain;
using DomainKit.Benchmarks.Web;

namespace DomainKit.Benchmarks.Reading;

/// <summary>
/// A 1 MB JSON array of missions read from a stream: DomainKit's <c>ReadManyAsync</c> (each mission validated) against
/// System.Text.Json's source-generated <c>DeserializeAsyncEnumerable</c> and <c>DeserializeAsync</c> of a list, without validation.
/// </summary>
[MemoryDiagnoser]
public class StreamBenchmarks
{
    private byte[] _utf8 = null!;
    private int _count;

    [GlobalSetup]
    public async Task Setup()
    {
        var one = Mission.FromJson(WebBenchmarks.Body);
        var items = new List<string>();
        for (var i = 0; items.Sum(s => s.Length + 1) < 1_000_000; i++) items.Add((one with { Id = MissionId.From($"mission-{i:D5}") }).ToJson());
        _count = items.Count;
        _utf8 = Encoding.UTF8.GetBytes("[" + string.Join(",", items) + "]");
        if (await Stream_DomainKit_ReadManyAsync_WithValidation() != _count || await Stream_SystemTextJson_DeserializeAsync_NoValidation() != _count
            || await Stream_SystemTextJson_DeserializeAsyncEnumerable_NoValidation() != _count)
            throw new InvalidOperationException("the readers read different counts");
        Console.WriteLine($"// document: {_utf8.Length} bytes, {_count} missions");
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Stream_SystemTextJson_DeserializeAsync_NoValidation() =>
        (await JsonSerializer.DeserializeAsync(new MemoryStream(_utf8), StreamPeerContext.Default.ListMissionDto))!.Count;

    [Benchmark]
    public async Task<int> Stream_SystemTextJson_DeserializeAsyncEnumerable_NoValidation()
    {
        var count = 0;
        await foreach (var mission in JsonSerializer.DeserializeAsyncEnumerable(new MemoryStream(_utf8), StreamPeerContext.Default.MissionDto)) count++;
        return count;
    }

    [Benchmark]
    public async Task<int> Stream_DomainKit_ReadManyAsync_WithValidation()
    {
        var count = 0;
        await foreach (var mission in Mission.ReadManyAsync(new MemoryStream(_utf8))) count++;
        return count;
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<MissionDto>))]
[JsonSerializable(typeof(MissionDto))]
public sealed partial class StreamPeerContext : JsonSerializerContext;
