using CsCheck;
using DomainKit.Testing;

namespace DomainKit.Tests.Testing;

/// <summary>Strings of a pattern and a length range, walked from Fare's automaton and confirmed by .NET's regex.</summary>
public class PatternStringsTests
{
    [Theory]
    [InlineData("^[A-Z]{2}$", 0, int.MaxValue)]
    [InlineData("^[a-z][a-z0-9-]{2,39}$", 3, 10)]
    [InlineData(@"^\d{3}-\d{4}$", 0, int.MaxValue)]
    [InlineData("^(foo|bar)+$", 6, 12)]
    [InlineData("^[^@ ]+@[^@ ]+\\.org$", 0, 30)]
    [InlineData("colou?r", 0, int.MaxValue)]
    [InlineData(@"^\w+$", 1, 5)]
    [InlineData("^(?:ab|cd){2,3}$", 0, int.MaxValue)]
    [InlineData(@"^\S+\s\S+$", 3, 9)]
    [InlineData("^a.c$", 0, int.MaxValue)]
    [InlineData(@"^\u0416+\x41$", 2, 4)]
    [InlineData("^\"quo(ted)?\"#$", 0, int.MaxValue)]
    public void Every_string_walked_matches_the_regex_within_the_lengths(string pattern, int min, int max)
    {
        var strings = PatternStrings.For(pattern, min, max);
        Assert.NotNull(strings);
        var regex = PatternStrings.RegexOf(pattern);
        var pcg = new PCG(1, 11);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 300; i++)
        {
            var text = strings.Next(pcg);
            Assert.NotNull(text);
            Assert.True(regex.IsMatch(text), $"'{text}' does not match {pattern}");
            Assert.InRange(StringSamples.CodePoints(text), min, max);
            distinct.Add(text);
        }
        Assert.True(distinct.Count > 1, $"only {string.Join(", ", distinct)}");
    }

    [Theory]
    [InlineData("^(?=a)a$")]
    [InlineData(@"^(a)\1$")]
    [InlineData(@"^a\bb$")]
    [InlineData("^a$|^b$")]
    public void A_pattern_beyond_an_automaton_has_no_walker(string pattern) => Assert.Null(PatternStrings.For(pattern, 0, int.MaxValue));

    [Fact]
    public void Strings_of_a_pattern_beyond_an_automaton_are_plain_strings_the_regex_accepts()
    {
        var constraints = new FieldConstraints { Pattern = @"\b\w", MinLength = 2, MaxLength = 6 };
        var pcg = new PCG(1, 3);
        for (var i = 0; i < 50; i++) Assert.Matches(@"\b\w", StringSamples.Draw(pcg, constraints));
        var never = new FieldConstraints { Pattern = @"^\bzzzz\b$", MinLength = 4, MaxLength = 4 };
        Assert.StartsWith("No string fits length 4..4, pattern '^\\bzzzz\\b$'", Assert.Throws<GenerationException>(() => StringSamples.Draw(pcg, never)).Message);
    }

    [Fact]
    public void Lengths_no_string_of_the_pattern_has_give_no_walker() => Assert.Null(PatternStrings.For("^[A-Z]{2}$", 3, 5));
}
