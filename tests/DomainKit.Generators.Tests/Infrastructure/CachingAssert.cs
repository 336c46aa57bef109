using System.Collections;
using System.Reflection;
using DomainKit.Generators.Host;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Infrastructure;

/// <summary>Assertions about the incremental pipeline's caching, shared by the harness and the pipeline tests.</summary>
public static class CachingAssert
{
    public static readonly string[] AllTrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    /// <summary>
    /// No step output of the first run holds a Roslyn object; the second run ran the same steps, and
    /// every step's outputs are Cached or Unchanged and every source output is Cached. (A step with
    /// nothing to do, like Types for a file that declares none, is not tracked in either run.)
    /// </summary>
    public static void SecondRunReusedEverything(GeneratorRunResult first, GeneratorRunResult second)
    {
        Assert.Contains(TrackingNames.Parsed, first.TrackedSteps.Keys);
        Assert.Equal(first.TrackedSteps.Keys.Order(StringComparer.Ordinal), second.TrackedSteps.Keys.Order(StringComparer.Ordinal));
        foreach (var step in first.TrackedSteps.Keys)
        {
            var reasons = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"second run, step {step}: {r}"));
        }
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        NoRoslynObjects(first);
    }

    /// <summary>
    /// After an edit that only moves text: the position-free index and every type spec compare equal to
    /// the first run's (Unchanged or Cached), and the generated sources are the same.
    /// </summary>
    public static void MovingTextRegeneratesNothing(GeneratorRunResult first, GeneratorRunResult moved)
    {
        foreach (var step in new[] { TrackingNames.Index, TrackingNames.Types }.Where(moved.TrackedSteps.ContainsKey))
        {
            var reasons = moved.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"text moved, step {step}: {r}"));
        }
        Assert.Equal(first.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())), moved.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    /// <summary>
    /// No output of our named steps holds a compilation, symbol, syntax node, location or diagnostic: they
    /// would defeat caching. (Roslyn's own SourceOutput steps carry the reported diagnostics by design.)
    /// </summary>
    public static void NoRoslynObjects(GeneratorRunResult result)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, steps) in result.TrackedSteps.Where(s => AllTrackedSteps.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs)) NoRoslynObjects(output.Value, name, seen);
        }
    }

    private static void NoRoslynObjects(object? node, string step, HashSet<object> seen)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !seen.Add(node)) return;
        Assert.False(node is Compilation or ISymbol or SyntaxNode or Location or Diagnostic,
            $"step {step} holds a {node.GetType().Name}, which breaks caching");
        if (node is IEnumerable sequence)
        {
            foreach (var item in sequence) NoRoslynObjects(item, step, seen);
            return;
        }
        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            NoRoslynObjects(field.GetValue(node), step, seen);
        }
    }
}
