using System.Text.RegularExpressions;

namespace DomainKit.Docs.Tests;

/// <summary>
/// <c>docs/domain.md</c> (the Mermaid diagram) and <c>docs/domain.svg</c> (the README's picture) are what the tool writes
/// for <c>schema/</c> today: stale, they fail with a <c>.received</c> file beside them; <c>DOMAINKIT_ACCEPT_SNAPSHOTS=1</c>
/// rewrites them.
/// </summary>
public sealed class DomainPictureTests
{
    private static readonly bool Accept = Environment.GetEnvironmentVariable("DOMAINKIT_ACCEPT_SNAPSHOTS") == "1";

    [Fact]
    public void Docs_domain_md_holds_the_example_domains_mermaid_diagram()
    {
        var path = Path.Combine(SiteFixture.RepositoryRoot, "docs", "domain.md");
        var markdown = File.ReadAllText(path);
        var (code, mermaid, errors) = SiteFixture.RunTool("export", "mermaid", SiteFixture.Schemas);
        Assert.True(code == 0, errors);

        var block = Regex.Match(markdown, "```mermaid\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "docs/domain.md has no ```mermaid block");
        Matches(path, markdown, markdown[..block.Groups[1].Index] + mermaid + markdown[(block.Groups[1].Index + block.Groups[1].Length)..]);
    }

    [Fact]
    public void Docs_domain_svg_is_the_example_domains_picture_and_the_readme_shows_it()
    {
        var path = Path.Combine(SiteFixture.RepositoryRoot, "docs", "domain.svg");
        var (code, svg, errors) = SiteFixture.RunTool("export", "svg", SiteFixture.Schemas);
        Assert.True(code == 0, errors);

        Matches(path, File.Exists(path) ? File.ReadAllText(path) : "", svg);
        Assert.Contains("](docs/domain.svg)", File.ReadAllText(Path.Combine(SiteFixture.RepositoryRoot, "README.md")), StringComparison.Ordinal);
    }

    private static void Matches(string path, string stored, string current)
    {
        var received = Path.ChangeExtension(path, ".received" + Path.GetExtension(path));
        if (stored == current)
        {
            File.Delete(received);
            return;
        }
        if (Accept)
        {
            File.WriteAllText(path, current);
            return;
        }
        File.WriteAllText(received, current);
        Assert.Fail($"{path} is stale: the tool writes {received} now. Rebuild it (docs/domain.md says how) or accept with DOMAINKIT_ACCEPT_SNAPSHOTS=1.");
    }
}
