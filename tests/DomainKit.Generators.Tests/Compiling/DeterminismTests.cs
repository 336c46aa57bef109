using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Compiling;

public class DeterminismTests
{
    [Fact]
    public void Output_is_byte_identical_across_runs_and_file_orders()
    {
        var schemas = GeneratorHarness.ExampleSchemas();
        var baseline = Generate(schemas);

        for (var seed = 1; seed <= 5; seed++)
        {
            var random = new Random(seed);
            var shuffled = schemas.OrderBy(_ => random.Next()).ToArray();
            var order = string.Join(", ", shuffled.Select(s => s.Path));
            var output = Generate(shuffled);
            Assert.True(baseline.SequenceEqual(output), $"output differs with shuffle seed {seed} (file order: {order})");
        }
    }

    [Fact]
    public void Duplicate_type_owner_does_not_depend_on_file_order()
    {
        (string, string)[] files =
        [
            ("schema/z.yaml", "types:\n  Dup:\n    enum: [FromZ]\n"),
            ("schema/a.yaml", "types:\n  Dup:\n    enum: [FromA]\n"),
        ];

        var forward = Generate(files);
        var backward = Generate(files.Reverse().ToArray());

        Assert.Equal(forward, backward);
        Assert.Contains("FromA", forward.Single().Value);
    }

    [Fact]
    public void Generated_text_has_no_machine_paths_or_timestamps()
    {
        foreach (var (_, text) in Generate(GeneratorHarness.ExampleSchemas()))
        {
            Assert.DoesNotContain("/work/", text);
            // Dates in schemas (bounds, defaults) may appear in the output; the day of the build must not.
            Assert.DoesNotContain(BuildDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text);
            Assert.DoesNotContain(BuildDay.ToString("d", System.Globalization.CultureInfo.InvariantCulture), text);
            Assert.DoesNotContain("\r", text);
        }
    }

    private static readonly DateTime BuildDay = DateTime.Now;

    private static SortedDictionary<string, string> Generate((string Path, string Text)[] files)
    {
        var (result, _) = GeneratorHarness.Run(files);
        return new SortedDictionary<string, string>(
            result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()),
            StringComparer.Ordinal);
    }
}
