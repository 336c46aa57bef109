using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Testing;

namespace DomainKit.Generators.Tests.Snapshots;

public class ExampleSchemaSnapshotTests
{
    /// <summary>
    /// The generator's output for the example schemas, and the DomainKit.Testing package's (which emits through the
    /// schema compiler without Roslyn), held to the same verified files: the package snapshots what the build generates.
    /// </summary>
    [Fact]
    public void ExampleSchemas()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.ExampleSchemas());

        Assert.Empty(result.Diagnostics);
        GeneratedCode.MatchSourceSnapshots(GeneratorHarness.Sources(result));
        GeneratedCode.MatchFolderSnapshots(Path.Combine(AppContext.BaseDirectory, "schema"), GeneratorHarness.DefaultNamespace);
    }
}
