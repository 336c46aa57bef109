namespace DomainKit.Tests.Rules;

/// <summary>
/// Every operator, function and macro of the rule language, compiled into <see cref="Probe"/> (schema/rules.yaml):
/// each rule has its own code, the defaults make all of them hold, and each case breaks only what it names.
/// </summary>
public class RuleLanguageTests
{
    private static readonly Probe Valid = new() { Req = 1, Level = Tier.Low };

    private static string[] Broken(Probe probe) => probe.Validate().Errors.Select(e => e.Code).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_defaults_hold_every_rule() => Assert.Empty(Broken(Valid));

    public static TheoryData<string, Func<Probe, Probe>, string[]> Cases() => new()
    {
        { "required int", p => p with { Req = 0 }, ["req"] },
        { "+ (int with long)", p => p with { I = 500, L = 500 }, ["add", "divide", "subtract"] },
        { "+ holds", p => p with { L = 999 }, [] },
        { "-", p => p with { I = 101 }, ["subtract"] },
        { "* below zero", p => p with { I = -2 }, ["multiply", "ternary"] },
        { "* overflow fails the rule", p => p with { I = int.MaxValue }, ["add", "divide", "modulo", "multiply", "subtract"] },
        { "% by zero fails the rule", p => p with { I = -1 }, ["modulo", "multiply", "ternary"] },
        { "/", p => p with { I = 102 }, ["divide", "subtract"] },
        { "unary - overflow fails the rule", p => p with { I = int.MinValue }, ["multiply", "negate", "subtract", "ternary"] },
        { "unary -", p => p with { I = -101 }, ["multiply", "negate", "ternary"] },
        { "long", p => p with { L = -1 }, ["long"] },
        { "fraction with decimal", p => p with { M = 2m }, ["fraction"] },
        { "fraction with decimal holds", p => p with { M = 2.6m }, [] },
        { "double", p => p with { D = -1 }, ["double"] },
        { "strings compare ordinally", p => p with { S = "n" }, ["ordinal"] },
        { "strings compare ordinally: upper case first", p => p with { S = "Z" }, ["matches"] },
        { "!", p => p with { B = true, I = 6 }, ["not"] },
        { "?: true branch", p => p with { B = true }, ["ternary"] },
        { "in a list of enum members", p => p with { Level = Tier.High, I = 1, Part = new Part { Name = "p" } }, ["in"] },
        { "qualified enum member", p => p with { Level = Tier.High, B = true, Part = new Part { Name = "p" } }, ["qualified", "ternary"] },
        { "in a set", p => p with { Words = ValueSet.From(["banned"]) }, ["exists", "setIn"] },
        { "in a map's keys", p => p with { Scores = ValueMap.From([new KeyValuePair<string, int>("bad", 1)]) }, ["mapIn"] },
        { "size of a string counts code points", p => p with { S = "abcdef" }, ["size"] },
        { "size of five emoji is five", p => p with { S = "😀😀😀😀😀" }, ["matches", "ordinal"] },
        { "size() of a list", p => p with { Parts = ValueList.From(Enumerable.Range(0, 4).Select(i => new Part { Name = "p" + i })) }, ["count"] },
        { "has(): absent holds", p => p with { Oi = null }, [] },
        { "has(): present and broken", p => p with { Oi = 0 }, ["has"] },
        { "date literal", p => p with { On = new DateOnly(1999, 12, 31) }, ["date"] },
        { "date literal holds", p => p with { On = new DateOnly(2000, 1, 1) }, [] },
        { "datetime literal", p => p with { At = new DateTimeOffset(2100, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)) }, ["datetime"] },
        { "datetime literal holds (same instant, another offset)", p => p with { At = new DateTimeOffset(2100, 1, 1, 0, 59, 0, TimeSpan.FromHours(1)) }, [] },
        { "time literal", p => p with { T = new TimeOnly(7, 59) }, ["time"] },
        { "duration literal", p => p with { Span = TimeSpan.FromHours(3) }, ["duration"] },
        { "datetime + duration", p => p with { At = DateTimeOffset.UnixEpoch, Span = TimeSpan.Zero }, ["datetimePlus"] },
        { "datetime + duration holds", p => p with { At = DateTimeOffset.UnixEpoch, Span = TimeSpan.FromMinutes(1) }, [] },
        { "datetime + duration overflow fails the rule", p => p with { At = DateTimeOffset.MaxValue, Span = TimeSpan.FromHours(1) }, ["datetime", "datetimePlus"] },
        { "startsWith", p => p with { S = "x" }, ["ordinal", "startsWith"] },
        { "endsWith", p => p with { S = "a!" }, ["endsWith", "matches"] },
        { "contains", p => p with { S = "a@@b" }, ["contains", "matches"] },
        { "matches", p => p with { S = "a1" }, ["matches"] },
        { "matches holds", p => p with { S = "abc" }, [] },
        { "value type compares as its primitive", p => p with { Tag = Tag.From("forbidden") }, ["value"] },
        { "size of a value type", p => p with { Tag = Tag.From("0123456789") }, ["valueSize"] },
        { "nested field", p => p with { Part = new Part { Name = "bad" } }, ["nested"] },
        { "nested optional field", p => p with { Part = new Part { Name = "a", Size = 0 } }, ["nestedOptional"] },
        { "all", p => p with { Parts = ValueList.From([new Part { Name = "a" }, new Part { Name = "" }]) }, ["all"] },
        { "exists", p => p with { Words = ValueSet.From(["a", "b"]) }, ["exists"] },
        { "exists holds", p => p with { Words = ValueSet.From(["a", "main"]) }, [] },
        { "unique", p => p with { Parts = ValueList.From([new Part { Name = "a" }, new Part { Name = "b" }, new Part { Name = "a" }]) }, ["unique"] },
        { "all over a map's values", p => p with { Scores = ValueMap.From([new KeyValuePair<string, int>("a", 1), new KeyValuePair<string, int>("b", -1)]) }, ["mapAll"] },
        { "contains over value types", p => p with { Tags = ValueList.From([Tag.From("a"), Tag.From("zzz")]) }, ["valueContains"] },
        { "a macro inside a macro reads the outer variable", p => p with { Parts = ValueList.From([new Part { Name = "a", Size = 3 }]), Words = ValueSet.From(["main"]) }, ["nestedMacro"] },
        { "a macro inside a macro holds", p => p with { Parts = ValueList.From([new Part { Name = "a", Size = 4 }]), Words = ValueSet.From(["main"]) }, [] },
        { "when + require", p => p with { Level = Tier.High, I = 1 }, ["highNeedsPart", "in"] },
        { "when + forbid: one error per field", p => p with { B = true, Words = ValueSet.From(["main"]), Tag = Tag.From("t") }, ["bForbids", "bForbids", "ternary"] },
        { "when that does not hold", p => p with { Words = ValueSet.From(["main"]), Tag = Tag.From("t") }, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_breaks_exactly_the_rules_it_names(string name, Func<Probe, Probe> change, string[] expected)
    {
        _ = name;
        Assert.Equal(expected.Order(StringComparer.Ordinal), Broken(change(Valid)));
    }

    [Fact]
    public void A_failing_check_reports_its_path_code_and_message()
    {
        var error = Assert.Single((Valid with { Part = new Part { Name = "bad" } }).Validate().Errors);
        Assert.Equal(("", "nested", "The rule 'part == null || part.name != 'bad'' does not hold."), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void A_when_rule_reports_at_each_field_with_its_own_message()
    {
        var errors = (Valid with { B = true, I = 1, Words = ValueSet.From(["main"]), Tag = Tag.From("t") }).Validate().Errors;
        Assert.Equal(
            [("/words", "bForbids", "With b set, words and tag must be absent."), ("/tag", "bForbids", "With b set, words and tag must be absent.")],
            errors.Select(e => (e.Path, e.Code, e.Message)));
    }

    [Fact]
    public void Rules_are_skipped_when_a_required_value_they_read_is_missing()
    {
        var probe = Valid with { Part = new Part { Name = null! }, Parts = ValueList.From([new Part { Name = null! }, new Part { Name = null! }]) };
        var errors = probe.Validate().Errors.Select(e => (e.Path, e.Code)).ToArray();
        // Only the required errors: 'nested', 'all' and 'unique' read those names and are skipped rather than run on nulls.
        Assert.Equal([("/part/name", "required"), ("/parts/0/name", "required"), ("/parts/1/name", "required")], errors);
    }

    [Fact]
    public void Rules_of_a_nested_record_report_under_its_path()
    {
        var agenda = TestData.IstanbulAgenda();
        var delegation = agenda.Delegations[1];
        var broken = agenda with { Delegations = ValueList.From([agenda.Delegations[0], delegation with { Head = delegation.Head with { Country = Diplomacy.Domain.CountryCode.From("TR") } }]) };
        Assert.Equal([("/delegations/1", "delegationCountry")], broken.Validate().Errors.Select(e => (e.Path, e.Code)));
    }
}
