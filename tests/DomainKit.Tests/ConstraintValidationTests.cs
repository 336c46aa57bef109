using DomainKit.Runtime;
using DomainKit.Tests.Validation;
using static DomainKit.Tests.ValidationAssert;

namespace DomainKit.Tests;

/// <summary>Each constraint on both sides of its limit; each test fails if its check is removed from the generator.</summary>
public class ConstraintValidationTests
{
    private static readonly Checked Baseline = new() { Text = "ok" };

    [Fact]
    public void Baseline_is_valid() => Valid(Baseline.Validate());

    [Theory]
    [InlineData("a", "minLength")]
    [InlineData("ab", null)]
    [InlineData("abcd", null)]
    [InlineData("abcde", "maxLength")]
    [InlineData("😀😀😀😀", null)]
    [InlineData("😀", "minLength")]
    [InlineData("😀😀😀😀😀", "maxLength")]
    public void String_length_counts_code_points(string text, string? code) =>
        Expect(Baseline with { Text = text }, "/text", code);

    [Fact]
    public void Required_reference_set_to_null_is_a_required_error_not_an_exception() =>
        Single((Baseline with { Text = null! }).Validate(), "/text", "required");

    [Theory]
    [InlineData("AB", null)]
    [InlineData("AB1", null)]
    [InlineData("ab", "pattern")]
    [InlineData("AB12", "pattern")]
    public void Pattern(string code, string? expected) => Expect(Baseline with { Code = code }, "/code", expected);

    [Theory]
    [InlineData("sonata.coulter@state.gov", true)]
    [InlineData("a@b.co", true)]
    [InlineData("no-at-sign.org", false)]
    [InlineData("two@@example.org", false)]
    [InlineData("space in@example.org", false)]
    [InlineData("local@nodot", false)]
    [InlineData("@example.org", false)]
    public void Email_format(string value, bool valid) => ExpectFormat(Baseline with { Email = value }, "/email", valid);

    [Theory]
    [InlineData("https://example.org/talks?a=1&b=2#x", true)]
    [InlineData("urn:isbn:0451450523", true)]
    [InlineData("https://example.org/%E2%82%AC", true)]
    [InlineData("/relative/path", false)]
    [InlineData("https://example.org/a b", false)]
    [InlineData("https://example.org/%zz", false)]
    [InlineData("1http://x", false)]
    public void Uri_format(string value, bool valid) => ExpectFormat(Baseline with { Uri = value }, "/uri", valid);

    [Theory]
    [InlineData("state.gov", true)]
    [InlineData("a-b.example", true)]
    [InlineData("-bad.example", false)]
    [InlineData("bad-.example", false)]
    [InlineData("under_score.example", false)]
    [InlineData("a..b", false)]
    public void Hostname_format(string value, bool valid) => ExpectFormat(Baseline with { Hostname = value }, "/hostname", valid);

    [Theory]
    [InlineData("192.168.0.1", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("256.1.1.1", false)]
    [InlineData("01.1.1.1", false)]
    [InlineData("1.1.1", false)]
    [InlineData("1.1.1.1.1", false)]
    public void IPv4_format(string value, bool valid) => ExpectFormat(Baseline with { Ipv4 = value }, "/ipv4", valid);

    [Theory]
    [InlineData("2001:db8::1", true)]
    [InlineData("::", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::", true)]
    [InlineData("1:2:3:4:5:6:7:8", true)]
    [InlineData("::ffff:192.168.0.1", true)]
    [InlineData("1:2:3:4:5:6:7:8:9", false)]
    [InlineData("1::2::3", false)]
    [InlineData("12345::", false)]
    [InlineData("1:2:3:4:5:6:7", false)]
    [InlineData("g::1", false)]
    public void IPv6_format(string value, bool valid) => ExpectFormat(Baseline with { Ipv6 = value }, "/ipv6", valid);

    [Theory]
    [InlineData("8d3b2a4e-58c8-4a51-a1a2-5e5c6f3b9a10", true)]
    [InlineData("8d3b2a4e58c84a51a1a25e5c6f3b9a10", false)]
    [InlineData("not-a-uuid", false)]
    public void Uuid_format(string value, bool valid) => ExpectFormat(Baseline with { Uuid = value }, "/uuid", valid);

    [Theory]
    [InlineData("2025-02-27", true)]
    [InlineData("2025-02-30", false)]
    [InlineData("27.02.2025", false)]
    public void Date_format(string value, bool valid) => ExpectFormat(Baseline with { Date = value }, "/date", valid);

    [Theory]
    [InlineData("2025-02-27T10:00:00+03:00", true)]
    [InlineData("2025-02-27T07:00:00Z", true)]
    [InlineData("2025-02-27T10:00:00", false)]
    [InlineData("2025-02-27", false)]
    [InlineData("2025-02-30T10:00:00Z", false)]
    public void DateTime_format(string value, bool valid) => ExpectFormat(Baseline with { DateTime = value }, "/dateTime", valid);

    [Theory]
    [InlineData(0, "min")]
    [InlineData(1, null)]
    [InlineData(10, null)]
    [InlineData(11, "max")]
    public void Int_bounds(int value, string? code) => Expect(Baseline with { Count = value }, "/count", code);

    [Theory]
    [InlineData(0L, "exclusiveMin")]
    [InlineData(1L, null)]
    [InlineData(8_999_999_999L, null)]
    [InlineData(9_000_000_000L, "exclusiveMax")]
    public void Long_exclusive_bounds(long value, string? code) => Expect(Baseline with { Big = value }, "/big", code);

    [Theory]
    [InlineData("0.00", "min")]
    [InlineData("0.01", null)]
    [InlineData("999.99", null)]
    [InlineData("1000", "max")]
    public void Decimal_bounds(string value, string? code) =>
        Expect(Baseline with { Price = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }, "/price", code);

    [Theory]
    [InlineData(0.0, "exclusiveMin")]
    [InlineData(double.Epsilon, null)]
    [InlineData(1.0, null)]
    [InlineData(1.0000001, "max")]
    public void Double_bounds(double value, string? code) => Expect(Baseline with { Ratio = value }, "/ratio", code);

    [Fact]
    public void NaN_fails_every_bound()
    {
        var errors = (Baseline with { Ratio = double.NaN }).Validate().Errors;
        Assert.Equal(["max", "exclusiveMin"], errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("2024-12-31", "min")]
    [InlineData("2025-01-01", null)]
    [InlineData("2025-12-31", null)]
    [InlineData("2026-01-01", "exclusiveMax")]
    public void Date_bounds(string value, string? code) => Expect(Baseline with { Day = DateOnly.Parse(value) }, "/day", code);

    [Fact]
    public void Datetime_bound_compares_instants_across_offsets()
    {
        var bound = new DateTimeOffset(2025, 2, 26, 21, 0, 0, TimeSpan.Zero);
        Valid((Baseline with { Moment = bound }).Validate());
        Single((Baseline with { Moment = bound.AddTicks(-1) }).Validate(), "/moment", "min");
    }

    [Fact]
    public void List_item_counts_and_uniqueness()
    {
        Single((Baseline with { Tags = [] }).Validate(), "/tags", "minItems");
        Valid((Baseline with { Tags = ["a"] }).Validate());
        Valid((Baseline with { Tags = ["a", "b", "c"] }).Validate());
        Single((Baseline with { Tags = ["a", "b", "c", "d"] }).Validate(), "/tags", "maxItems");
        var message = Single((Baseline with { Tags = ["a", "b", "a"] }).Validate(), "/tags", "unique");
        Assert.Contains("'a' appears more than once", message);
    }

    [Fact]
    public void Uniqueness_holds_for_long_lists_too()
    {
        string[] many = [.. Enumerable.Range(0, 500).Select(i => "tag" + i)];

        Assert.False(ValidationChecks.TryFindDuplicate<string>(many, out _));
        Assert.True(ValidationChecks.TryFindDuplicate<string>([.. many, "tag250"], out var duplicate));
        Assert.Equal("tag250", duplicate);
    }

    [Fact]
    public void Set_item_counts()
    {
        Valid((Baseline with { Labels = ["a", "b", "a"] }).Validate());
        Single((Baseline with { Labels = ["a", "b", "c"] }).Validate(), "/labels", "maxItems");
    }

    [Fact]
    public void Map_counts_and_unique_values()
    {
        Single((Baseline with { Scores = [] }).Validate(), "/scores", "minItems");
        Valid((Baseline with { Scores = [new("a", 1), new("b", 2)] }).Validate());
        Single((Baseline with { Scores = [new("a", 1), new("b", 1)] }).Validate(), "/scores", "unique");
    }

    [Fact]
    public void Undefined_enum_value_is_an_enum_error()
    {
        Valid((Baseline with { Level = Level.High }).Validate());
        var message = Single((Baseline with { Level = (Level)7 }).Validate(), "/level", "enum");
        Assert.Equal("'level' must be a member of Level; 7 is not.", message);
    }

    [Fact]
    public void Wire_names_are_escaped_in_paths() =>
        Single((Baseline with { OddName = -1 }).Validate(), "/odd~1name~0x", "min");

    [Fact]
    public void Messages_name_the_field_the_limit_and_the_actual_value()
    {
        Assert.Equal("'text' must be at most 4 characters long; it has 5.", Single((Baseline with { Text = "abcde" }).Validate(), "/text", "maxLength"));
        Assert.Equal("'count' must be at least 1; it is 0.", Single((Baseline with { Count = 0 }).Validate(), "/count", "min"));
        Assert.Equal("'code' must match the pattern ^[A-Z]{2}[0-9]?$; 'ab' does not.", Single((Baseline with { Code = "ab" }).Validate(), "/code", "pattern"));
        Assert.Equal("'day' must be less than 2026-01-01; it is 2026-01-01.",
            Single((Baseline with { Day = new DateOnly(2026, 1, 1) }).Validate(), "/day", "exclusiveMax"));
    }

    [Fact]
    public void Long_actual_values_are_cut_short_in_messages()
    {
        var message = Single((Baseline with { Email = new string('x', 500) }).Validate(), "/email", "format");
        Assert.True(message.Length < 150, message);
        Assert.Contains("…", message);
    }

    private static void Expect(Checked value, string path, string? code)
    {
        if (code is null) Valid(value.Validate());
        else Single(value.Validate(), path, code);
    }

    private static void ExpectFormat(Checked value, string path, bool valid) => Expect(value, path, valid ? null : "format");
}
