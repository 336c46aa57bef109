using DomainKit.Schema;
using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;
using DomainKit.Testing;

namespace DomainKit.Docs.Tests;

/// <summary>The site as files: byte-identical whatever the order of the schema files, and whole for a 1,000-type domain.</summary>
public sealed class SiteBuildTests
{
    [Fact]
    public void The_site_is_the_same_whatever_order_the_schema_files_come_in()
    {
        var files = SchemaFiles.In(SiteFixture.Schemas).Select(p => (Path: p, Text: File.ReadAllText(p))).ToList();

        var forward = Build(files, SiteFixture.Schemas);
        files.Reverse();
        var backward = Build(files, SiteFixture.Schemas);

        Assert.Equal(forward.Select(f => f.Path), backward.Select(f => f.Path));
        Assert.All(forward.Zip(backward), pair => Assert.True(pair.First.Content == pair.Second.Content, $"{pair.First.Path} differs"));
    }

    [Fact]
    public void A_thousand_types_in_a_hundred_files_give_a_page_each_and_a_diagram_per_file()
    {
        var domain = new SyntheticDomain(types: 1_000, files: 100);

        var site = Build(domain.Schemas(), "schema");

        Assert.Equal(1_000, site.Count(f => f.Path.StartsWith("types/", StringComparison.Ordinal)));
        var filePages = site.Where(f => f.Path.StartsWith("files/", StringComparison.Ordinal)).ToList();
        Assert.Equal(100, filePages.Count);
        Assert.All(filePages, page => Assert.Contains("<svg", page.Content, StringComparison.Ordinal));
        var index = site.Single(f => f.Path == "index.html").Content;
        Assert.Contains("too many for one diagram", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", index, StringComparison.Ordinal);
        Assert.Equal(1_000, site.Single(f => f.Path == "search-index.js").Content.Split('\n').Count(line => line.Contains("\"kind\": \"record\"", StringComparison.Ordinal)));
    }

    internal static IReadOnlyList<SiteFile> Build(IEnumerable<(string Path, string Text)> files, string folder)
    {
        var parsed = files.Select(f => SchemaParser.Parse(f.Path, f.Text)).ToList();
        var project = ProjectChecker.Check(parsed, "Synthetic");
        Assert.False(project.HasErrors);
        return DocsSite.Build(new DocsInput("Test", folder, parsed, project, Baseline: null));
    }
}
