using Diplomacy.Domain;

namespace DomainKit.Tests;

public class AllocationTests
{
    // Two arrays of two references: each an object header, a method table pointer and a length, then its two items.
    private static readonly int TwoArraysOfTwoReferences = 2 * (3 + 2) * IntPtr.Size;

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

    [Fact]
    public void Reading_a_map_allocates_its_keys_and_values_arrays_and_no_key_seen_before()
    {
        var empty = (TestData.FullyPopulatedMission() with { Contacts = [] }).ToUtf8Json();
        // Values of one character come from the short-string cache; the keys are longer than it holds.
        var twoEntries = (TestData.FullyPopulatedMission() with { Contacts = [new("phone", "a"), new("email", "b")] }).ToUtf8Json();
        for (var i = 0; i < 100; i++)
        {
            Mission.FromJson(empty);
            Mission.FromJson(twoEntries);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        Mission.FromJson(empty);
        var withoutMap = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        Mission.FromJson(twoEntries);
        var withMap = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(TwoArraysOfTwoReferences, withMap - withoutMap);
    }

    [Fact]
    public void A_small_map_is_its_two_arrays_and_nothing_else()
    {
        var context = new DomainKit.Runtime.JsonReadContext();
        static DomainKit.ValueMap<string> TwoEntries(DomainKit.Runtime.JsonReadContext context)
        {
            var buffer = new DomainKit.Runtime.MapBuffer<string>();
            buffer.Add("phone", "a");
            buffer.Add("email", "b");
            return buffer.ToValueMap(context);
        }
        for (var i = 0; i < 100; i++) TwoEntries(context);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var map = TwoEntries(context);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["email", "phone"], map.Keys);
        Assert.Equal(TwoArraysOfTwoReferences, allocated);
    }
}
