using DomainKit.Schema.Model;

namespace DomainKit.Docs.Tests;

/// <summary>
/// <c>domainkit export mermaid</c> rendered by Mermaid itself (npm <c>mermaid</c> 12.3.0, in <c>mermaid/</c>), in
/// chromium, as GitHub renders a Markdown block: it parses, and draws a class per type and variant and a relation per
/// reference and variant.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MermaidTests(SiteFixture site)
{
    private static string MermaidScript => Path.Combine(SiteFixture.RepositoryRoot, "tests", "DomainKit.Docs.Tests", "mermaid", "node_modules", "mermaid", "dist", "mermaid.min.js");

    [Fact]
    public async Task Mermaid_renders_the_export_with_a_class_per_type_and_variant_and_a_relation_per_reference()
    {
        Assert.True(File.Exists(MermaidScript), $"Mermaid is not installed: run 'npm ci' in tests/DomainKit.Docs.Tests/mermaid (.ci/run does). Looked for {MermaidScript}");
        var (code, text, errors) = SiteFixture.RunTool("export", "mermaid", SiteFixture.Schemas);
        Assert.True(code == 0, errors);
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var console = new List<string>();
        page.PageError += (_, error) => console.Add(error);

        await page.SetContentAsync("<!DOCTYPE html><html><body><div id=\"diagram\"></div></body></html>");
        await page.AddScriptTagAsync(new() { Path = MermaidScript });
        var outcome = await page.EvaluateAsync<string>("""
            async (text) => {
              mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
              try { const { svg } = await mermaid.render('domain', text); document.getElementById('diagram').innerHTML = svg; return 'rendered'; }
              catch (e) { return 'refused: ' + e.message; }
            }
            """, text);
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.Screenshots, "mermaid-export.png"), FullPage = true });

        Assert.Equal("rendered", outcome);
        var types = SiteFixture.Types;
        Assert.Equal(types.Count + types.Sum(t => t.Variants.Count), await page.Locator("#diagram svg g.node").CountAsync());
        var references = types.SelectMany(t => t.Properties.Concat(t.Variants.SelectMany(v => v.Properties))).Count(p => NamesRecordOrReference(p.Type, types));
        Assert.Equal(references + types.Sum(t => t.Variants.Count), await page.Locator("#diagram svg path.relation").CountAsync());
        foreach (var type in types) Assert.Contains(type.Name, await page.Locator("#diagram svg").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(console);
    }

    private static bool NamesRecordOrReference(FieldTypeSpec type, IReadOnlyList<TypeSpec> types)
    {
        while (type.Element is not null) type = type.Element;
        return type.Reference is not null || types.Any(t => t.FullName == type.CSharpType && t.Kind is TypeKind.Record or TypeKind.Union);
    }
}
