using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>The examples in README.md, so the README cannot drift from the code.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void TryFromJson_example_reports_what_the_readme_says()
    {
        var bad = """{"fullName":"","rank":"Consul","languages":"en"}"""u8;

        Assert.False(Diplomat.TryFromJson(bad, out _, out var problems));

        Assert.Equal(["/rank: enum", "/languages: type", "/id: required", "/country: required", "/fullName: minLength"],
            problems.Errors.Select(e => $"{e.Path}: {e.Code}"));
    }

    [Fact]
    public void Rules_example_reports_what_the_readme_says()
    {
        var embassy = TestData.RussianEmbassyInWashington();
        Assert.True(embassy.StaffCeiling < 500 && embassy.ClosedOn is null);

        var result = (embassy with { StaffPresent = 500, Status = PostStatus.Closed }).Validate();

        Assert.Equal(
            [
                "/staffPresent: staffOverCeiling: More staff present than the host country allows.",
                "/closedOn: rule: 'closedOn' is required when status == closed.",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Validate_example_reports_what_the_readme_says()
    {
        var coulter = new Diplomat
        {
            Id = DiplomatId.From("sonata-coulter"),
            FullName = "Sonata Coulter",
            Rank = Rank.Director,
            Country = CountryCode.From("US"),
            Languages = ["en", "ru"],
        };

        var result = (coulter with { FullName = "", Languages = [] }).Validate();

        Assert.Equal(
            [
                "/fullName: minLength: 'fullName' must be at least 1 character long; it has 0.",
                "/languages: minItems: 'languages' must have at least 1 item; it has 0.",
            ],
            result.Errors.Select(e => e.ToString()));
        Assert.StartsWith("{\"id\":\"sonata-coulter\",\"fullName\":\"Sonata Coulter\",\"rank\":\"Director\",\"country\":\"US\"", coulter.ToJson());
    }
}
