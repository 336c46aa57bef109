using DomainKit.Generators.Tests.Compiling;
using DomainKit.Generators.Tests.Infrastructure;

namespace DomainKit.Generators.Tests.Rules;

/// <summary>
/// The rule type checker on one record: what it accepts (and the C# it writes compiles cleanly, nullable
/// and warnings as errors), and what it rejects, with which diagnostic.
/// </summary>
public class RuleCheckingTests
{
    private const string Schema = """
        types:
          Tier:
            enum: [low, mid, high]
          Part:
            fields:
              name: string
              size: int?
          A:
            fields:
              c: int?
              d: int?
              i: int
              s: string
              m: decimal
              dd: double
              on: date?
              level: Tier
              p: Part?
              xs: list<int?>
              parts: list<Part>
            rules:
              - check: "{0}"
        """;

    private static IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Check(string rule, out Microsoft.CodeAnalysis.Compilation output)
    {
        var (result, compiled) = GeneratorHarness.Run(("schema/a.yaml", Schema.Replace("{0}", rule)));
        output = compiled;
        return result.Diagnostics;
    }

    [Theory]
    [InlineData("c != null && c > 0")]
    [InlineData("c == null || c > 0")]
    [InlineData("!(c == null) && c > 0")]
    [InlineData("has(c) && c > 0")]
    [InlineData("c != null ? c > 0 : true")]
    [InlineData("c == null ? true : c > 0")]
    [InlineData("!(c == null || c < 0)")]
    [InlineData("c != null && d != null && c < d")]
    [InlineData("(c == null || d == null) || c < d")]
    [InlineData("p != null && p.name == 'x'")]
    [InlineData("p == null || p.size == null || p.size > 1")]
    [InlineData("xs.all(x, x != null && x > 0)")]
    [InlineData("xs.exists(x, x == null) || c == null || xs.all(x, x != null && x > c)")]
    [InlineData("parts.all(q, q.size == null || q.size < i)")]
    [InlineData("parts.unique(q, q.name) && parts.exists(q, q.name.startsWith('a'))")]
    [InlineData("level == high || level in [low, mid] || level != Tier.mid")]
    [InlineData("m > 1.5 && dd > 1.5 && i * 2 + 1 > 0 && m / 2 > i")]
    [InlineData("on == null || on >= date('2025-02-27')")]
    [InlineData("size(s) < 10 && s.endsWith('x') || s.contains('y') || s.matches('^[a-z]+$')")]
    [InlineData("-i < 5 && -1.5 < m && -2 < dd")]
    [InlineData("- -1.5 < m && - -2 < dd && - -i < 5")]
    public void Accepted_rules_compile_cleanly(string rule)
    {
        var diagnostics = Check(rule, out var output);
        Assert.Empty(diagnostics);
        GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
    }

    [Theory]
    [InlineData("c > 0")]
    [InlineData("c != null || c > 0")]
    [InlineData("c == null && c > 0")]
    [InlineData("has(c) || c > 0")]
    [InlineData("c != null ? true : c > 0")]
    [InlineData("!(c != null) && c > 0")]
    [InlineData("p.name == 'x'")]
    [InlineData("p != null && p.size > 1")]
    [InlineData("xs.all(x, x > 0)")]
    [InlineData("c != null && xs.all(c, c > 0)")]
    public void Unguarded_optional_use_is_DK0031(string rule) => AssertOnly(rule, "DK0031");

    [Theory]
    [InlineData("s > 1", "cannot order 'string' and 'int'")]
    [InlineData("m > dd", "cannot order 'decimal' and 'double'")]
    [InlineData("s + s == 'x'", "strings are not joined")]
    [InlineData("size(i) > 1", "'size' needs a string or a collection")]
    [InlineData("s.matches(s)", "needs a string literal")]
    [InlineData("s.matches('(a')", null)]
    [InlineData("on == null || on > date('2025-02-30')", "is not a valid date")]
    [InlineData("i == null", "is never null here")]
    [InlineData("has(i)", "is required, so has() is always true")]
    [InlineData("level == 3", "cannot compare 'Tier' with 'int'")]
    [InlineData("!i", "'!' needs a boolean")]
    [InlineData("i > 0 && s", "its right side is 'string'")]
    [InlineData("parts.size() > 0 && parts == parts", "cannot compare")]
    [InlineData("[1, 2] == [1, 2]", "list literal")]
    [InlineData("i in []", "is empty")]
    [InlineData("xs.all(x)", "takes a variable name and an expression")]
    public void Type_errors_are_DK0030(string rule, string? message)
    {
        var id = message is null ? "DK0011" : "DK0030";
        var diagnostic = AssertOnly(rule, id);
        if (message is not null) Assert.Contains(message, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("level == lo", "did you mean 'low'?")]
    [InlineData("level != Tier.hig", "did you mean 'high'?")]
    [InlineData("sise(s) > 1", "did you mean 'size'?")]
    [InlineData("s.startWith('a')", "did you mean 'startsWith'?")]
    [InlineData("p != null && p.nmae == 'x'", "did you mean 'name'?")]
    [InlineData("xs.all(x, y > 0)", "")]
    public void Unknown_names_are_DK0029(string rule, string suggestion) =>
        Assert.EndsWith(suggestion, AssertOnly(rule, "DK0029").GetMessage());

    [Theory]
    [InlineData("i + 1")]
    [InlineData("s")]
    [InlineData("c != null ? c : 0")]
    public void A_check_that_is_not_boolean_is_DK0032(string rule) => AssertOnly(rule, "DK0032");

    [Theory]
    [InlineData("i >")]
    [InlineData("(i > 0")]
    [InlineData("i > 0)")]
    [InlineData("'abc")]
    [InlineData("i @ 2")]
    [InlineData("i = 2")]
    [InlineData("0 < i < 9")]
    public void Syntax_errors_are_DK0028(string rule) => AssertOnly(rule, "DK0028");

    [Fact]
    public void Deep_nesting_is_a_located_error_not_a_crash()
    {
        var rule = new string('(', 500) + "i > 0" + new string(')', 500);
        Assert.Contains("nests deeper than 64 levels", AssertOnly(rule, "DK0028").GetMessage());
    }

    private static Microsoft.CodeAnalysis.Diagnostic AssertOnly(string rule, string id)
    {
        var diagnostics = Check(rule, out _);
        Assert.True(diagnostics.Count == 1 && diagnostics[0].Id == id, $"'{rule}': expected one {id}, got:\n{string.Join("\n", diagnostics)}");
        return diagnostics[0];
    }
}
