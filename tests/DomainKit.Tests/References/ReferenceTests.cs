using System.Reflection;
using Diplomacy.Domain;

namespace DomainKit.Tests.References;

/// <summary>ref&lt;T&gt;: the key's type and wire form, the attribute, and the allocation-free walk over every reference.</summary>
public class ReferenceTests
{
    private static readonly Roster Sample = new()
    {
        Home = "MOW",
        Visiting = "IST",
        Staff = [7, 9],
        ByDesk = ValueMap.From([new KeyValuePair<string, int>("a/b", 7)]),
        Notes = [new Note { About = 9 }, new Note()],
    };

    [Fact]
    public void A_reference_has_its_keys_type_and_wire_form()
    {
        Assert.Equal("""{"home":"MOW","visiting":"IST","staff":[7,9],"byDesk":{"a/b":7},"notes":[{"about":9},{}]}""", Sample.ToJson());
        Assert.Equal(Sample, Roster.FromJson(Sample.ToJson()));
    }

    [Fact]
    public void Reference_properties_say_what_they_refer_to()
    {
        Assert.Equal(typeof(Post), typeof(Roster).GetProperty(nameof(Roster.Home))!.GetCustomAttribute<ReferencesAttribute>()!.Target);
        Assert.Equal(typeof(Person), typeof(Roster).GetProperty(nameof(Roster.Staff))!.GetCustomAttribute<ReferencesAttribute>()!.Target);
        Assert.Equal(typeof(Mission), typeof(Agenda).GetProperty(nameof(Agenda.MissionsInScope))!.GetCustomAttribute<ReferencesAttribute>()!.Target);
        Assert.Null(typeof(Roster).GetProperty(nameof(Roster.Notes))!.GetCustomAttribute<ReferencesAttribute>());
    }

    [Fact]
    public void VisitReferences_lists_every_reference_with_its_path_target_and_key()
    {
        var collector = new Collector();
        Sample.VisitReferences(ref collector);
        Assert.Equal(
            [
                ("/home", "Post", "MOW"),
                ("/visiting", "Post", "IST"),
                ("/staff/0", "Person", "7"),
                ("/staff/1", "Person", "9"),
                ("/byDesk/a~1b", "Person", "7"),
                ("/notes/0/about", "Person", "9"),
            ],
            collector.Seen);
    }

    [Fact]
    public void The_example_agenda_refers_to_missions_by_id()
    {
        var collector = new Collector();
        TestData.IstanbulAgenda().VisitReferences(ref collector);
        Assert.Equal([("/missionsInScope/0", "Mission", "us-embassy-moscow"), ("/missionsInScope/1", "Mission", "ru-embassy-washington")], collector.Seen);
    }

    [Fact]
    public void Visiting_with_a_struct_visitor_allocates_nothing()
    {
        var counter = new Counter();
        for (var i = 0; i < 100; i++) Sample.VisitReferences(ref counter);
        counter = default;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Sample.VisitReferences(ref counter);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(6, counter.Count);
    }

    [Fact]
    public void Paths_stay_right_in_a_deep_graph_that_outgrows_the_path_buffer()
    {
        var deep = new Roster { Home = "A", Notes = ValueList.From(Enumerable.Range(0, 40).Select(i => new Note { About = i })) };
        var collector = new Collector();
        deep.VisitReferences(ref collector);
        Assert.Equal("/notes/39/about", collector.Seen[^1].Path);
        Assert.Equal(41, collector.Seen.Count);
    }

    private struct Counter : IReferenceVisitor
    {
        public int Count;

        public void Visit<TKey>(in ReferencePath path, Type target, TKey key) => Count++;
    }

    private sealed class Collector : IReferenceVisitor
    {
        public List<(string Path, string Target, string Key)> Seen { get; } = [];

        public void Visit<TKey>(in ReferencePath path, Type target, TKey key) => Seen.Add((path.ToString(), target.Name, key!.ToString()!));
    }
}
