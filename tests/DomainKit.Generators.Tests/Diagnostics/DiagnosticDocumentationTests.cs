using DomainKit.Generators.Core.Diagnostics;

namespace DomainKit.Generators.Tests.Diagnostics;

public class DiagnosticDocumentationTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));

    public static TheoryData<string> RuleIds() => new(DiagnosticCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_diagnostic_has_a_section_with_an_example(string id)
    {
        var start = Docs.IndexOf($"\n## {id}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/diagnostics.md has no '## {id}' section");
        var end = Docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? Docs[start..] : Docs[start..end];
        Assert.Contains("Fix:", section);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_summary_table_matches_the_catalogue(string id)
    {
        var rule = DiagnosticCatalog.All.Single(r => r.Id == id);
        var severity = rule.Severity == RuleSeverity.Error ? "error" : "warning";
        Assert.Contains($"| {id} | {severity} | {rule.Title} |", Docs);
    }

    [Fact]
    public void Ids_are_unique()
    {
        Assert.Equal(DiagnosticCatalog.All.Length, DiagnosticCatalog.All.Select(r => r.Id).Distinct().Count());
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
