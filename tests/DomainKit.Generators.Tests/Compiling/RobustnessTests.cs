using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Compiling;

/// <summary>
/// No input makes the generator throw (Roslyn would report CS8785 and drop all output), every
/// diagnostic lies inside its file, and when no DK error is reported the output compiles.
/// </summary>
public class RobustnessTests
{
    public static TheoryData<string> BrokenInputs() => new()
    {
        "bad: [unclosed\nmore: 1\nx: y\n",
        "types:\n  A:\n\tfields: {}\n",
        "{{{{{{{{",
        "types: [",
        "types:\n  A:\n    fields:\n      x: { type: \n",
        "types:\n  A: &a\n    fields:\n      x: int\n  B: *a\n  C: { <<: *a }\n",
        "types:\n  A:\n    fields:\n      ? [complex, key]\n      : int\n",
        "types:\n  A:\n    fields:\n      x: list<<int>>\n      y: map<>\n      z: ?\n",
        "types:\n  A:\n    value: string\n    pattern: '(?<open>'\n    minLength: 99999999999999999999\n",
        "types:\n  A:\n    fields:\n      d: { type: datetime, min: '2025-02-27', default: 'yesterday' }\n",
        "types:\n  A:\n    fields:\n      x: { type: list<int>, default: [1, 2] }\n      y: { type: A, default: {} }\n",
        "types:\n  A:\n    enum: {a: [1], b: {c: d}}\n",
        "--- \ntypes: {}\n--- \ntypes: {}\n",
        "types:\n  A:\n    fields:\n      x: !!binary aGVsbG8=\n",
        "\uFEFFtypes:\n  Ünïcödé:\n    fields:\n      名前: string\n",
        "types:\n  A:\n    fields:\n      x: " + new string('x', 100_000) + "\n",
        string.Concat(Enumerable.Repeat("[", 5_000)),
        "types:\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"  T{i}:\n    fields:\n      next: T{i + 1}\n")),
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public void Broken_input_gives_located_diagnostics_and_never_throws(string yaml) => AssertInvariants(yaml);

    [Fact]
    public void Mutations_of_the_example_schemas_never_make_the_generator_throw()
    {
        var random = new Random(20250227);
        var schemas = GeneratorHarness.ExampleSchemas();
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_MUTATIONS"), out var n) ? n : 150;
        for (var i = 0; i < iterations; i++)
        {
            var (_, text) = schemas[random.Next(schemas.Length)];
            AssertInvariants(Mutate(text, random));
        }
    }

    private static void AssertInvariants(string yaml)
    {
        var (result, output) = GeneratorHarness.Run(("schema/x.yaml", yaml));

        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "DK9999");
        foreach (var diagnostic in result.Diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal("schema/x.yaml", span.Path);
            Assert.InRange(diagnostic.Location.SourceSpan.End, 0, yaml.Length);
        }
        if (!result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0:
                lines.RemoveAt(random.Next(lines.Count));
                break;
            case 1:
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                break;
            case 2:
                var at = random.Next(lines.Count);
                lines[at] = "\t" + lines[at].TrimStart();
                break;
            case 3:
                var chars = string.Join('\n', lines).ToCharArray();
                const string palette = "{}[]:,-?&*!|>'\"#%@` xé\u0000";
                chars[random.Next(chars.Length)] = palette[random.Next(palette.Length)];
                return new string(chars);
            case 4:
                var cut = string.Join('\n', lines);
                return cut[..random.Next(cut.Length)];
            default:
                var swap = random.Next(lines.Count);
                lines[swap] = lines[swap].Replace("string", "strin").Replace("int", "list<").Replace("date", "Date");
                break;
        }
        return string.Join('\n', lines);
    }
}
