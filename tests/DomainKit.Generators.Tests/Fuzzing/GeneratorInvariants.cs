using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>What must hold after any generator run, whatever the input: no exception, no internal error, every diagnostic inside its file.</summary>
internal static class GeneratorInvariants
{
    /// <summary>Throws when an invariant is broken; otherwise says whether the run reported a DK error.</summary>
    public static bool Check(GeneratorDriverRunResult run, IReadOnlyList<AdditionalText> files)
    {
        var result = run.Results.Single();
        if (result.Exception is not null) throw new InvalidOperationException("the generator threw", result.Exception);
        var lengths = files.ToDictionary(f => f.Path, f => f.GetText()!.Length);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id is "DK9999" or "CS8785") throw new InvalidOperationException("internal error: " + diagnostic);
            var span = diagnostic.Location.SourceSpan;
            var lines = diagnostic.Location.GetLineSpan();
            if (diagnostic.Location.Kind != LocationKind.ExternalFile || !lengths.TryGetValue(lines.Path, out var length) || span.End > length)
                throw new InvalidOperationException($"{diagnostic.Id} is located outside its file: {diagnostic.Location} {lines}");
            if (lines.StartLinePosition > lines.EndLinePosition) throw new InvalidOperationException($"{diagnostic.Id} ends before it starts: {lines}");
        }
        return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    }
}
