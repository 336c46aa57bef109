using DomainKit.Generators.Host;
using DomainKit.Generators.Tests.Compiling;
using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Schema.Model;
using DomainKit.Testing;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Incremental;

/// <summary>1,000 entity types over 100 files: the generated code compiles, and one edit re-emits one type.</summary>
public class ScaleTests
{
    private static readonly SyntheticDomain Domain = new();

    [Fact]
    public void A_thousand_types_generate_and_compile_cleanly()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Files(Domain.Schemas()), GeneratorHarness.Options());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1_000, result.GeneratedTrees.Length);
        GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
    }

    [Fact]
    public void Editing_one_file_of_a_hundred_re_emits_only_the_changed_type()
    {
        var files = Domain.Schemas().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(files[42], new InMemoryAdditionalText(SyntheticDomain.Path(42), Domain.Schema(42, edit: true)))
            .RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        var types = run.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs).ToList();
        var changed = types.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => ((TypeSpec)o.Value).Name).ToList();
        Assert.Equal(["E42"], changed);
        Assert.Equal(990, types.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        Assert.Equal(9, types.Count(o => o.Reason == IncrementalStepRunReason.Unchanged));

        var emitted = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Equal(1, emitted);
    }
}
