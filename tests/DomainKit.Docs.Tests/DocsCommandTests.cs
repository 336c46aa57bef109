using DomainKit.Tool;

namespace DomainKit.Docs.Tests;

/// <summary><c>domainkit docs</c> and <c>domainkit export mermaid | svg</c> as a user runs them: their outputs, and refusals.</summary>
public sealed class DocsCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("domainkit-docs-cli-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Export_mermaid_writes_a_class_diagram_to_standard_output_or_to_the_file_named()
    {
        var (code, output, _) = SiteFixture.RunTool("export", "mermaid", SiteFixture.Schemas);
        var file = Path.Combine(_work, "domain.mmd");
        var (fileCode, fileOutput, _) = SiteFixture.RunTool("export", "mermaid", SiteFixture.Schemas, "--out", file);

        Assert.Equal((Cli.Ok, Cli.Ok), (code, fileCode));
        Assert.StartsWith("classDiagram\n", output, StringComparison.Ordinal);
        Assert.Contains("  Agenda ..> \"*\" Mission : missionsInScope (set) ref\n", output, StringComparison.Ordinal);
        Assert.Contains("  Mission --> \"0..1\" Diplomat : head\n", output, StringComparison.Ordinal);
        Assert.Contains("  DiplomaticEvent <|-- DiplomaticEvent_PhoneCall\n", output, StringComparison.Ordinal);
        Assert.Contains("  class DiplomaticEvent_PhoneCall[\"DiplomaticEvent.PhoneCall\"] {\n    <<variant PhoneCall>>\n", output, StringComparison.Ordinal);
        Assert.Equal(output, File.ReadAllText(file));
        Assert.Equal("", fileOutput);
    }

    [Fact]
    public void Docs_and_exports_refuse_schemas_with_errors_and_print_them_at_the_yaml_line()
    {
        var schema = Directory.CreateDirectory(Path.Combine(_work, "schema")).FullName;
        File.WriteAllText(Path.Combine(schema, "broken.yaml"), "namespace: Broken\ntypes:\n  Post:\n    fields:\n      mission: Misson\n");
        var site = Path.Combine(_work, "site");

        foreach (var args in new[] { ["docs", schema, "--out", site], new[] { "export", "mermaid", schema }, ["export", "svg", schema] })
        {
            var (code, output, _) = SiteFixture.RunTool(args);
            Assert.Equal(Cli.Problems, code);
            Assert.Contains($"{Path.Combine(schema, "broken.yaml")}(5,16): error DK0005", output, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void Docs_needs_an_out_folder_and_an_existing_schema_folder()
    {
        Assert.Equal(Cli.Usage, SiteFixture.RunTool("docs", SiteFixture.Schemas).Code);
        var (code, _, errors) = SiteFixture.RunTool("docs", Path.Combine(_work, "nowhere"), "--out", Path.Combine(_work, "site"));
        Assert.Equal(Cli.Usage, code);
        Assert.Contains("no folder", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_build_replaces_the_pages_of_types_that_are_gone_and_keeps_other_files()
    {
        var schema = CopyExamples("schema");
        var site = Path.Combine(_work, "site");
        Assert.Equal(Cli.Ok, SiteFixture.RunTool("docs", schema, "--out", site).Code);
        File.Delete(Path.Combine(schema, "dossier.yaml"));
        File.WriteAllText(Path.Combine(site, "files", "notes.txt"), "mine");

        Assert.Equal(Cli.Ok, SiteFixture.RunTool("docs", schema, "--out", site).Code);

        Assert.False(File.Exists(Path.Combine(site, "types", "Diplomacy.Domain.Dossier.html")));
        Assert.False(File.Exists(Path.Combine(site, "files", "dossier.yaml.html")));
        Assert.True(File.Exists(Path.Combine(site, "types", "Diplomacy.Domain.Mission.html")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site, "files", "notes.txt")));
    }

    [Fact]
    public void With_a_baseline_the_site_lists_the_changes_and_the_direction_each_breaks()
    {
        var schema = CopyExamples("schema");
        CopyExamples("schema-baseline");
        var mission = Path.Combine(schema, "mission.yaml");
        File.WriteAllText(mission, File.ReadAllText(mission)
            .Replace("city: { type: string, minLength: 1, maxLength: 100 }", "city: { type: string, minLength: 1, maxLength: 50 }", StringComparison.Ordinal)
            .Replace("      tags: { type: set<string>, default: [] }\n", "", StringComparison.Ordinal)
            + "  Liaison:\n    fields:\n      name: string\n");
        var site = Path.Combine(_work, "site");

        Assert.Equal(Cli.Ok, SiteFixture.RunTool("docs", schema, "--out", site).Code);

        var changes = File.ReadAllText(Path.Combine(site, "changes.html"));
        Assert.Contains("<a href=\"changes.html\">", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
        Assert.Contains(">Liaison</a></td><td>type added</td>", changes, StringComparison.Ordinal);
        Assert.Contains(">Mission</a></td><td>field &#39;tags&#39; removed</td>", changes, StringComparison.Ordinal);
        var tightened = Row(changes, "DK0048");
        Assert.Contains("mission.yaml:", tightened, StringComparison.Ordinal);
        Assert.EndsWith("<td>backward</td></tr>", tightened, StringComparison.Ordinal);
        Assert.Contains("DK0044", changes, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_change_the_changes_page_says_nothing_breaks()
    {
        var schema = CopyExamples("schema");
        CopyExamples("schema-baseline");
        var site = Path.Combine(_work, "site");

        Assert.Equal(Cli.Ok, SiteFixture.RunTool("docs", schema, "--out", site).Code);

        var changes = File.ReadAllText(Path.Combine(site, "changes.html"));
        Assert.Contains("No type, field, member or variant was added or removed.", changes, StringComparison.Ordinal);
        Assert.Contains("No change breaks backward or forward compatibility.", changes, StringComparison.Ordinal);
    }

    private static string Row(string html, string code) =>
        html.Split('\n').Single(line => line.StartsWith("<tr>", StringComparison.Ordinal) && line.Contains($"<code>{code}</code>", StringComparison.Ordinal));

    private string CopyExamples(string folder)
    {
        var target = Directory.CreateDirectory(Path.Combine(_work, folder)).FullName;
        foreach (var file in Directory.GetFiles(SiteFixture.Schemas, "*.yaml")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }
}
