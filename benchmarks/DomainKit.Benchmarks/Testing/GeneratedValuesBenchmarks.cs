using BenchmarkDotNet.Attributes;
using Diplomacy.Domain;
using DomainKit.Testing;

namespace DomainKit.Benchmarks.Testing;

/// <summary>
/// Valid missions (head, consulates, contacts, rules) per second on one thread: DomainKit.Testing's generator, which
/// reads the schemas, against Bogus with every constraint and rule written by hand. Each operation is one mission.
/// </summary>
[MemoryDiagnoser]
public class GeneratedValuesBenchmarks
{
    private const int Count = 1_000;

    private TestDomain _domain = null!;
    private ulong _seed;

    [GlobalSetup]
    public void Setup()
    {
        _domain = TestDomain.FromFolder("../../../schema", "Diplomacy.Domain");
        Bogus.Randomizer.Seed = new Random(1);
        // Both sides must give valid missions, or the comparison means nothing.
        var invalid = BogusMissions.Missions.Generate(200).Concat(_domain.Values<Mission>(200)).Select(m => m.Validate()).FirstOrDefault(r => !r.IsValid);
        if (invalid is not null) throw new InvalidOperationException("An invalid mission was generated:\n" + invalid);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Bogus_hand_written_rules()
    {
        var valid = 0;
        foreach (var mission in BogusMissions.Missions.GenerateLazy(Count))
        {
            if (mission.Id.Value is not null) valid++;
        }
        return valid;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int DomainKit_from_the_schemas()
    {
        var valid = 0;
        foreach (var mission in _domain.Values<Mission>(Count, ++_seed))
        {
            if (mission.Id.Value is not null) valid++;
        }
        return valid;
    }
}
