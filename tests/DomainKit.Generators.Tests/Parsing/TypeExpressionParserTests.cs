using DomainKit.Schema.Parsing;

namespace DomainKit.Generators.Tests.Parsing;

public class TypeExpressionParserTests
{
    [Theory]
    [InlineData("int", "int")]
    [InlineData("string?", "string?")]
    [InlineData("list<int>", "list<int>")]
    [InlineData("map< list< Consulate? > >?", "map<list<Consulate?>>?")]
    [InlineData("list<list<int>>", "list<list<int>>")]
    [InlineData("map<string, int>", "map<string, int>")]
    public void Parses_and_normalises(string text, string expected)
    {
        var expression = TypeExpressionParser.Parse(text, out var error, out _);

        Assert.Null(error);
        Assert.Equal(expected, expression!.ToString());
    }

    [Theory]
    [InlineData("", "expected a type name", 0)]
    [InlineData("list<", "expected a type name", 5)]
    [InlineData("list<int", "expected '>'", 8)]
    [InlineData("int??", "unexpected '?'", 4)]
    [InlineData("list<int> x", "unexpected 'x'", 10)]
    [InlineData("9lives", "expected a type name at '9'", 0)]
    public void Reports_where_it_went_wrong(string text, string message, int offset)
    {
        var expression = TypeExpressionParser.Parse(text, out var error, out var errorOffset);

        Assert.Null(expression);
        Assert.Equal(message, error);
        Assert.Equal(offset, errorOffset);
    }

    [Fact]
    public void Deep_nesting_is_refused_not_a_stack_overflow()
    {
        var text = string.Concat(Enumerable.Repeat("list<", 10_000)) + "int" + new string('>', 10_000);

        Assert.Null(TypeExpressionParser.Parse(text, out var error, out _));
        Assert.Contains("nest at most", error);
    }
}
