using CsCheck;
using DomainKit.Tests.Values;

namespace DomainKit.Tests.ValueText;

/// <summary>Value types as text: <c>Parse(x.ToString()) == x</c>, parsing validates, and ordering follows the primitive.</summary>
public class ValueTextTests
{
    [Fact]
    public void Every_primitive_round_trips_through_its_text()
    {
        Gen.Int.Where(i => i >= 0).SampleSeeded(i => RoundTrip(Count.From(i)));
        Gen.Long.SampleSeeded(l => RoundTrip(Big.From(l)));
        Gen.Decimal.Where(d => d >= 0).SampleSeeded(d => RoundTrip(Money.From(d)));
        Gen.Double.Where(double.IsFinite).SampleSeeded(d => RoundTrip(Ratio.From(d)));
        Gen.Date.SampleSeeded(d => RoundTrip(Day.From(DateOnly.FromDateTime(d))));
        Gen.DateTime.SampleSeeded(d => RoundTrip(Clock.From(TimeOnly.FromDateTime(d))));
        Gen.DateTimeOffset.SampleSeeded(d => RoundTrip(Moment.From(d)));
        Gen.TimeSpan.SampleSeeded(t => RoundTrip(Span.From(t)));
        Gen.Guid.SampleSeeded(g => RoundTrip(Ident.From(g)));
        Gen.String[2, 40].SampleSeeded(s => RoundTrip(Text.From(s)));
        RoundTrip(Flag.From(true));
        RoundTrip(Flag.From(false));
        RoundTrip(Link.From(new Uri("https://example.org/a?b=c")));
        RoundTrip(Link.From(new Uri("relative/path", UriKind.Relative)));
    }

    [Fact]
    public void The_text_forms_are_the_JSON_forms()
    {
        Assert.Equal("2024-02-29", Day.From(new DateOnly(2024, 2, 29)).ToString());
        Assert.Equal("1.02:03:04", Span.From(new TimeSpan(1, 2, 3, 4)).ToString());
        Assert.Equal("true", Flag.From(true).ToString());
        Assert.Equal("2.5", Money.From(2.5m).ToString());
        Assert.Equal(Moment.From(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))), Moment.Parse("2024-01-02T03:04:05+02:00"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData(" 3")]
    public void Text_that_is_not_the_primitive_fails_TryParse_and_Parse_throws_a_FormatException(string text)
    {
        Assert.False(Count.TryParse(text, null, out _));
        Assert.Throws<FormatException>(() => Count.Parse(text, null));
    }

    [Fact]
    public void Text_that_breaks_a_constraint_fails_TryParse_and_Parse_lists_the_problem()
    {
        Assert.False(Count.TryParse("-1", null, out _));
        Assert.Equal("min", Assert.Single(Assert.Throws<DomainValidationException>(() => Count.Parse("-1", null)).Errors).Code);
        Assert.False(Text.TryParse("x", null, out _));
        Assert.False(Text.TryParse((string?)null, null, out _));
        Assert.False(Day.TryParse("2024-02-30", null, out _));
        Assert.False(Moment.TryParse("2024-01-02T03:04:05", null, out _));
    }

    [Fact]
    public void Comparison_follows_the_primitive_and_strings_compare_ordinally()
    {
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000]).SampleSeeded((a, b) => Math.Sign(Count.From(a).CompareTo(Count.From(b))) == Math.Sign(a.CompareTo(b)));
        Assert.True(Text.From("Zz").CompareTo(Text.From("aa")) < 0);
        Assert.Equal(new[] { Day.From(new DateOnly(2020, 1, 1)), Day.From(new DateOnly(2021, 1, 1)) },
            new[] { Day.From(new DateOnly(2021, 1, 1)), Day.From(new DateOnly(2020, 1, 1)) }.Order());
    }

    private static void RoundTrip<T>(T value) where T : struct, ISpanParsable<T>
    {
        var text = value.ToString()!;
        Assert.Equal(value, T.Parse(text, null));
        Assert.True(T.TryParse(text.AsSpan(), null, out var parsed));
        Assert.Equal(value, parsed);
    }
}
