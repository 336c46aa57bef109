using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Infrastructure;

/// <summary>Runs the generator with a baseline file beside the current one, as the package's props pass them.</summary>
public static class BaselineHarness
{
    public const string BaselinePath = "schema-baseline/test.yaml";
    public const string CurrentPath = "schema/test.yaml";

    /// <summary>The diagnostics of a build whose baseline is <paramref name="baseline"/> (null: no baseline file), sorted by position.</summary>
    public static IReadOnlyList<Diagnostic> Check(string? baseline, string current, string? compatibility = null)
    {
        var files = new List<(string, string)> { (CurrentPath, current) };
        if (baseline is not null) files.Add((BaselinePath, baseline));
        return GeneratorHarness.Run(GeneratorHarness.Files(files.ToArray()), Options(compatibility)).Result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ToList();
    }

    public static TestOptionsProvider Options(string? compatibility = null, params string[] baselinePaths)
    {
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = GeneratorHarness.DefaultNamespace };
        if (compatibility is not null) global["build_property.DomainKitCompatibility"] = compatibility;
        var perFile = baselinePaths.Append(BaselinePath).Distinct().ToDictionary(
            path => path,
            path => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DomainKitSchema"] = "baseline" });
        return new TestOptionsProvider(global, perFile);
    }
}
