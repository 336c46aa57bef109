using Diplomacy.Domain;
using DomainKit.Tests.Validation;
using static DomainKit.Tests.ValidationAssert;

namespace DomainKit.Tests;

[Collection(nameof(Growth))]
public class ValueTypeValidationTests
{
    [Fact]
    public void From_accepts_a_valid_value()
    {
        Assert.Equal("US", CountryCode.From("US").Value);
        Assert.Equal(5, Positive.From(5).Value);
    }

    [Fact]
    public void From_throws_a_DomainValidationException_listing_the_errors()
    {
        var exception = Assert.Throws<DomainValidationException>(() => CountryCode.From("usa"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("", "pattern"), (error.Path, error.Code));
        Assert.Contains("'CountryCode' must match the pattern ^[A-Z]{2}$; 'usa' does not.", exception.Message);
    }

    [Fact]
    public void TryFrom_reports_without_throwing_even_for_null()
    {
        Assert.True(StaffCount.TryFrom(12, out var staff, out var ok));
        Assert.Equal(12, staff.Value);
        Valid(ok);

        Assert.False(StaffCount.TryFrom(-1, out var negative, out var result));
        Assert.Equal(default, negative);
        Single(result, "", "min");

        Assert.False(CountryCode.TryFrom(null!, out _, out var missing));
        Single(missing, "", "required");
    }

    [Fact]
    public void Default_value_is_invalid_where_the_constraints_reject_it()
    {
        Single(default(Positive).Validate(), "", "min");
        Single(default(CountryCode).Validate(), "", "required");
        Valid(default(StaffCount).Validate());
    }

    [Fact]
    public void Hostile_pattern_and_input_complete_promptly()
    {
        // '^(a+)+$' on "aaa…a!" takes exponential time on a backtracking engine.
        Assert.False(Hostile.TryFrom(new string('a', 30) + "!", out _, out var thirty));
        Assert.False(Hostile.TryFrom(new string('a', 100_000) + "!", out _, out var long100k));
        Single(thirty, "", "pattern");
        Single(long100k, "", "pattern");
        Assert.True(Hostile.TryFrom("aaaa", out _, out _));
        // Eight times the input: about eight times the work on a linear engine (a backtracking one would not finish).
        var ratio = Growth.Ratio(length => Hostile.TryFrom(new string('a', length) + "!", out _, out _), 12_500, 100_000);
        Assert.True(ratio < Growth.LinearLimit, $"8x the input took {ratio:F1}x as long");
    }
}
