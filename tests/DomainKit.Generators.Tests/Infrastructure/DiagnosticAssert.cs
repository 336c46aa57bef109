using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Infrastructure;

public static class DiagnosticAssert
{
    /// <summary>Runs the generator on one schema file and returns its diagnostics, sorted by position.</summary>
    public static IReadOnlyList<Diagnostic> Run(string yaml, string path = "schema/test.yaml") =>
        GeneratorHarness.Run((path, yaml)).Result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ToList();

    /// <summary>
    /// Asserts a diagnostic with <paramref name="id"/> at the 1-based <paramref name="line"/> and
    /// <paramref name="column"/> of <paramref name="path"/>, as <c>dotnet build</c> would print it.
    /// </summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id, int line, int column, string path = "schema/test.yaml")
    {
        var all = diagnostics.ToList();
        var matching = all.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{string.Join("\n", all)}");
        var span = matching[0].Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        return matching[0];
    }
}
