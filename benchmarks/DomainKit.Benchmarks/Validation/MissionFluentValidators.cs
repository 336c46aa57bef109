using System.Text.RegularExpressions;
using Diplomacy.Domain;
using FluentValidation;

namespace DomainKit.Benchmarks.Validation;

// The same rules as schema/*.yaml, written the way a FluentValidation user would write them.

public sealed class MissionValidator : AbstractValidator<Mission>
{
    public MissionValidator()
    {
        RuleFor(m => m.Id.Value).NotNull().Length(3, 60).OverridePropertyName("id");
        RuleFor(m => m.Kind).IsInEnum();
        RuleFor(m => m.SendingCountry.Value).NotNull().Matches(Patterns.Country).OverridePropertyName("sendingCountry");
        RuleFor(m => m.HostCountry.Value).NotNull().Matches(Patterns.Country).OverridePropertyName("hostCountry");
        RuleFor(m => m.City).NotNull().Length(1, 100);
        RuleFor(m => m.Status).IsInEnum();
        RuleFor(m => m.Head!).SetValidator(new DiplomatValidator()).When(m => m.Head is not null);
        RuleFor(m => m.StaffCeiling).InclusiveBetween(0, 5000);
        RuleFor(m => m.StaffPresent).GreaterThanOrEqualTo(0);
        RuleFor(m => m.RegistryNumber).GreaterThanOrEqualTo(1).When(m => m.RegistryNumber is not null);
        RuleFor(m => m.AnnualBudgetUsd).GreaterThanOrEqualTo(0).When(m => m.AnnualBudgetUsd is not null);
        RuleFor(m => m.Location!).SetValidator(new GeoPointValidator()).When(m => m.Location is not null);
        RuleFor(m => m.OpenedOn).GreaterThanOrEqualTo(new DateOnly(1700, 1, 1));
        RuleForEach(m => m.Consulates).NotNull().SetValidator(new ConsulateValidator());
        RuleForEach(m => m.Contacts.Values).NotNull().OverridePropertyName("contacts");
        RuleForEach(m => m.Tags).NotNull();
        Include(new MissionRulesValidator());
    }
}

/// <summary>The rules of schema/mission.yaml's <c>rules:</c>, alone, with <c>Must</c> and <c>When</c>.</summary>
public sealed class MissionRulesValidator : AbstractValidator<Mission>
{
    public MissionRulesValidator()
    {
        RuleFor(m => m.StaffPresent).Must((m, present) => present <= m.StaffCeiling)
            .WithErrorCode("staffOverCeiling").WithMessage("More staff present than the host country allows.");
        RuleFor(m => m.ClosedOn).Must((m, closed) => closed >= m.OpenedOn).When(m => m.ClosedOn is not null)
            .WithErrorCode("rule").WithMessage("A mission cannot close before it opened.");
        RuleFor(m => m.ClosedOn).NotNull().When(m => m.Status == PostStatus.Closed).WithErrorCode("rule");
        RuleFor(m => m.ClosedOn).Null().When(m => m.Status != PostStatus.Closed).WithErrorCode("rule");
        RuleFor(m => m.HostCountry).Must((m, host) => host.Value != m.SendingCountry.Value)
            .WithErrorCode("rule").WithMessage("A mission is hosted by a country other than the one that sends it.");
        RuleFor(m => m.Consulates).Must(consulates => consulates.Select(c => c.Id).Distinct().Count() == consulates.Count)
            .WithErrorCode("rule").WithMessage("Two consulates of one mission share an id.");
    }
}

public sealed class DiplomatValidator : AbstractValidator<Diplomat>
{
    public DiplomatValidator()
    {
        RuleFor(d => d.Id.Value).NotNull().Matches(Patterns.DiplomatId).OverridePropertyName("id");
        RuleFor(d => d.FullName).NotNull().Length(1, 200);
        RuleFor(d => d.Rank).IsInEnum();
        RuleFor(d => d.Country.Value).NotNull().Matches(Patterns.Country).OverridePropertyName("country");
        RuleFor(d => d.Ministry).MaximumLength(200);
        RuleFor(d => d.Email).EmailAddress().When(d => d.Email is not null);
        RuleFor(d => d.Languages).Must(l => l.Count >= 1).WithErrorCode("minItems")
            .Must(l => l.Distinct().Count() == l.Count).WithErrorCode("unique");
        RuleForEach(d => d.Languages).NotNull();
    }
}

public sealed class ConsulateValidator : AbstractValidator<Consulate>
{
    public ConsulateValidator()
    {
        RuleFor(c => c.Id.Value).NotNull().Length(3, 60).OverridePropertyName("id");
        RuleFor(c => c.City).NotNull().Length(1, 100);
        RuleFor(c => c.Status).IsInEnum();
        RuleFor(c => c.Staff!.Value.Value).InclusiveBetween(0, 5000).When(c => c.Staff is not null).OverridePropertyName("staff");
        RuleForEach(c => c.District).NotNull();
    }
}

public sealed class GeoPointValidator : AbstractValidator<GeoPoint>
{
    public GeoPointValidator()
    {
        RuleFor(g => g.Latitude).InclusiveBetween(-90, 90);
        RuleFor(g => g.Longitude).InclusiveBetween(-180, 180);
    }
}

internal static class Patterns
{
    // Built once, as a careful FluentValidation user would; NonBacktracking to match DomainKit's guarantee.
    public static readonly Regex Country = new("^[A-Z]{2}$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    public static readonly Regex DiplomatId = new("^[a-z][a-z0-9-]{2,39}$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
}
