using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy.Domain;
using DomainKit.Benchmarks.Unions;

namespace DomainKit.Benchmarks.Json;

/// <summary>
/// Reading 1,000 union values (the example DiplomaticEvent: phone calls, meetings, working talks): DomainKit's
/// generated reader, with full validation, against System.Text.Json source generation with
/// <c>[JsonPolymorphic]</c> on equal records, without validation — with the discriminator last (STJ needs
/// <c>AllowOutOfOrderMetadataProperties</c>) and first (STJ's default, in-order path).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class UnionBenchmarks
{
    private byte[] _first = null!;
    private byte[] _last = null!;

    [GlobalSetup]
    public void Setup()
    {
        var log = new EventLog { Events = ValueList.From(Enumerable.Range(0, 1_000).Select(Event)) };
        _first = log.ToUtf8Json();
        _last = Encoding.UTF8.GetBytes(DiscriminatorLast(log.ToJson()));
        if (!EventLog.FromJson(_last).Equals(log) || !EventLog.FromJson(_first).Equals(log)) throw new InvalidOperationException("DomainKit did not read the log back");
        var theirs = JsonSerializer.Deserialize(_last, EventJsonContext.OutOfOrder.EventLogPoco)!;
        var theirsFirst = JsonSerializer.Deserialize(_first, EventJsonContext.Default.EventLogPoco)!;
        if (theirs.Events.Count != 1_000 || theirsFirst.Events.Count != 1_000 || theirs.Events.Zip(log.Events).Any(p => p.First.On != p.Second.On || p.First.GetType().Name != p.Second.GetType().Name + "Poco"))
            throw new InvalidOperationException("System.Text.Json read a different log");
        Console.WriteLine($"// documents: {_first.Length} bytes (discriminator first), {_last.Length} bytes (last)");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("DiscriminatorLast")]
    public EventLogPoco? Last_SystemTextJson_OutOfOrder_NoValidation() => JsonSerializer.Deserialize(_last, EventJsonContext.OutOfOrder.EventLogPoco);

    [Benchmark, BenchmarkCategory("DiscriminatorLast")]
    public EventLog Last_DomainKit_WithValidation() => EventLog.FromJson(_last);

    [Benchmark(Baseline = true), BenchmarkCategory("DiscriminatorFirst")]
    public EventLogPoco? First_SystemTextJson_NoValidation() => JsonSerializer.Deserialize(_first, EventJsonContext.Default.EventLogPoco);

    [Benchmark, BenchmarkCategory("DiscriminatorFirst")]
    public EventLog First_DomainKit_WithValidation() => EventLog.FromJson(_first);

    private static DiplomaticEvent Event(int i)
    {
        var on = new DateOnly(2020, 1, 1).AddDays(i);
        return (i % 3) switch
        {
            0 => new DiplomaticEvent.PhoneCall { On = on, Summary = i % 2 == 0 ? "Leaders agree to start talks." : null, Participants = ["Donald Trump", "Vladimir Putin"] },
            1 => new DiplomaticEvent.HighLevelMeeting { On = on, Place = "Riyadh", Participants = ["Marco Rubio", "Sergei Lavrov", "Mike Waltz"] },
            _ => new DiplomaticEvent.WorkingTalks { On = on, Summary = "Embassy operations.", Place = "Istanbul", Heads = [DiplomatId.From("sonata-coulter"), DiplomatId.From("aleksandr-darchiyev")] },
        };
    }

    private static string DiscriminatorLast(string json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var item in root["events"]!.AsArray())
        {
            var obj = item!.AsObject();
            var kind = obj["kind"]!;
            obj.Remove("kind");
            obj["kind"] = kind;
        }
        return root.ToJsonString();
    }
}

public sealed record EventLogPoco
{
    [JsonPropertyName("events")] public required List<EventPoco> Events { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PhoneCallPoco), "PhoneCall")]
[JsonDerivedType(typeof(HighLevelMeetingPoco), "HighLevelMeeting")]
[JsonDerivedType(typeof(WorkingTalksPoco), "WorkingTalks")]
public abstract record EventPoco
{
    [JsonPropertyName("on")] public required DateOnly On { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
}

public sealed record PhoneCallPoco : EventPoco
{
    [JsonPropertyName("participants")] public required List<string> Participants { get; init; }
}

public sealed record HighLevelMeetingPoco : EventPoco
{
    [JsonPropertyName("place")] public required string Place { get; init; }
    [JsonPropertyName("participants")] public required List<string> Participants { get; init; }
}

public sealed record WorkingTalksPoco : EventPoco
{
    [JsonPropertyName("place")] public required string Place { get; init; }
    [JsonPropertyName("heads")] public required List<string> Heads { get; init; }
}

[JsonSerializable(typeof(EventLogPoco))]
public partial class EventJsonContext : JsonSerializerContext
{
    /// <summary>The same context, reading the discriminator wherever it stands.</summary>
    public static EventJsonContext OutOfOrder { get; } = new(new JsonSerializerOptions { AllowOutOfOrderMetadataProperties = true });
}
