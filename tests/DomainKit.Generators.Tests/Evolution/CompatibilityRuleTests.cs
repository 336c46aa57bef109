using DomainKit.Generators.Tests.Infrastructure;

namespace DomainKit.Generators.Tests.Evolution;

/// <summary>
/// Every rule of the compatibility check, in each direction: a change is reported under the settings that check
/// a direction it breaks, and under no other (full checks both, none checks nothing).
/// </summary>
public class CompatibilityRuleTests
{
    private const string Record = "types:\n  A:\n";

    public static TheoryData<string, string, string, string?, string> Changes() => new()
    {
        // name, baseline, current, the id reported (null: not a break), the directions it breaks
        { "required field added", Fields("x: int"), Fields("x: int", "y: string"), "DK0042", "backward" },
        { "optional field added", Fields("x: int"), Fields("x: int", "y: string?"), null, "" },
        { "field with a default added", Fields("x: int"), Fields("x: int", "y: { type: int, default: 1 }"), null, "" },
        { "field added where the baseline rejects unknown fields", "unknownFields: error\n" + Fields("x: int"), Fields("x: int", "y: string?"), "DK0043", "forward" },
        { "optional field removed without reserving it", Fields("x: int", "y: string?"), Fields("x: int"), "DK0044", "backward" },
        { "optional field removed and reserved", Fields("x: int", "y: string?"), Record + "    reserved: [y]\n" + FieldLines("x: int"), null, "" },
        { "required field removed and reserved", Fields("x: int", "y: string"), Record + "    reserved: [y]\n" + FieldLines("x: int"), "DK0044", "forward" },
        { "required field removed", Fields("x: int", "y: string"), Fields("x: int"), "DK0044", "both" },
        { "field renamed with renamedFrom", Fields("fax: string"), Fields("phone: { type: string, renamedFrom: [fax] }"), "DK0045", "forward" },
        { "wire name changed in place", Fields("x: int"), Fields("x: { type: int, json: ex }"), "DK0045", "both" },
        { "wire name changed back to an old name it lists", Fields("x: { type: int, json: ex }"), Fields("x: { type: int, renamedFrom: [ex] }"), "DK0045", "forward" },
        { "optional became required", Fields("y: string?"), Fields("y: string"), "DK0046", "backward" },
        { "a default removed", Fields("y: { type: int, default: 1 }"), Fields("y: int"), "DK0046", "backward" },
        { "required became optional", Fields("y: string"), Fields("y: string?"), "DK0046", "forward" },
        { "required got a default", Fields("y: int"), Fields("y: { type: int, default: 1 }"), null, "" },
        { "int widened to long", Fields("n: int"), Fields("n: long"), "DK0047", "forward" },
        { "long narrowed to int", Fields("n: long"), Fields("n: int"), "DK0047", "both" },
        { "string became int", Fields("n: string"), Fields("n: int"), "DK0047", "both" },
        { "list items widened", Fields("n: list<int>"), Fields("n: list<long>"), "DK0047", "forward" },
        { "list items became optional", Fields("n: list<int>"), Fields("n: list<int?>"), "DK0047", "forward" },
        { "list items became required", Fields("n: list<int?>"), Fields("n: list<int>"), "DK0047", "backward" },
        { "list became set", Fields("n: list<int>"), Fields("n: set<int>"), "DK0047", "both" },
        { "string became a value type over string", Fields("mail: string"), Fields("mail: Email") + "  Email:\n    value: string\n", null, "" },
        { "field type renamed with the type", Fields("p: P") + "  P:\n    fields:\n      x: int\n", Fields("p: Q") + "  Q:\n    renamedFrom: [P]\n    fields:\n      x: int\n", null, "" },
        { "field type swapped for another record", Fields("p: P") + "  P:\n    fields:\n      x: int\n", Fields("p: Q") + "  P:\n    fields:\n      x: int\n  Q:\n    fields:\n      x: int\n", "DK0047", "both" },
        { "maxLength lowered", Fields("s: { type: string, maxLength: 10 }"), Fields("s: { type: string, maxLength: 5 }"), "DK0048", "backward" },
        { "maxLength raised", Fields("s: { type: string, maxLength: 5 }"), Fields("s: { type: string, maxLength: 10 }"), "DK0048", "forward" },
        { "min raised", Fields("n: { type: int, min: 1 }"), Fields("n: { type: int, min: 2 }"), "DK0048", "backward" },
        { "date bound lowered", Fields("d: { type: date, min: 2020-01-01 }"), Fields("d: { type: date, min: 2019-01-01 }"), "DK0048", "forward" },
        { "minLength added", Fields("s: string"), Fields("s: { type: string, minLength: 1 }"), "DK0048", "backward" },
        { "pattern removed", Fields("s: { type: string, pattern: '^[a-z]+$' }"), Fields("s: string"), "DK0048", "forward" },
        { "pattern changed", Fields("s: { type: string, pattern: '^[a-z]+$' }"), Fields("s: { type: string, pattern: '^[a-c]+$' }"), "DK0048", "both" },
        { "unique added", Fields("n: list<int>"), Fields("n: { type: list<int>, unique: true }"), "DK0048", "backward" },
        { "same bound written differently", Fields("n: { type: decimal, max: 5 }"), Fields("n: { type: decimal, max: 5.0 }"), null, "" },
        { "value type tightened", "types:\n  V:\n    value: string\n    maxLength: 9\n", "types:\n  V:\n    value: string\n    maxLength: 8\n", "DK0048", "backward" },
        { "value type widened", "types:\n  V:\n    value: int\n", "types:\n  V:\n    value: long\n", "DK0047", "forward" },
        { "enum member added", Enum("[a, b]"), Enum("[a, b, c]"), "DK0049", "forward" },
        { "enum member removed", Enum("[a, b]"), Enum("[a]"), "DK0050", "backward" },
        { "enum member renamed with renamedFrom", Enum("[a, shut]"), Enum("\n      a: {}\n      closed: { renamedFrom: [shut] }"), "DK0045", "forward" },
        { "variant added", Union("A: {}"), Union("A: {}", "B: {}"), "DK0049", "forward" },
        { "variant removed", Union("A: {}", "B: {}"), Union("A: {}"), "DK0050", "backward" },
        { "variant tag changed in place", Union("A: {}"), Union("A: { tag: a }"), "DK0045", "both" },
        { "variant renamed with renamedFrom", Union("A: {}"), Union("B: { renamedFrom: [A] }"), "DK0045", "forward" },
        { "required field added to a variant", Union("A: {}"), Union("A: { fields: { n: int } }"), "DK0042", "backward" },
        { "discriminator changed", Union("A: {}"), Union("A: {}").Replace("union:\n", "union:\n      discriminator: type\n"), "DK0052", "both" },
        { "default changed", Fields("n: { type: int, default: 1 }"), Fields("n: { type: int, default: 2 }"), "DK0051", "backward" },
        { "rule added", Fields("lo: int", "hi: int"), Fields("lo: int", "hi: int") + "    rules:\n      - check: lo < hi\n", "DK0053", "backward" },
        { "rule removed", Fields("lo: int", "hi: int") + "    rules:\n      - check: lo < hi\n", Fields("lo: int", "hi: int"), "DK0053", "forward" },
        { "rule message changed", Fields("lo: int", "hi: int") + "    rules:\n      - check: lo < hi\n", Fields("lo: int", "hi: int") + "    rules:\n      - check: lo < hi\n        message: lo before hi\n", null, "" },
        { "reserved name declared again", Record + "    reserved: [fax]\n" + FieldLines("x: int"), Fields("x: int", "fax: string?"), "DK0054", "both" },
        { "type removed", Fields("x: int") + "  B:\n    fields:\n      y: int\n", Fields("x: int"), "DK0040", "backward" },
        { "type renamed with renamedFrom", Fields("x: int"), "types:\n  B:\n    renamedFrom: [A]\n    fields:\n      x: int\n", null, "" },
        { "record became an enum", Fields("x: int"), "types:\n  A:\n    enum: [x]\n", "DK0041", "both" },
        { "type added", Fields("x: int"), Fields("x: int") + "  B:\n    fields:\n      y: int\n", null, "" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_is_reported_exactly_under_the_settings_that_check_a_direction_it_breaks(string change, string baseline, string current, string? id, string breaks)
    {
        Assert.DoesNotContain(BaselineHarness.Check(baseline, baseline), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.DoesNotContain(BaselineHarness.Check(null, current), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        foreach (var setting in new[] { "full", "backward", "forward", "none" })
        {
            var expected = id is not null && (setting == "full" ? breaks != "" : setting != "none" && (breaks == "both" || breaks == setting));
            var reported = BaselineHarness.Check(baseline, current, setting).Where(d => d.Id.CompareTo("DK0040") >= 0).ToList();
            if (expected)
            {
                var diagnostic = Assert.Single(reported);
                Assert.Equal(id, diagnostic.Id);
                Assert.Contains(breaks == "both" ? "breaks backward and forward" : $"breaks {breaks} compatibility", diagnostic.GetMessage());
            }
            else Assert.True(reported.Count == 0, $"{change}, {setting}: {string.Join("\n", reported)}");
        }
    }

    [Fact]
    public void The_example_schemas_are_compatible_with_themselves_and_a_narrowed_copy_is_not()
    {
        var current = GeneratorHarness.ExampleSchemas();
        var baseline = current.Select(f => ("schema-baseline/" + Path.GetFileName(f.Path), f.Text)).ToArray();
        var paths = baseline.Select(f => f.Item1).ToArray();
        Assert.Empty(GeneratorHarness.Run(GeneratorHarness.Files(current.Concat(baseline).ToArray()), BaselineHarness.Options(null, paths)).Result.Diagnostics);

        var narrowed = current.Select(f => (f.Path, f.Text.Replace("summary: { type: string, maxLength: 2000 }", "summary: { type: string, maxLength: 1000 }"))).ToArray();
        Assert.NotEqual(current, narrowed);
        var diagnostics = GeneratorHarness.Run(GeneratorHarness.Files(narrowed.Concat(baseline).ToArray()), BaselineHarness.Options(null, paths)).Result.Diagnostics;
        Assert.Equal("DK0048", Assert.Single(diagnostics).Id);
    }

    private static string Fields(params string[] fields) => Record + FieldLines(fields);

    private static string FieldLines(params string[] fields) => "    fields:\n" + string.Concat(fields.Select(f => "      " + f + "\n"));

    private static string Enum(string members) => "types:\n  E:\n    enum: " + members + "\n";

    private static string Union(params string[] variants) =>
        "types:\n  U:\n    union:\n      variants:\n" + string.Concat(variants.Select(v => "        " + v + "\n"));
}
