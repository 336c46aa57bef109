using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy.Domain;
using DomainKit.Benchmarks.Rules;
using FluentValidation;

namespace DomainKit.Benchmarks.Validation;

/// <summary>
/// The example Mission's cross-field rules alone, on <c>MissionFacts</c> (benchmarks/…/schema/mission-facts.yaml:
/// the fields the rules read, no constraints of their own): DomainKit's generated <c>Validate()</c> against
/// the same six rules in FluentValidation (<c>Must</c>, <c>When</c>). A valid object, and one that breaks four rules.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuleBenchmarks
{
    private readonly MissionFactsRules _fluent = new();
    private MissionFacts _valid = null!;
    private MissionFacts _broken = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = new MissionFacts
        {
            SendingCountry = "RU",
            HostCountry = "US",
            Status = PostStatus.ReducedStaff,
            StaffCeiling = 455,
            StaffPresent = 120,
            OpenedOn = new DateOnly(1933, 11, 16),
            ClosedOn = null,
            ConsulateIds = ["ru-consulate-new-york", "ru-consulate-houston", "ru-consulate-san-francisco", "ru-consulate-seattle"],
        };
        _broken = _valid with { StaffPresent = 500, ClosedOn = new DateOnly(1900, 1, 1), HostCountry = "RU" };
        if (!_valid.Validate().IsValid || !_fluent.Validate(_valid).IsValid)
            throw new InvalidOperationException("the valid facts must pass both");
        var ours = _broken.Validate().Errors.Select(e => e.Code).ToList();
        var theirs = _fluent.Validate(_broken).Errors.Count;
        if (ours.Count != 4 || theirs != 4)
            throw new InvalidOperationException($"the broken facts must break four rules on both sides: {string.Join(", ", ours)} / {theirs}");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("RulesHold")]
    public bool FluentValidation_Valid() => _fluent.Validate(_valid).IsValid;

    [Benchmark, BenchmarkCategory("RulesHold")]
    public bool DomainKit_Valid() => _valid.Validate().IsValid;

    [Benchmark(Baseline = true), BenchmarkCategory("RulesBroken")]
    public int FluentValidation_Broken() => _fluent.Validate(_broken).Errors.Count;

    [Benchmark, BenchmarkCategory("RulesBroken")]
    public int DomainKit_Broken() => _broken.Validate().Errors.Count;
}

/// <summary>schema/mission.yaml's rules, as a FluentValidation user would write them.</summary>
public sealed class MissionFactsRules : AbstractValidator<MissionFacts>
{
    public MissionFactsRules()
    {
        RuleFor(m => m.StaffPresent).Must((m, present) => present <= m.StaffCeiling)
            .WithErrorCode("staffOverCeiling").WithMessage("More staff present than the host country allows.");
        RuleFor(m => m.ClosedOn).Must((m, closed) => closed >= m.OpenedOn).When(m => m.ClosedOn is not null)
            .WithErrorCode("rule").WithMessage("A mission cannot close before it opened.");
        RuleFor(m => m.ClosedOn).NotNull().When(m => m.Status == PostStatus.Closed).WithErrorCode("rule");
        RuleFor(m => m.ClosedOn).Null().When(m => m.Status != PostStatus.Closed).WithErrorCode("rule");
        RuleFor(m => m.HostCountry).Must((m, host) => host != m.SendingCountry)
            .WithErrorCode("rule").WithMessage("A mission is hosted by a country other than the one that sends it.");
        RuleFor(m => m.ConsulateIds).Must(ids => ids.Distinct().Count() == ids.Count)
            .WithErrorCode("rule").WithMessage("Two consulates of one mission share an id.");
    }
}
