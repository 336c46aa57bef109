using CsCheck;
using DomainKit.Runtime;
using DomainKit.Schema.Model;
using DomainKit.Testing;

namespace DomainKit.Tests.Testing;

/// <summary>The catalogues the value generators read: a row for every primitive and format of the schema language.</summary>
public class ValueGeneratorCatalogTests
{
    [Fact]
    public void Every_primitive_has_a_sample_row()
    {
        var missing = Enum.GetValues<PrimitiveKind>().Where(k => k != PrimitiveKind.None && !PrimitiveSamples.All.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "No sample row for " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_format_has_samples_that_pass_its_runtime_check_and_a_broken_form_that_fails_it()
    {
        var pcg = new PCG(1, 42);
        foreach (var name in FormatCatalog.Names)
        {
            Assert.True(FormatSamples.All.TryGetValue(name, out var row), $"No sample row for format {name}");
            for (var i = 0; i < 200; i++)
            {
                var sample = row.Sample(pcg);
                Assert.True(row.Check(sample), $"{name}: {sample}");
            }
            Assert.False(row.Check(FormatSamples.Broken(1, 10)));
        }
        Assert.Equal(FormatCatalog.Names.Order(StringComparer.Ordinal), FormatSamples.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ordered_primitives_render_what_the_catalogue_reads_back_to_the_same_point()
    {
        foreach (var sample in PrimitiveSamples.All.Values.Where(s => s.IsOrdered))
        {
            foreach (var point in new[] { sample.Window.Low, sample.Window.High, sample.Window.Low + 17 * sample.Step })
            {
                var text = sample.Render!(point).Text;
                Assert.Equal(point, sample.Ordinal!(text));
                Assert.NotNull(PrimitiveCatalog.Of(sample.Kind)!.Read(text));
            }
        }
    }
}
