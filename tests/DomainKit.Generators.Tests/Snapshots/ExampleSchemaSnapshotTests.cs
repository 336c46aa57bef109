using DomainKit.Generators.Tests.Infrastructure;

namespace DomainKit.Generators.Tests.Snapshots;

public class ExampleSchemaSnapshotTests
{
    [Fact]
    public void ExampleSchemas()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.ExampleSchemas());

        Assert.Empty(result.Diagnostics);
        Snapshot.MatchGenerated(result);
    }
}
