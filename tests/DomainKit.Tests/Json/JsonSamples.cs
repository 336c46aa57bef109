namespace DomainKit.Tests.Json;

internal static class JsonSamples
{
    /// <summary>A valid, fully populated mission as a client might send it.</summary>
    public static readonly string Mission = TestData.FullyPopulatedMission().ToJson();
}
