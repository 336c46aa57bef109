using System.Text.Json;
using DomainKit.Generators.Tests.Infrastructure;
using Json.Schema;

namespace DomainKit.Generators.Tests.EditorSchema;

/// <summary>schema/domainkit.schema.json, the editor's view of the language, against the examples and the parser.</summary>
public class EditorSchemaTests
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot, "schema", "domainkit.schema.json")));

    public static TheoryData<string> ExampleSchemaFiles() =>
        new(Directory.GetFiles(Path.Combine(RepositoryRoot, "schema"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ExampleSchemaFiles))]
    public void Every_example_schema_is_valid_and_points_editors_at_the_schema(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryRoot, "schema", file));

        Assert.StartsWith("# yaml-language-server: $schema=domainkit.schema.json", yaml);
        var results = Evaluate(yaml);
        Assert.True(results.IsValid, Describe(results));
    }

    // Schemas the parser accepts, written in the language's corners.
    [Fact]
    public void The_editor_schema_names_exactly_the_catalogs_primitives()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "schema", "domainkit.schema.json")));
        var listed = document.RootElement.GetProperty("$defs").GetProperty("primitive").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(DomainKit.Schema.Model.PrimitiveCatalog.Names, listed);
    }

    public static TheoryData<string> Accepted() => new()
    {
        "types: {}",
        "types:",
        "namespace: A.B_c\nunknownFields: error\ntypes:\n  T:\n    enum: [a, b-c, _d]\n",
        "types:\n  E:\n    doc: ~\n    deprecated: Use F.\n    enum:\n      A: First.\n      B:\n",
        "types:\n  V:\n    value: decimal\n    min: 0.01\n    max: 10\n",
        "types:\n  V:\n    value: date\n    min: '2025-01-01'\n",
        "types:\n  R:\n    fields:\n      a: int\n      b: { type: 'list<map<string?>>?', minItems: 0, unique: true, default: [] }\n      c: { type: string, json: c_wire, format: email, deprecated: false, doc: Text. }\n      d: { type: R?, default: null }\n",
    };

    // Schemas the parser rejects for their shape, which the editor schema can see too.
    public static TheoryData<string, string> Rejected() => new()
    {
        { "- a list\n", "DK0002" },
        { "namespace: A\n", "DK0021" },
        { "tipes: {}\ntypes: {}\n", "DK0003" },
        { "unknownFields: maybe\ntypes: {}\n", "DK0014" },
        { "namespace: 1A\ntypes: {}\n", "DK0018" },
        { "types:\n  lower:\n    enum: [A]\n", "DK0007" },
        { "types:\n  T:\n    doc: nothing\n", "DK0004" },
        { "types:\n  T:\n    enum: [A]\n    value: int\n", "DK0004" },
        { "types:\n  T: [1]\n", "DK0002" },
        { "types:\n  T:\n    fields:\n      x: { doc: no type }\n", "DK0021" },
        { "types:\n  T:\n    fields:\n      x: { type: int, minimum: 1 }\n", "DK0003" },
        { "types:\n  T:\n    fields:\n      x: { type: string, format: phone }\n", "DK0014" },
        { "types:\n  T:\n    fields:\n      x: { type: string, minLength: -1 }\n", "DK0014" },
        { "types:\n  T:\n    fields:\n      'a b': int\n", "DK0007" },
        { "types:\n  T:\n    enum: ['not ok']\n", "DK0007" },
        { "types:\n  V:\n    value: list<int>\n", "DK0020" },
        { "types:\n  T:\n    fields:\n      x: [int]\n", "DK0002" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void The_editor_schema_accepts_what_the_parser_accepts(string yaml)
    {
        var (result, _) = GeneratorHarness.Run(("schema/x.yaml", yaml));
        Assert.Empty(result.Diagnostics);

        var results = Evaluate(yaml);
        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void The_editor_schema_rejects_what_the_parser_rejects_for_its_shape(string yaml, string id)
    {
        var (result, _) = GeneratorHarness.Run(("schema/x.yaml", yaml));
        Assert.Contains(result.Diagnostics, d => d.Id == id);

        Assert.False(Evaluate(yaml).IsValid);
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        var json = YamlToJson.Convert(yaml)?.ToJsonString() ?? "null";
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static string ThisDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
