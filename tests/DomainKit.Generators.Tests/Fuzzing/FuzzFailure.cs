using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>A broken invariant, with the input that broke it.</summary>
internal sealed class FuzzFailure(string message) : Exception(message)
{
    /// <summary>The warnings and errors among the diagnostics (the first five): any one fails an error-free input.</summary>
    public static List<Diagnostic> Problems(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Distinct().Take(5).ToList();

    public static FuzzFailure DoesNotCompile(int input, IReadOnlyList<Diagnostic> problems, string description) =>
        new($"input {input}: error-free schemas generated code that does not compile:\n{string.Join("\n", problems)}\n--- input ---\n{description}");
}
