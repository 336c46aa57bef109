using Diplomacy.Domain;

namespace DomainKit.Tests;

public class GeneratedRecordTests
{
    [Fact]
    public void Records_with_equal_lists_are_equal()
    {
        var first = TestData.Coulter();
        var second = TestData.Coulter();

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Records_differing_only_in_list_order_are_not_equal()
    {
        var first = TestData.Coulter();
        var reordered = first with { Languages = ["ru", "en"] };

        Assert.NotEqual(first, reordered);
    }

    [Fact]
    public void Nested_collections_of_records_compare_by_value()
    {
        Assert.Equal(TestData.RussianEmbassyInWashington(), TestData.RussianEmbassyInWashington());

        var changed = TestData.RussianEmbassyInWashington();
        changed = changed with { Consulates = [changed.Consulates[0], changed.Consulates[1] with { City = "Dallas" }] };
        Assert.NotEqual(TestData.RussianEmbassyInWashington(), changed);
    }

    [Fact]
    public void Sets_compare_without_regard_to_order_and_keep_first_seen_order()
    {
        var consulate = TestData.RussianEmbassyInWashington().Consulates[0];
        var reordered = consulate with { District = ["CT", "NJ", "NY", "NJ"] };

        Assert.Equal(consulate, reordered);
        Assert.Equal(["CT", "NJ", "NY"], reordered.District);
    }

    [Fact]
    public void With_creates_a_changed_copy_and_leaves_the_original()
    {
        var original = TestData.Darchiyev();
        var promoted = original with { Rank = Rank.Ambassador };

        Assert.Equal(Rank.Director, original.Rank);
        Assert.Equal(Rank.Ambassador, promoted.Rank);
        Assert.Equal(original.FullName, promoted.FullName);
    }

    [Fact]
    public void Defaults_from_the_schema_are_applied()
    {
        var mission = TestData.RussianEmbassyInWashington();
        var item = new AgendaItem { Topic = AgendaTopic.VisaPolicy, Summary = "Visa policies for diplomatic staff" };

        Assert.Equal(0, mission.StaffPresent);
        Assert.Empty(mission.Tags);
        Assert.Equal(PostStatus.Operating, mission.Consulates[0].Status);
        Assert.Equal(ItemStatus.Proposed, item.Status);
        Assert.Equal(3, item.Priority);
    }

    [Fact]
    public void Optional_fields_are_null_when_not_set()
    {
        var mission = TestData.RussianEmbassyInWashington();

        Assert.Null(mission.Head);
        Assert.Null(mission.ClosedOn);
        Assert.Null(mission.RegistryNumber);
        Assert.Null(mission.Consulates[0].Website);
    }

    [Fact]
    public void Value_types_wrap_and_compare_their_value()
    {
        Assert.Equal(CountryCode.From("US"), CountryCode.From("US"));
        Assert.NotEqual(CountryCode.From("US"), CountryCode.From("RU"));
        Assert.Equal("US", CountryCode.From("US").ToString());
        Assert.Equal(42, StaffCount.From(42).Value);
    }

    [Fact]
    public void Deprecated_fields_carry_obsolete()
    {
        var property = typeof(Diplomat).GetProperty("Title")!;
        var obsolete = (ObsoleteAttribute?)Attribute.GetCustomAttribute(property, typeof(ObsoleteAttribute));

        Assert.NotNull(obsolete);
        Assert.Equal("Use rank instead.", obsolete.Message);
    }

    [Fact]
    public void Maps_iterate_in_ordinal_key_order()
    {
        var notes = new Agenda
        {
            Id = Guid.Empty,
            Title = "Istanbul talks",
            City = "Istanbul",
            HeldOn = new DateOnly(2025, 2, 27),
            Delegations = [],
            Items = [],
            NotesByDelegation = [new("US", ["banking"]), new("RU", ["visas"]), new("EU", [])],
        }.NotesByDelegation;

        Assert.Equal(["EU", "RU", "US"], notes.Keys);
        Assert.Equal(["visas"], notes["RU"]);
    }
}
