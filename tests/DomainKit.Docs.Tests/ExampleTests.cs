using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using DomainKit.Schema.Model;

namespace DomainKit.Docs.Tests;

/// <summary>Each record's and union's page shows an example document that its generated type reads and validates.</summary>
[Collection(SiteCollection.Name)]
public sealed class ExampleTests(SiteFixture site)
{
    public static TheoryData<string> Documents() => [.. SiteFixture.Types.Where(t => t.Kind is TypeKind.Record or TypeKind.Union).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_example_on_a_page_is_a_valid_document_of_its_type(string name)
    {
        var page = File.ReadAllText(Path.Combine(site.Folder, "types", $"Diplomacy.Domain.{name}.html"));
        var example = Regex.Match(page, "<pre><code class=\"json\">(.*?)</code></pre>", RegexOptions.Singleline);
        Assert.True(example.Success, $"{name}'s page has no example: {Regex.Match(page, "No example could be drawn[^<]*").Value}");
        var json = WebUtility.HtmlDecode(example.Groups[1].Value);
        var generated = typeof(Diplomacy.Domain.Mission).Assembly.GetType($"Diplomacy.Domain.{name}")!;

        try
        {
            generated.GetMethod("FromJson", [typeof(string)])!.Invoke(null, [json]);
        }
        catch (TargetInvocationException e) when (e.InnerException is DomainKit.DomainValidationException invalid)
        {
            Assert.Fail($"{name}'s example is not valid: {invalid.Message}\n{json}");
        }
    }
}
