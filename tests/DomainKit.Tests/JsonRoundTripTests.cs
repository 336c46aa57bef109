using System.Text;
using System.Text.Json;
using Diplomacy.Domain;

namespace DomainKit.Tests;

public class JsonRoundTripTests
{
    [Fact]
    public void Fully_populated_mission_round_trips()
    {
        var mission = TestData.FullyPopulatedMission();

        var json = mission.ToJson();
        var back = Mission.FromJson(json);

        Assert.Equal(mission, back);
    }

    [Fact]
    public void Istanbul_agenda_round_trips_through_JsonSerializer_with_default_options()
    {
        var agenda = TestData.IstanbulAgenda();

        var json = JsonSerializer.Serialize(agenda);
        var back = JsonSerializer.Deserialize<Agenda>(json);

        Assert.Equal(agenda, back);
        Assert.Equal(agenda.ToJson(), json);
    }
}
