using DomainKit.Generators.Host;
using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Schema.Model;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Incremental;

/// <summary>Rules read other files' records, and only the files whose rules can reach an edited record are checked again.</summary>
public class RuleIncrementalTests
{
    private const string Alpha = "namespace: N\ntypes:\n  Alpha:\n    fields:\n      beta: Beta\n    rules:\n      - check: beta.name != ''\n";
    private const string Beta = "namespace: N\ntypes:\n  Beta:\n    fields:\n      name: string\n";
    private const string Delta = "namespace: N\ntypes:\n  Delta:\n    fields:\n      beta: Beta\n      count: int\n    rules:\n      - check: count > 0\n";
    private const string Gamma = "namespace: N\ntypes:\n  Gamma:\n    fields:\n      beta: Beta\n";

    [Fact]
    public void Editing_a_record_rechecks_the_files_whose_rules_reach_it_and_no_other()
    {
        AdditionalText[] files = [new InMemoryAdditionalText("a.yaml", Alpha), new InMemoryAdditionalText("b.yaml", Beta), new InMemoryAdditionalText("d.yaml", Delta), new InMemoryAdditionalText("g.yaml", Gamma)];
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.CreateCompilation());
        Assert.Empty(driver.GetRunResult().Diagnostics);

        driver = driver.ReplaceAdditionalText(files[1], new InMemoryAdditionalText("b.yaml", Beta + "      title: string?\n"));
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        var checkedFiles = result.TrackedSteps[TrackingNames.Checked].SelectMany(s => s.Outputs)
            .ToDictionary(o => Path.GetFileName(((CheckedSchema)o.Value).FilePath), o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, checkedFiles["b.yaml"]);
        // Alpha's rule reads beta.name: checked again, with the same result.
        Assert.Equal(IncrementalStepRunReason.Unchanged, checkedFiles["a.yaml"]);
        // Delta has rules that Beta could reach through 'beta', so it is checked again too; Gamma has no rules.
        Assert.Equal(IncrementalStepRunReason.Unchanged, checkedFiles["d.yaml"]);
        Assert.Equal(IncrementalStepRunReason.Cached, checkedFiles["g.yaml"]);
    }

    [Fact]
    public void A_rule_sees_a_field_added_in_another_file()
    {
        AdditionalText[] files = [new InMemoryAdditionalText("a.yaml", Alpha.Replace("beta.name != ''", "beta.title == null")), new InMemoryAdditionalText("b.yaml", Beta)];
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.CreateCompilation());
        Assert.Equal("DK0029", Assert.Single(driver.GetRunResult().Diagnostics).Id);

        driver = driver.ReplaceAdditionalText(files[1], new InMemoryAdditionalText("b.yaml", Beta + "      title: string?\n"));
        Assert.Empty(driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Diagnostics);
    }
}
