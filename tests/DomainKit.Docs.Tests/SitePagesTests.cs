using System.Text.RegularExpressions;

namespace DomainKit.Docs.Tests;

/// <summary>Every page of the example domain's site opens cleanly in chromium, is photographed, and links only to what exists.</summary>
[Collection(SiteCollection.Name)]
public sealed class SitePagesTests(SiteFixture site)
{
    [Fact]
    public void The_site_has_an_index_a_page_per_type_namespace_and_file_and_no_changes_page_without_a_baseline()
    {
        var expected = SiteFixture.Types.Select(t => $"types/{t.Namespace}.{t.Name}.html")
            .Concat(SiteFixture.Types.Select(t => $"namespaces/{t.Namespace}.html").Distinct())
            .Concat(SiteFixture.Types.Select(t => $"files/{Path.GetFileName(t.SourceFile)}.html").Distinct())
            .Append("index.html").Order(StringComparer.Ordinal);

        Assert.Equal(expected, site.Pages);
    }

    [Fact]
    public async Task Every_page_loads_without_console_errors_and_is_photographed()
    {
        var errors = new List<string>();
        foreach (var path in site.Pages)
        {
            var (page, pageErrors) = await site.OpenAsync(path);
            await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.Screenshots, SiteFixture.ShotName(path)), FullPage = true });
            Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), path);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            errors.AddRange(pageErrors);
            await page.CloseAsync();
        }

        Assert.Empty(errors);
        Assert.Equal(site.Pages.Count, Directory.GetFiles(SiteFixture.Screenshots, "*.png").Count(f => site.Pages.Any(p => SiteFixture.ShotName(p) == Path.GetFileName(f))));
    }

    [Fact]
    public async Task Every_link_of_every_page_and_diagram_resolves_to_a_file_of_the_site_and_its_anchor_and_every_page_is_linked()
    {
        var broken = new List<string>();
        var reached = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        foreach (var path in site.Pages)
        {
            var (page, _) = await site.OpenAsync(path);
            // Links of the HTML and of the SVG diagrams alike, resolved by the browser against the page.
            var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a')].map(a => new URL(a.getAttribute('href'), document.baseURI).href)");
            await page.CloseAsync();
            foreach (var href in hrefs)
            {
                var uri = new Uri(href);
                if (uri.Scheme != "file") { broken.Add($"{path}: {href} leaves the site"); continue; }
                var file = Uri.UnescapeDataString(uri.AbsolutePath);
                if (!File.Exists(file) || !Path.GetFullPath(file).StartsWith(Path.GetFullPath(site.Folder), StringComparison.Ordinal)) { broken.Add($"{path}: {href} names no file of the site"); continue; }
                reached.Add(Path.GetRelativePath(site.Folder, file).Replace('\\', '/'));
                var anchor = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
                if (anchor.Length > 0 && !Regex.IsMatch(File.ReadAllText(file), $"id=\"{Regex.Escape(System.Net.WebUtility.HtmlEncode(anchor))}\"")) broken.Add($"{path}: {href} names no element of its page");
            }
        }

        Assert.Empty(broken);
        Assert.Equal(site.Pages, reached.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_fetch_nothing_from_a_network()
    {
        foreach (var file in Directory.GetFiles(site.Folder, "*.*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*""(https?:)?//", text);
            Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
        }
    }
}
