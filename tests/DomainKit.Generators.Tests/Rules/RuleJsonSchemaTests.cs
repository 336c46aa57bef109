using DomainKit.Schema;
using DomainKit.Schema.Emitting;
using DomainKit.Schema.Parsing;

namespace DomainKit.Generators.Tests.Rules;

/// <summary>A <c>when</c> rule's typed tree as JSON Schema <c>if</c>/<c>then</c> (Rules/JsonSchemaRules), written from the tree at emit time.</summary>
public class RuleJsonSchemaTests
{
    private static string Definition(string condition, string field = "n: int?")
    {
        var yaml = $"""
            namespace: Probe
            types:
              Probe:
                fields:
                  {field}
                  other: string?
                rules:
                  - when: "{condition}"
                    require: [other]
            """;
        var project = ProjectChecker.Check([SchemaParser.Parse("schema/probe.yaml", yaml)], "Probe");
        Assert.Empty(project.Diagnostics);
        return JsonSchemaEmitter.Definition(project.Types.Single());
    }

    [Fact]
    public void A_test_against_null_is_the_same_if_as_has() =>
        Assert.Equal(Definition("has(n)"), Definition("n != null"));

    [Theory]
    [InlineData("has(n) && n == 5", "{\"const\":5}")]
    [InlineData("has(n) && n == -5", "{\"const\":-5}")]
    [InlineData("has(n) && 7 == n", "{\"const\":7}")]
    public void An_equality_with_a_number_is_a_const(string condition, string constant)
    {
        var definition = Definition(condition);
        Assert.Contains("\"if\":", definition);
        Assert.Contains(constant, definition);
        Assert.DoesNotContain("x-domainkit-rules", definition);
    }

    [Theory]
    [InlineData("n == null")]
    [InlineData("has(n) && n > 5")]
    [InlineData("!has(n)")]
    public void A_condition_with_no_exact_translation_stays_a_rule(string condition)
    {
        var definition = Definition(condition);
        Assert.DoesNotContain("\"if\":", definition);
        Assert.Contains("x-domainkit-rules", definition);
    }
}
