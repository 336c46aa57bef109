using DomainKit.Generators.Host;
using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Schema.Diagnostics;
using DomainKit.Schema.Model;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Incremental;

/// <summary>A baseline edit re-runs only the comparisons it affects and regenerates no code.</summary>
public class BaselineIncrementalTests
{
    private const string Alpha = "namespace: N\ntypes:\n  Alpha:\n    fields:\n      count: int\n";
    private const string Beta = "namespace: N\ntypes:\n  Beta:\n    fields:\n      name: string\n";
    private const string AlphaPath = "schema-baseline/a.yaml";
    private const string BetaPath = "schema-baseline/b.yaml";

    [Fact]
    public void Editing_a_baseline_file_compares_only_the_files_that_continue_its_types_and_regenerates_nothing()
    {
        var baselineAlpha = new InMemoryAdditionalText(AlphaPath, Alpha);
        AdditionalText[] files = [new InMemoryAdditionalText("schema/a.yaml", Alpha), new InMemoryAdditionalText("schema/b.yaml", Beta), baselineAlpha, new InMemoryAdditionalText(BetaPath, Beta)];
        var driver = GeneratorHarness.CreateDriver(files, BaselineHarness.Options(null, AlphaPath, BetaPath)).RunGenerators(GeneratorHarness.CreateCompilation());
        Assert.Empty(driver.GetRunResult().Diagnostics);

        // In the baseline, Alpha.count was optional: today's required count breaks backward.
        driver = driver.ReplaceAdditionalText(baselineAlpha, new InMemoryAdditionalText(AlphaPath, Alpha.Replace("count: int", "count: int?")));
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        var parsed = Outputs(result, TrackingNames.BaselineParsed).Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
        Assert.Equal(AlphaPath, ((ParsedSchema)Assert.Single(parsed).Value).FilePath);
        var compared = Outputs(result, TrackingNames.BreakingChanges).ToList();
        Assert.Equal(2, compared.Count);
        var modified = Assert.Single(compared, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("DK0046", Assert.Single((EquatableArray<SchemaDiagnostic>)modified.Value).Definition.Id);
        Assert.Single(compared, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.All(Outputs(result, TrackingNames.Types), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal("DK0046", Assert.Single(result.Diagnostics).Id);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs);
}
