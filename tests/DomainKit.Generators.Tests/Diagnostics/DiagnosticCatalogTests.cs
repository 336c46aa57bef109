using DomainKit.Generators.Host;
using DomainKit.Schema.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Diagnostics;

/// <summary>The core catalog, the host's descriptors, the analyzer release files and docs/diagnostics.md agree.</summary>
public class DiagnosticCatalogTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));

    private static readonly string GeneratorProject = Path.Combine(RepositoryRoot(), "generators", "DomainKit.Generators");

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
    public void The_summary_table_matches_the_catalog(string id)
    {
        var rule = DiagnosticCatalog.All.Single(r => r.Id == id);
        var severity = rule.Severity == Severity.Error ? "error" : "warning";
        Assert.Contains($"| {id} | {severity} | {rule.Title} |", Docs);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_descriptor_mirrors_the_catalog_and_links_to_its_docs_section(string id)
    {
        var rule = DiagnosticCatalog.All.Single(r => r.Id == id);
        var descriptor = DiagnosticDescriptors.For(rule);

        Assert.Equal(rule.Id, descriptor.Id);
        Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule.Severity == Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.Equal("DomainKit", descriptor.Category);
        // GitHub and most Markdown renderers anchor "## DK0001" as "#dk0001".
        Assert.Equal($"docs/diagnostics.md#{id.ToLowerInvariant()}", descriptor.HelpLinkUri);
    }

    [Fact]
    public void Every_descriptor_belongs_to_a_catalog_rule()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(r => r.Id).Order(), DiagnosticDescriptors.All.Select(d => d.Id).Order());
    }

    [Fact]
    public void The_release_files_list_every_id_once_with_its_category_and_severity()
    {
        var released = ReleaseRows("AnalyzerReleases.Shipped.md").Concat(ReleaseRows("AnalyzerReleases.Unshipped.md")).ToList();
        var removed = released.Where(r => r.Removed).Select(r => r.Id).ToHashSet();
        var rows = released.Where(r => !r.Removed && !removed.Contains(r.Id)).Select(r => (r.Id, r.Category, r.Severity)).ToList();
        var expected = DiagnosticDescriptors.All
            .Select(d => (d.Id, d.Category, d.DefaultSeverity.ToString()))
            .OrderBy(r => r.Id, StringComparer.Ordinal);

        Assert.Equal(expected, rows.OrderBy(r => r.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_are_unique()
    {
        Assert.Equal(DiagnosticCatalog.All.Length, DiagnosticCatalog.All.Select(r => r.Id).Distinct().Count());
    }

    // Rows under "### Removed Rules" retire an id released before.
    private static IEnumerable<(string Id, string Category, string Severity, bool Removed)> ReleaseRows(string file)
    {
        var removed = false;
        foreach (var line in File.ReadAllLines(Path.Combine(GeneratorProject, file)))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal)) removed = line.StartsWith("### Removed Rules", StringComparison.Ordinal);
            if (!line.StartsWith("DK", StringComparison.Ordinal)) continue;
            var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
            yield return (cells[0], cells[1], cells[2], removed);
        }
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
