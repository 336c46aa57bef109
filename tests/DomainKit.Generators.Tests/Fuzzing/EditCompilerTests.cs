using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>The fuzzer's shortcut compiler must still see every problem a full compilation sees.</summary>
public class EditCompilerTests
{
    private const string A = "#pragma warning disable CS1591\nnamespace N { /// <summary>The A.</summary>\npublic sealed class A { public int M() => 1; } }";
    private const string B = "#pragma warning disable CS1591\nnamespace N { public static class B { public static int N() => new global::N.A().M(); } }";

    [Fact]
    public void A_clean_edit_has_no_problems() =>
        Assert.Empty(Compile(A.Replace("=> 1", "=> 2", StringComparison.Ordinal)));

    [Fact]
    public void An_error_in_the_edited_file_is_found() =>
        Assert.Contains(Compile(A.Replace("=> 1", "=> \"one\"", StringComparison.Ordinal)), d => d.Id == "CS0029");

    [Fact]
    public void An_error_in_a_file_that_uses_the_edited_declarations_is_found() =>
        Assert.Contains(Compile(A.Replace("M()", "M2()", StringComparison.Ordinal)), d => d.Id == "CS1061" && d.Location.SourceTree!.FilePath == "B.cs");

    [Fact]
    public void Badly_formed_doc_comment_text_is_found() =>
        Assert.Contains(Compile(A.Replace("The A.", "a < b", StringComparison.Ordinal)), d => d.Id == "CS1570");

    [Fact]
    public void A_doc_comment_that_breaks_its_line_is_found() =>
        Assert.NotEmpty(Compile(A.Replace("The A.", "first\u2028line", StringComparison.Ordinal)));

    [Fact]
    public void Code_bound_once_is_not_bound_again_but_its_comments_are_still_parsed()
    {
        var statistics = new FuzzStatistics();
        var compiler = new EditCompiler(Output(A, B), statistics);
        Assert.Empty(compiler.Compile(Output(A.Replace("The A.", "Another A.", StringComparison.Ordinal), B)));
        Assert.Empty(compiler.Compile(Output(A.Replace("The A.", "A third A.", StringComparison.Ordinal), B)));
        Assert.Contains(compiler.Compile(Output(A.Replace("The A.", "A <", StringComparison.Ordinal), B)), d => d.Id == "CS1570");
        Assert.Equal(1, statistics.Compilations);
    }

    private static IReadOnlyList<Diagnostic> Compile(string editedA) =>
        new EditCompiler(Output(A, B), new FuzzStatistics()).Compile(Output(editedA, B));

    private static Compilation Output(string a, string b) => GeneratorHarness.CreateCompilation().AddSyntaxTrees(
        CSharpSyntaxTree.ParseText(a, GeneratorHarness.ParseOptions, path: "A.cs"),
        CSharpSyntaxTree.ParseText(b, GeneratorHarness.ParseOptions, path: "B.cs"));
}
