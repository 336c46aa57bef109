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
        Assert.Equal(18, result.GeneratedTrees.Length);
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

public class DocCommentLineBreakTests
{
    // C# ends a line at \r, \n, U+0085, U+2028 and U+2029; a doc containing one must not end the /// comment.
    // The YAML escapes \N, \L, \P, \r and \x01 put those characters (and a control character) into the doc.
    [Theory]
    [InlineData("\\L")]
    [InlineData("\\P")]
    [InlineData("\\N")]
    [InlineData("\\r")]
    [InlineData("\\x01")]
    [InlineData("\\uFFFF")]
    [InlineData("\\U0001F600")]
    public void Docs_with_any_line_terminator_compile(string yamlEscape)
    {
        var yaml = $"types:\n  T:\n    doc: \"Before{yamlEscape}after; int x = 1;\"\n    fields:\n      a: {{ type: int, doc: \"One{yamlEscape}two\" }}\n  E:\n    enum:\n      A: \"x{yamlEscape}y\"\n";

        var (result, output) = GeneratorHarness.Run(("schema/t.yaml", yaml));

        Assert.Empty(result.Diagnostics);
        var doc = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".T.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("int x = 1;", doc);
        GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
    }

    [Fact]
    public void A_doc_with_a_lone_surrogate_compiles()
    {
        // Found by the schema fuzzer: XML cannot hold an unpaired surrogate, so the doc comment was badly formed (CS1570).
        var yaml = "types:\n  T:\n    doc: Before\ud800after\n    fields:\n      a: int\n";

        var (result, output) = GeneratorHarness.Run(("schema/t.yaml", yaml));

        Assert.Empty(result.Diagnostics);
        GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
    }
}
