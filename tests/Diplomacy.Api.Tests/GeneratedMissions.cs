using DomainKit.Testing;

namespace Diplomacy.Api.Tests;

/// <summary>Missions generated from the example schemas the sample builds from (DomainKit.Testing).</summary>
internal static class GeneratedMissions
{
    public const ulong Seed = 20261202;

    public static readonly TestDomain Domain = TestDomain.FromFolder("../../schema", "Diplomacy.Domain");
}
