using DomainKit.Schema;
using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;
using Text = DomainKit.Runtime.ValueText;

namespace DomainKit.Tests.Primitives;

/// <summary>
/// One reading of each literal form: the schema compiler's catalog row, the runtime's text form, and, inside the
/// compiler, a default, a bound and a rule's typed literal accept exactly the same texts.
/// </summary>
public class PrimitiveFormsTests
{
    private static readonly string[] Common = ["", " ", "abc", " 1", "1 ", "-", "+"];

    private static readonly Dictionary<PrimitiveKind, string[]> Corpus = new()
    {
        [PrimitiveKind.String] = ["text", "Ünïcode 😀"],
        [PrimitiveKind.Bool] = ["true", "True", "FALSE", "yes", "1", " true", "false "],
        [PrimitiveKind.Int] = ["0", "-1", "+1", "2147483647", "2147483648", "-2147483648", "1.0", "1e3", "1,000", "0x10", "007"],
        [PrimitiveKind.Long] = ["9223372036854775807", "9223372036854775808", "-5", "1.5", "1e2"],
        [PrimitiveKind.Decimal] = ["1.50", "-0.1", "1e3", "1,000.5", "1.", ".5", "+1", "NaN", "79228162514264337593543950335", "1e30", "1 000"],
        [PrimitiveKind.Double] = ["1.5", "1e308", "1e309", "NaN", "Infinity", "-Infinity", "-0", "1,5", ".5", "1.", "1E-5"],
        [PrimitiveKind.Date] = ["2025-02-27", "2025-2-27", "2025-02-30", "2024-02-29", "20250227", "2025-02-27T00:00:00Z", "0001-01-01", "9999-12-31"],
        [PrimitiveKind.Time] = ["09:30", "9:30", "09:30:15", "09:30:15.1234567", "09:30:15.12345678", "24:00", "23:59:59.9999999", "1.09:30:00", "-01:00", "09:30:5", "9.30"],
        [PrimitiveKind.DateTime] = ["2025-02-27T10:00:00Z", "2025-02-27T10:00:00+03:00", "2025-02-27T10:00:00", "2025-02-27 10:00:00Z",
            "2025-02-27T10:00:00.1234567-05:30", "2025-02-27t10:00:00z", "2025-02-27T10:00Z", "2025-13-27T10:00:00Z", "2025-2-27T10:00:00+03:00", "2025-02-27T10:00:00+0300"],
        [PrimitiveKind.Duration] = ["01:30:00", "1.02:03:04.5", "-00:00:01", "1:30", "01:30", "25:00:00", "1.00:00:00", "00:00:00.0000001", "P1D"],
        [PrimitiveKind.Guid] = ["8d3b2a4e-58c8-4a51-a1a2-5e5c6f3b9a10", "8d3b2a4e58c84a51a1a25e5c6f3b9a10", "{8d3b2a4e-58c8-4a51-a1a2-5e5c6f3b9a10}", "8d3b2a4e-58c8-4a51-a1a2"],
        [PrimitiveKind.Uri] = ["https://example.org/", "relative/path", "http://[bad", "a b", "mailto:x@example.org"],
    };

    /// <summary>How the runtime reads and writes each primitive as text (the <c>ValueText</c> overload of its C# type).</summary>
    private static readonly Dictionary<PrimitiveKind, Func<string, string?>> Runtime = new()
    {
        [PrimitiveKind.String] = s => Text.TryParse(s, out string v) ? Text.Format(v) : null,
        [PrimitiveKind.Bool] = s => Text.TryParse(s, out bool v) ? Text.Format(v) : null,
        [PrimitiveKind.Int] = s => Text.TryParse(s, out int v) ? Text.Format(v) : null,
        [PrimitiveKind.Long] = s => Text.TryParse(s, out long v) ? Text.Format(v) : null,
        [PrimitiveKind.Decimal] = s => Text.TryParse(s, out decimal v) ? Text.Format(v) : null,
        [PrimitiveKind.Double] = s => Text.TryParse(s, out double v) ? Text.Format(v) : null,
        [PrimitiveKind.Date] = s => Text.TryParse(s, out DateOnly v) ? Text.Format(v) : null,
        [PrimitiveKind.Time] = s => Text.TryParse(s, out TimeOnly v) ? Text.Format(v) : null,
        [PrimitiveKind.DateTime] = s => Text.TryParse(s, out DateTimeOffset v) ? Text.Format(v) : null,
        [PrimitiveKind.Duration] = s => Text.TryParse(s, out TimeSpan v) ? Text.Format(v) : null,
        [PrimitiveKind.Guid] = s => Text.TryParse(s, out Guid v) ? Text.Format(v) : null,
        [PrimitiveKind.Uri] = s => Text.TryParse(s, out Uri v) ? Text.Format(v) : null,
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var primitive in PrimitiveCatalog.All)
        {
            foreach (var text in Corpus[primitive.Kind].Concat(Common).Distinct()) cases.Add(primitive.Name, text);
        }
        return cases;
    }

    [Fact]
    public void Every_primitive_has_a_corpus_and_a_runtime_text_form() =>
        Assert.All(PrimitiveCatalog.All, p => Assert.True(Corpus.ContainsKey(p.Kind) && Runtime.ContainsKey(p.Kind), p.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_compiler_and_the_runtime_read_a_text_alike(string primitive, string text)
    {
        var row = PrimitiveCatalog.Find(primitive)!;
        var compiler = row.Read(text);
        var runtime = Runtime[row.Kind](text);
        Assert.True((compiler is null) == (runtime is null),
            $"{primitive} '{text}': the compiler {(compiler is null ? "refuses" : "reads")} it, the runtime {(runtime is null ? "refuses" : "reads")} it");
        if (compiler is not null) Assert.Equal(runtime, compiler.Normalized);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_default_a_bound_and_a_rule_literal_read_a_text_alike(string primitive, string text)
    {
        var row = PrimitiveCatalog.Find(primitive)!;
        var expected = row.Read(text) is not null;
        var quoted = "'" + text.Replace("'", "''") + "'";
        Assert.Equal(expected, Accepts($"      d: {{ type: {primitive}, default: {quoted} }}\n"));
        if (row.IsBounded) Assert.Equal(expected, Accepts($"      b: {{ type: {primitive}, min: {quoted} }}\n"));
        if (row.HasRuleLiteral)
            Assert.Equal(expected, Accepts($"      f: {primitive}\n    rules:\n      - check: \"f == {primitive}({quoted})\"\n"));
    }

    private static bool Accepts(string fields)
    {
        var yaml = "namespace: Probe\ntypes:\n  Probe:\n    fields:\n" + fields;
        var diagnostics = ProjectChecker.Check([SchemaParser.Parse("schema/probe.yaml", yaml)], "Probe").Diagnostics;
        return diagnostics.IsEmpty;
    }
}
