using Diplomacy.Domain;

namespace DomainKit.Tests;

public class AllocationTests
{
    [Fact]
    public void Validating_a_valid_fully_populated_mission_allocates_nothing()
    {
        var mission = TestData.FullyPopulatedMission();
        Assert.True(mission.Validate().IsValid);
        for (var i = 0; i < 100; i++) mission.Validate();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = mission.Validate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Validating_an_invalid_mission_does_allocate_its_errors()
    {
        var mission = TestData.FullyPopulatedMission() with { City = "" };
        mission.Validate();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = mission.Validate();

        Assert.False(result.IsValid);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0);
    }
}
