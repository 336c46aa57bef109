using System.Text;
using System.Text.RegularExpressions;
using DomainKit.Runtime;
using DomainKit.Schema.Checking;

namespace DomainKit.Generators.Tests.Patterns;

/// <summary>
/// Simple patterns are matched by a greedy pass instead of a regex; it must give the regex engine's answer
/// (NonBacktracking, CultureInvariant — what generated code uses otherwise) on every input.
/// </summary>
public class SimplePatternTests
{
    [Theory]
    [InlineData("^[A-Z]{2}$")]
    [InlineData("^[a-z][a-z0-9-]{2,39}$")]
    [InlineData("^[0-9]{4}-[0-9]{2}$")]
    [InlineData("^a+b*c?$")]
    [InlineData("^\\-[x-z]{0,}\\.$")]
    public void The_example_and_common_patterns_are_simple(string pattern) => Assert.NotNull(SimplePatterns.Atoms(pattern));

    [Theory]
    [InlineData("[A-Z]{2}$")]
    [InlineData("^[A-Z]{2}")]
    [InlineData("^(ab)+$")]
    [InlineData("^a|b$")]
    [InlineData("^\\d{3}$")]
    [InlineData("^[^a]$")]
    [InlineData("^.$")]
    [InlineData("^a+?$")]
    [InlineData("^[a-z]*a$")]
    [InlineData("^[a-z]*[0-9]?[a-c]$")]
    [InlineData("^[a-z-[aeiou]]$")]
    public void Everything_else_stays_a_regex(string pattern) => Assert.Null(SimplePatterns.Atoms(pattern));

    [Fact]
    public void A_greedy_pass_gives_the_regex_engines_answer_on_random_patterns_and_inputs()
    {
        var random = new Random(20250227);
        var simple = 0;
        for (var p = 0; p < 3_000; p++)
        {
            var pattern = RandomPattern(random);
            var atoms = SimplePatterns.Atoms(pattern);
            if (atoms is null) continue;
            simple++;
            var matcher = new SimplePattern(atoms.Select(a => new SimplePattern.Atom(a.Ranges, a.Min, a.Max)).ToArray());
            var regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            for (var s = 0; s < 60; s++)
            {
                var input = RandomInput(random);
                Assert.True(regex.IsMatch(input) == matcher.IsMatch(input), $"pattern {pattern} on {Show(input)}: regex {regex.IsMatch(input)}, greedy {matcher.IsMatch(input)}");
            }
        }
        Assert.True(simple > 500, $"only {simple} random patterns were simple");
    }

    [Fact]
    public void A_class_at_the_top_of_the_char_range_and_a_class_too_large_to_list_both_match()
    {
        var top = new SimplePattern(new SimplePattern.Atom("\uff00\uffff", 1, 3));
        Assert.True(top.IsMatch("\uffff\uff00"));
        Assert.False(top.IsMatch("a"));
        var wide = new SimplePattern(new SimplePattern.Atom("\u0000\ufffe", 0, int.MaxValue));
        Assert.True(wide.IsMatch("any text, é"));
        Assert.False(wide.IsMatch("\uffff"));
    }

    private static readonly string[] Classes = ["a", "b", "-", "[a-c]", "[b-d]", "[x-z0-9]", "[a\\-]", "\\.", "[\\n]", "[ab]", "[0-9]", "[A-Z]", "[à-é]", "[?-A]"];
    private static readonly string[] Quantifiers = ["", "", "?", "*", "+", "{2}", "{0,2}", "{1,3}", "{2,}"];
    private const string Alphabet = "abcdxyz019-.AZ\n é?@à";

    private static string RandomPattern(Random random)
    {
        var text = new StringBuilder("^");
        for (var i = random.Next(1, 5); i > 0; i--) text.Append(Classes[random.Next(Classes.Length)]).Append(Quantifiers[random.Next(Quantifiers.Length)]);
        return text.Append('$').ToString();
    }

    private static string RandomInput(Random random)
    {
        var chars = new char[random.Next(0, 8)];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
        return new string(chars);
    }

    private static string Show(string input) => "\"" + input.Replace("\n", "\\n") + "\"";
}
