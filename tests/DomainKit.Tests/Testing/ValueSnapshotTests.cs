using System.Reflection;
using Diplomacy.Domain;
using DomainKit.Testing;

namespace DomainKit.Tests.Testing;

public class ValueSnapshotTests
{
    [Fact]
    public void A_mission_is_snapshot_as_its_canonical_json()
    {
        ValueSnapshot.Match(TestData.FullyPopulatedMission(), "mission");
    }

    [Fact]
    public void The_canonical_json_is_what_the_generated_writer_writes_and_reads_back_equal()
    {
        var mission = TestData.FullyPopulatedMission();
        var json = ValueSnapshot.Json(mission);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.Contains("\n  \"id\": ", json, StringComparison.Ordinal);
        Assert.Equal(mission, Mission.FromJson(json));
    }

    [Fact]
    public void The_build_records_this_projects_schema_files_namespace_and_baseline_for_snapshots()
    {
        var settings = BuildSettings.Of(typeof(ValueSnapshotTests).Assembly);
        Assert.Contains(settings.Schemas, path => path.EndsWith(Path.Combine("schema", "mission.yaml"), StringComparison.Ordinal));
        Assert.All(settings.Schemas, path => Assert.True(Path.IsPathRooted(path) && File.Exists(path), path));
        Assert.Equal(typeof(ValueSnapshotTests).Assembly.GetName().Name, settings.DefaultNamespace);
        Assert.NotNull(typeof(ValueSnapshotTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "DomainKit.Testing.Baseline"));
    }
}
