using CsCheck;
using Diplomacy.Domain;
using DomainKit.Testing;

namespace DomainKit.Tests.Testing;

/// <summary>
/// Valid and exactly-once-broken values of every record, union and value type this project's schemas generate (the
/// example domain and tests/DomainKit.Tests/schema), held to <see cref="GeneratedValuesCheck"/>.
/// </summary>
public class GeneratedValuesTests
{
    private const ulong Seed = 20261202;

    private static readonly TestDomain Domain = TestDomain.FromBuild();

    /// <summary>Every generated document type but <c>Unlikely</c>, whose rule is there to be reported as too hard to generate.</summary>
    public static TheoryData<string> GeneratedTypes() => new(GeneratedValuesCheck.DocumentTypes(typeof(GeneratedValuesTests).Assembly)
        .Where(t => t != typeof(DomainKit.Tests.Rules.Unlikely)).Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(GeneratedTypes))]
    public void Every_value_is_valid_reads_back_equal_and_every_broken_variant_reports_its_one_error(string type)
    {
        var (valid, _) = GeneratedValuesCheck.Run(typeof(GeneratedValuesTests).Assembly.GetType(type)!, Domain, values: 30, brokenOf: 5, Seed);
        Assert.Equal(30, valid);
    }

    [Fact]
    public void Every_constraint_and_rule_of_a_mission_is_broken_alone_except_those_no_valid_mission_can_break_alone()
    {
        var broken = Domain.Values<Mission>(40, Seed).SelectMany(m => Domain.Broken(m, Seed)).Select(b => b.Breaks).ToHashSet(StringComparer.Ordinal);
        var declared = new[]
        {
            "Mission.id minLength 3", "Mission.id maxLength 60", "Mission.sendingCountry pattern ^[A-Z]{2}$", "Mission.hostCountry pattern ^[A-Z]{2}$",
            "Mission.city minLength 1", "Mission.city maxLength 100", "Mission.staffCeiling max 5000", "Mission.staffPresent min 0",
            "Mission.registryNumber min 1", "Mission.annualBudgetUsd min 0", "Mission.openedOn min 1700-01-01", "Mission.kind enum MissionKind",
            "Mission.contacts required", "Mission rule staffOverCeiling: check: staffPresent <= staffCeiling",
            "Mission rule rule: check: closedOn == null || closedOn >= openedOn", "Mission rule rule: when: status == closed require: [closedOn]",
            "Mission rule rule: when: status != closed forbid: [closedOn]", "Mission rule rule: check: sendingCountry != hostCountry",
            "Mission rule rule: check: consulates.unique(c, c.id)", "Consulate.city maxLength 100", "Diplomat.email format email",
        };
        var missing = declared.Where(d => !broken.Contains(d)).ToList();
        Assert.True(missing.Count == 0, "Never broken alone: " + string.Join(", ", missing));
        // Below 0 the ceiling is also below staffPresent (which cannot be negative): the rule breaks with it, never alone.
        Assert.DoesNotContain("Mission.staffCeiling min 0", broken);
    }

    [Fact]
    public void A_type_whose_rules_reject_nearly_every_candidate_is_reported_by_name_with_its_acceptance_rate()
    {
        var failure = Assert.Throws<GenerationException>(() => Domain.Values<DomainKit.Tests.Rules.Unlikely>(1).ToList());
        Assert.Matches(@"^Gave up generating a valid Unlikely: 200 candidates in a row were refused\. Unlikely: 0 of 200 candidates valid \(0\.0 %\); refused by unlikely ×200\.$", failure.Message);

        var report = Domain.Acceptance<DomainKit.Tests.Rules.Unlikely>(300);
        Assert.Equal(("Unlikely", 300), (report.Type, report.Candidates));
        Assert.True(report.Rate < 0.01, report.Describe());
        Assert.Equal(1.0, Domain.Acceptance<Mission>(300).Rate);
    }

    [Fact]
    public void A_failing_property_over_missions_shrinks_to_a_smaller_mission()
    {
        var gen = Domain.Valid<Mission>();
        static bool Holds(Mission m) => m.Consulates.Count < 2;
        var failure = Assert.Throws<CsCheckException>(() => gen.Sample(Holds, iter: 2000, threads: 1, seed: "0000000000001", print: m => $"[json {m.ToJson().Length}]"));
        var shrunk = int.Parse(System.Text.RegularExpressions.Regex.Match(failure.Message, @"\[json (\d+)\]").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var failing = Domain.Values<Mission>(400, Seed).Where(m => !Holds(m)).Select(m => m.ToJson().Length).ToList();
        Assert.True(failing.Count > 20 && shrunk < failing.Average(), $"shrunk to {shrunk} characters; failing missions average {failing.Average()}\n{failure.Message}");
    }

    [Fact]
    public void References_draw_their_keys_from_values_generated_alongside_or_from_the_pool_given()
    {
        var posts = Domain.Values<DomainKit.Tests.References.Post>(3, Seed).ToList();
        var domain = Domain.WithKeysOf(posts).WithKeys<DomainKit.Tests.References.Person>(["7", "11"]);
        var (homes, people) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<int>());
        foreach (var roster in domain.Values<DomainKit.Tests.References.Roster>(60, Seed))
        {
            var json = System.Text.Json.JsonDocument.Parse(roster.ToJson()).RootElement;
            homes.Add(json.GetProperty("home").GetString()!);
            if (json.TryGetProperty("staff", out var staff)) people.UnionWith(staff.EnumerateArray().Select(p => p.GetInt32()));
            if (json.TryGetProperty("byDesk", out var byDesk)) people.UnionWith(byDesk.EnumerateObject().Select(p => p.Value.GetInt32()));
        }
        Assert.Subset(posts.Select(p => p.Code).ToHashSet(StringComparer.Ordinal), homes);
        Assert.True(homes.Count > 1);
        Assert.Equal([7, 11], people.Order());
    }

    [Fact]
    public void Every_union_variant_every_enum_member_and_both_forms_of_an_optional_field_come_up()
    {
        var events = Domain.Values<DiplomaticEvent>(80, Seed).Select(e => e.GetType()).ToHashSet();
        Assert.Equal(typeof(DiplomaticEvent).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(DiplomaticEvent))).ToHashSet(), events);
        var missions = Domain.Values<Mission>(80, Seed).ToList();
        Assert.Contains(missions, m => m.Head is null);
        Assert.Contains(missions, m => m.Head is not null);
        Assert.Equal(Enum.GetValues<PostStatus>().ToHashSet(), missions.Select(m => m.Status).ToHashSet());
        Assert.Contains(missions, m => m.Consulates.Count == 0);
        Assert.Contains(missions, m => m.Consulates.Count >= 2);
    }

    [Fact]
    public void The_same_seed_gives_the_same_values_and_another_seed_others()
    {
        var first = Domain.Values<Agenda>(5, 7).ToList();
        Assert.Equal(first, Domain.Values<Agenda>(5, 7).ToList());
        Assert.NotEqual(first, Domain.Values<Agenda>(5, 8).ToList());
    }
}
