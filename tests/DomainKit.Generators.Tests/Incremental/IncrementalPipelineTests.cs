using System.Collections;
using System.Reflection;
using DomainKit.Generators.Core.Model;
using DomainKit.Generators.Host;
using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Incremental;

public class IncrementalPipelineTests
{
    private const string Alpha = "namespace: N\ntypes:\n  Alpha:\n    fields:\n      beta: Beta\n      count: int\n";
    private const string Beta = "namespace: N\ntypes:\n  Beta:\n    fields:\n      name: string\n";
    private const string Gamma = "namespace: N\ntypes:\n  Gamma:\n    enum: [One, Two]\n";

    private static readonly string[] AllTrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Second_run_on_an_unchanged_compilation_is_entirely_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Files(("a.yaml", Alpha), ("b.yaml", Beta), ("c.yaml", Gamma)))
            .RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (var step in AllTrackedSteps)
        {
            Assert.True(first.TrackedSteps.ContainsKey(step), $"step {step} is not tracked");
            var reasons = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        AssertNoRoslynObjects(first);
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

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.Parsed].Single(s => s.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified)).Outputs[0].Reason);
        Assert.All(TypeReasons(driver).Values, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Where(o => o.Value is TypeSpec), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));
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

    private static void AssertNoRoslynObjects(GeneratorRunResult result)
    {
        foreach (var (name, steps) in result.TrackedSteps)
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? node, string step, HashSet<object> seen)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !seen.Add(node)) return;
        Assert.False(node is Microsoft.CodeAnalysis.Compilation or ISymbol or SyntaxNode or Location or Diagnostic,
            $"step {step} holds a {node.GetType().Name}, which breaks caching");
        if (node is IEnumerable sequence)
        {
            foreach (var item in sequence) AssertNoRoslynObjects(item, step, seen);
            return;
        }
        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(node), step, seen);
        }
    }
}
