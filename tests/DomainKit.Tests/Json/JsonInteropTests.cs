using System.Text.Json;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>System.Text.Json reading DomainKit's output into hand-written POCOs sees the same values.</summary>
public class JsonInteropTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_plain_JsonSerializer_client_reads_a_mission()
    {
        var mission = TestData.FullyPopulatedMission();

        var poco = JsonSerializer.Deserialize<MissionPoco>(mission.ToJson(), Web)!;

        Assert.Equal(mission.Id.Value, poco.Id);
        Assert.Equal("Embassy", poco.Kind);
        Assert.Equal(mission.City, poco.City);
        Assert.Equal("reduced-staff", poco.Status);
        Assert.Equal(mission.StaffCeiling, poco.StaffCeiling);
        Assert.Equal(mission.AnnualBudgetUsd, poco.AnnualBudgetUsd);
        Assert.Equal(mission.OpenedOn, poco.OpenedOn);
        Assert.Null(poco.ClosedOn);
        Assert.Equal(mission.Location!.Latitude, poco.Location!.Latitude);
        Assert.Equal(mission.Head!.AccreditedOn, poco.Head!.Accredited_On);
        Assert.Equal(mission.Head.Languages, poco.Head.Languages);
        Assert.Equal(mission.Consulates.Select(c => c.City), poco.Consulates.Select(c => c.City));
        Assert.Equal(mission.Consulates[0].OpensAt, poco.Consulates[0].OpensAt);
        Assert.Equal(mission.Consulates[0].Website, poco.Consulates[0].Website);
        Assert.Equal(mission.Contacts.OrderBy(c => c.Key, StringComparer.Ordinal), poco.Contacts.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_plain_JsonSerializer_client_reads_an_agenda()
    {
        var agenda = TestData.IstanbulAgenda();

        var poco = JsonSerializer.Deserialize<AgendaPoco>(agenda.ToJson(), Web)!;

        Assert.Equal(agenda.Id, poco.Id);
        Assert.Equal(agenda.StartsAt, poco.StartsAt);
        Assert.Equal(agenda.StartsAt!.Value.Offset, poco.StartsAt!.Value.Offset);
        Assert.Equal(agenda.Items[0].AllottedTime, poco.Items[0].AllottedTime);
        Assert.Equal(agenda.Items.Select(i => i.Priority), poco.Items.Select(i => i.Priority));
        Assert.Equal(agenda.NotesByDelegation["US"], poco.NotesByDelegation["US"]);
    }

    // What a client without DomainKit would write by hand.
    private sealed record MissionPoco(
        string Id, string Kind, string City, string Status, int StaffCeiling, decimal? AnnualBudgetUsd,
        DateOnly OpenedOn, DateOnly? ClosedOn, GeoPointPoco? Location, DiplomatPoco? Head,
        List<ConsulatePoco> Consulates, Dictionary<string, string> Contacts);

    private sealed record GeoPointPoco(double Latitude, double Longitude);

    private sealed record DiplomatPoco(string Id, string FullName, List<string> Languages, DateOnly? Accredited_On);

    private sealed record ConsulatePoco(string Id, string City, TimeOnly? OpensAt, Uri? Website);

    private sealed record AgendaPoco(Guid Id, DateTimeOffset? StartsAt, List<AgendaItemPoco> Items, Dictionary<string, List<string>> NotesByDelegation);

    private sealed record AgendaItemPoco(string Topic, TimeSpan? AllottedTime, int Priority);
}
