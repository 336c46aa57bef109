using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Compiling;

public class GeneratedCodeCompilesTests
{
    [Fact]
    public void ExampleSchemas_compile_without_warnings_with_nullable_enabled()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.ExampleSchemas());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(19, result.GeneratedTrees.Length);
        AssertCompilesCleanly(output);
    }

    internal static void AssertCompilesCleanly(Microsoft.CodeAnalysis.Compilation output)
    {
        var problems = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, "Generated code has compiler diagnostics:\n" + string.Join("\n", problems));
    }
}
