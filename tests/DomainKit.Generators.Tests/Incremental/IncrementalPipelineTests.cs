using DomainKit.Generators.Host;
using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Schema.Model;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Incremental;

public class IncrementalPipelineTests
{
    private const string Alpha = "namespace: N\ntypes:\n  Alpha:\n    fields:\n      beta: Beta\n      count: int\n";
    private const string Beta = "namespace: N\ntypes:\n  Beta:\n    fields:\n      name: string\n";
    private const string Gamma = "namespace: N\ntypes:\n  Gamma:\n    enum: [One, Two]\n";

    [Fact]
    public void Second_run_on_an_unchanged_compilation_is_entirely_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var files = GeneratorHarness.Files(("a.yaml", Alpha), ("b.yaml", Beta), ("c.yaml", Gamma), (BaselineHarness.BaselinePath, Gamma));
        var driver = GeneratorHarness.CreateDriver(files, BaselineHarness.Options()).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.Equal(3, first.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs).Count());
        Assert.All(CachingAssert.AllTrackedSteps, step => Assert.True(first.TrackedSteps.ContainsKey(step), $"step {step} is not tracked"));
        CachingAssert.SecondRunReusedEverything(first, second);
    }

    [Fact]
    public void Editing_one_file_regenerates_only_its_own_types()
    {
        var (driver, files) = Start();

        driver = driver.ReplaceAdditionalText(files[1], new InMemoryAdditionalText("b.yaml", Beta + "      title: string?\n"));
        var types = TypeReasons(driver.RunGenerators(GeneratorHarness.CreateCompilation()));

        Assert.Equal(IncrementalStepRunReason.Modified, types["Beta"]);
        Assert.Equal(IncrementalStepRunReason.Cached, types["Alpha"]);
        Assert.Equal(IncrementalStepRunReason.Cached, types["Gamma"]);
    }

    [Fact]
    public void Edit_that_only_moves_text_leaves_every_generated_type_unchanged()
    {
        var (driver, files) = Start();

        driver = driver.ReplaceAdditionalText(files[0], new InMemoryAdditionalText("a.yaml", "# a comment that moves every line\n\n" + Alpha));
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        var modified = result.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs).Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
        Assert.Equal("a.yaml", ((ParsedSchema)Assert.Single(modified).Value).FilePath);
        Assert.All(TypeReasons(driver).Values, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        var sourceOutputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(sourceOutputs);
        Assert.All(sourceOutputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Changing_what_a_referenced_type_is_regenerates_the_types_that_use_it()
    {
        var (driver, files) = Start();

        driver = driver.ReplaceAdditionalText(files[1], new InMemoryAdditionalText("b.yaml", "namespace: N\ntypes:\n  Beta:\n    enum: [X]\n"));
        var types = TypeReasons(driver.RunGenerators(GeneratorHarness.CreateCompilation()));

        Assert.Equal(IncrementalStepRunReason.Modified, types["Beta"]);
        Assert.Equal(IncrementalStepRunReason.Modified, types["Alpha"]);
        Assert.Equal(IncrementalStepRunReason.Cached, types["Gamma"]);
    }

    [Fact]
    public void Adding_a_file_adds_only_new_outputs()
    {
        var (driver, _) = Start();

        driver = driver.AddAdditionalTexts([new InMemoryAdditionalText("d.yaml", "namespace: N\ntypes:\n  Delta:\n    value: int\n")]);
        var types = TypeReasons(driver.RunGenerators(GeneratorHarness.CreateCompilation()));

        Assert.Equal(IncrementalStepRunReason.New, types["Delta"]);
        Assert.Equal(IncrementalStepRunReason.Cached, types["Alpha"]);
        Assert.Equal(IncrementalStepRunReason.Cached, types["Beta"]);
    }

    [Fact]
    public void Removing_a_file_removes_its_generated_sources()
    {
        var (driver, files) = Start();

        driver = driver.RemoveAdditionalTexts([files[2]]).RunGenerators(GeneratorHarness.CreateCompilation());

        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(["N.Alpha.g.cs", "N.Beta.g.cs"], hints.Order(StringComparer.Ordinal));
    }

    private static (GeneratorDriver Driver, AdditionalText[] Files) Start()
    {
        AdditionalText[] files = [new InMemoryAdditionalText("a.yaml", Alpha), new InMemoryAdditionalText("b.yaml", Beta), new InMemoryAdditionalText("c.yaml", Gamma)];
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.CreateCompilation());
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, files);
    }

    /// <summary>The run reason of each generated type, by type name, in the last run.</summary>
    private static Dictionary<string, IncrementalStepRunReason> TypeReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Types]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Removed)
            .ToDictionary(o => ((TypeSpec)o.Value).Name, o => o.Reason);
}
