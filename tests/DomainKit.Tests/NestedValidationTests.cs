using Diplomacy.Domain;
using DomainKit.Tests.Validation;
using static DomainKit.Tests.ValidationAssert;

namespace DomainKit.Tests;

public class NestedValidationTests
{
    private static readonly Checked Good = new() { Text = "ok" };

    [Fact]
    public void Paths_reach_into_lists_maps_and_nested_records()
    {
        var holder = new Holder
        {
            Items = [Good, Good with { Text = "x" }],
            ByName = [new("a/b", Good with { Count = 99 }), new("fine", Good)],
            Single = Good with { Tags = [] },
        };

        var errors = holder.Validate().Errors.Select(e => (e.Path, e.Code)).ToList();

        Assert.Equal([("/items/1/text", "minLength"), ("/byName/a~1b/count", "max"), ("/single/tags", "minItems")], errors);
    }

    [Fact]
    public void Every_error_is_collected_not_just_the_first()
    {
        var bad = new Checked { Text = "a", Code = "zz", Count = 0, Tags = ["x", "x"], Level = (Level)9 };

        var codes = bad.Validate().Errors.Select(e => $"{e.Path} {e.Code}").ToList();

        Assert.Equal(["/text minLength", "/code pattern", "/count min", "/tags unique", "/level enum"], codes);
    }

    [Fact]
    public void A_valid_object_returns_the_shared_valid_result()
    {
        Assert.Same(ValidationResult.Valid, Good.Validate());
        Assert.Same(ValidationResult.Valid, TestData.RussianEmbassyInWashington().Validate());
    }

    [Fact]
    public void Value_type_fields_report_under_the_field_path_and_name()
    {
        var mission = TestData.RussianEmbassyInWashington() with { Status = (PostStatus)42 };
        var consulate = mission.Consulates[0] with { City = "" };
        mission = mission with { Consulates = [consulate] };

        var errors = mission.Validate().Errors.Select(e => (e.Path, e.Code)).ToList();

        Assert.Equal([("/status", "enum"), ("/consulates/0/city", "minLength")], errors);
    }

    [Fact]
    public void Example_records_nest_validation_of_their_value_types()
    {
        var diplomat = TestData.Coulter();
        var invalidCountry = default(CountryCode);

        var error = Assert.Single((diplomat with { Country = invalidCountry }).Validate().Errors);

        Assert.Equal(("/country", "required"), (error.Path, error.Code));
        Assert.Equal("'country' is required.", error.Message);
    }
}
