using Microsoft.Playwright;

namespace DomainKit.Docs.Tests;

/// <summary>The search box: type names and field names, as a reader types them, from the index and from a page below it.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [Fact]
    public async Task Typing_Mission_offers_the_Mission_type_first_and_Enter_opens_its_page()
    {
        var (page, errors) = await site.OpenAsync("index.html");

        await page.Locator("#search").PressSequentiallyAsync("Mission");
        var first = page.Locator("#search-results a").First;
        Assert.StartsWith("Mission", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("types/Diplomacy.Domain.Mission.html", await first.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("MissionKind", await page.Locator("#search-results").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#search").PressAsync("Enter");
        await page.WaitForURLAsync("**/types/Diplomacy.Domain.Mission.html");

        Assert.Equal("Missionrecord", (await page.Locator("h1").InnerTextAsync()).Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Typing_staffCeiling_from_a_type_page_finds_the_field_and_opens_it_on_Missions_page()
    {
        var (page, errors) = await site.OpenAsync("types/Diplomacy.Domain.Agenda.html");

        await page.Locator("#search").PressSequentiallyAsync("staffceiling");
        var results = page.Locator("#search-results a");
        Assert.Equal("Mission.staffCeilingfield", (await results.First.InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal));
        await results.First.ClickAsync();
        await page.WaitForURLAsync("**/types/Diplomacy.Domain.Mission.html#field-staffCeiling");

        var row = page.Locator("#field-staffCeiling");
        Assert.Contains("at most 5000", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await row.IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_name_nothing_has_says_so_and_Escape_clears_the_box()
    {
        var (page, _) = await site.OpenAsync("index.html");

        await page.Locator("#search").PressSequentiallyAsync("zzqx");
        Assert.Equal(0, await page.Locator("#search-results a").CountAsync());
        Assert.Contains("No type or field matches", await page.Locator("#search-results").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#search").PressAsync("Escape");

        Assert.True(await page.Locator("#search-results").IsHiddenAsync());
    }
}
