using System.Text;
using CsCheck;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>FromJson(ToJson(x)) equals x for random valid instances of every example type.</summary>
public class JsonRoundTripPropertyTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_ROUNDTRIPS"), out var n) ? n : 300;

    private static void RoundTrips<T>(Gen<T> gen, Func<T, string> toJson, Func<string, T> fromJson, Func<T, DomainKit.ValidationResult> validate) =>
        gen.SampleSeeded(value =>
        {
            Assert.True(validate(value).IsValid, "the generator made an invalid value: " + validate(value));
            var json = toJson(value);
            Assert.Equal(value, fromJson(json));
        }, iter: Iterations);

    [Fact]
    public void Diplomat() => RoundTrips(ExampleGenerators.Diplomats, d => d.ToJson(), Diplomacy.Domain.Diplomat.FromJson, d => d.Validate());

    [Fact]
    public void Delegation() => RoundTrips(ExampleGenerators.Delegations, d => d.ToJson(), Diplomacy.Domain.Delegation.FromJson, d => d.Validate());

    [Fact]
    public void Consulate() => RoundTrips(ExampleGenerators.Consulates, c => c.ToJson(), Diplomacy.Domain.Consulate.FromJson, c => c.Validate());

    [Fact]
    public void GeoPoint() => RoundTrips(ExampleGenerators.GeoPoints, g => g.ToJson(), Diplomacy.Domain.GeoPoint.FromJson, g => g.Validate());

    [Fact]
    public void Mission() => RoundTrips(ExampleGenerators.Missions, m => m.ToJson(), Diplomacy.Domain.Mission.FromJson, m => m.Validate());

    [Fact]
    public void AgendaItem() => RoundTrips(ExampleGenerators.AgendaItems, i => i.ToJson(), Diplomacy.Domain.AgendaItem.FromJson, i => i.Validate());

    [Fact]
    public void DiplomaticEvent() => RoundTrips(ExampleGenerators.Events, e => e.ToJson(), Diplomacy.Domain.DiplomaticEvent.FromJson, e => e.Validate());

    [Fact]
    public void Agenda() => RoundTrips(ExampleGenerators.Agendas, a => a.ToJson(), Diplomacy.Domain.Agenda.FromJson, a => a.Validate());

    [Fact]
    public void Value_types()
    {
        RoundTrips(ExampleGenerators.Country, c => c.ToJson(), CountryCode.FromJson, c => c.Validate());
        RoundTrips(ExampleGenerators.DiplomatIds, d => d.ToJson(), DiplomatId.FromJson, d => d.Validate());
        RoundTrips(ExampleGenerators.MissionIds, m => m.ToJson(), MissionId.FromJson, m => m.Validate());
        RoundTrips(ExampleGenerators.Staff, s => s.ToJson(), StaffCount.FromJson, s => s.Validate());
    }

    [Fact]
    public void Utf8_bytes_and_TryFromJson_agree_with_the_string_path() =>
        ExampleGenerators.Missions.SampleSeeded(mission =>
        {
            var utf8 = Encoding.UTF8.GetBytes(mission.ToJson());
            Assert.True(Diplomacy.Domain.Mission.TryFromJson(utf8, out var back, out var result), result.ToString());
            Assert.Equal(mission, back);
            Assert.Same(DomainKit.ValidationResult.Valid, result);
        }, iter: Iterations / 3);
}
