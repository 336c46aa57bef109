using System.Reflection;
using DomainKit.Tool;

namespace DomainKit.Tests.Tool;

/// <summary>The <c>domainkit</c> commands, in process, on the example schemas and a broken copy.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("domainkit-cli-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Export_writes_for_every_type_the_same_document_as_its_generated_JsonSchema()
    {
        var (code, output) = Run("export", "jsonschema", ExampleSchemas, "--out", Path.Combine(_work, "out"));

        Assert.Equal(Cli.Ok, code);
        var files = Directory.GetFiles(Path.Combine(_work, "out"));
        Assert.Equal(18, files.Length);
        Assert.Contains("18 JSON Schema document(s)", output);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file)[..^".schema.json".Length];
            Assert.Equal(GeneratedJsonSchema(name), File.ReadAllText(file));
        }
    }

    [Fact]
    public void Check_passes_the_examples_and_prints_a_broken_copy_as_the_compiler_does()
    {
        Assert.Equal(Cli.Ok, Run("check", ExampleSchemas).Code);

        var schema = CopyExamples("schema");
        File.AppendAllText(Path.Combine(schema, "mission.yaml"), "  Broken:\n    fields:\n      post: Consulat\n");
        var (code, output) = Run("check", schema);

        Assert.Equal(Cli.Problems, code);
        var line = File.ReadAllLines(Path.Combine(schema, "mission.yaml")).Length;
        Assert.Contains($"{Path.Combine(schema, "mission.yaml")}({line},13): error DK0005: Unknown type 'Consulat'; did you mean 'Consulate'?", output);
    }

    [Fact]
    public void Diff_reports_a_break_in_the_direction_asked_for_and_only_then()
    {
        var baseline = CopyExamples("old");
        var current = CopyExamples("new");
        var agenda = Path.Combine(current, "agenda.yaml");
        File.WriteAllText(agenda, File.ReadAllText(agenda).Replace("summary: { type: string, maxLength: 2000 }", "summary: { type: string, maxLength: 1000 }"));

        var (code, output) = Run("diff", baseline, current);
        Assert.Equal(Cli.Problems, code);
        Assert.Contains("error DK0048: 'summary' of 'AgendaItem': 'maxLength' went from 2000 to 1000; this breaks backward compatibility", output);
        Assert.Equal((Cli.Ok, "no breaking changes"), (Run("diff", baseline, current, "--compatibility", "forward").Code, Run("diff", baseline, current, "--compatibility", "forward").Output.Trim()));
        Assert.Equal(Cli.Usage, Run("diff", baseline, current, "--compatibility", "sideways").Code);
    }

    [Fact]
    public void Baseline_copies_the_schemas_beside_them_and_check_then_holds_them_to_it()
    {
        var schema = CopyExamples("schema");
        Assert.Equal(Cli.Ok, Run("baseline", schema).Code);
        var baseline = Path.Combine(_work, "schema-baseline");
        Assert.Equal(Directory.GetFiles(schema).Select(Path.GetFileName).Order(), Directory.GetFiles(baseline).Select(Path.GetFileName).Order());

        var consulate = Path.Combine(schema, "consulate.yaml");
        File.WriteAllText(consulate, File.ReadAllText(consulate).Replace("    fields:\n", "    fields:\n      phone: string\n"));
        var (code, output) = Run("check", schema);
        Assert.Equal(Cli.Problems, code);
        Assert.Contains("error DK0042: Required field 'phone' was added to 'Consulate'", output);
    }

    [Fact]
    public void Baseline_is_refused_while_the_schemas_have_errors_and_a_missing_folder_is_a_usage_error()
    {
        var schema = CopyExamples("schema");
        File.AppendAllText(Path.Combine(schema, "mission.yaml"), "  Broken:\n    fields:\n      post: Consulat\n");
        Assert.Equal(Cli.Problems, Run("baseline", schema).Code);
        Assert.False(Directory.Exists(Path.Combine(_work, "schema-baseline")));
        Assert.Equal(Cli.Usage, Run("check", Path.Combine(_work, "nowhere")).Code);
        Assert.Equal(Cli.Usage, Run("frobnicate").Code);
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Cli.Run(args, output, error);
        return (code, output.ToString() + error);
    }

    private string CopyExamples(string folder)
    {
        var target = Path.Combine(_work, folder);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(ExampleSchemas, "*.yaml")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    /// <summary>The generated <c>JsonSchema</c> of an example type (an enum's is on its converter).</summary>
    private static string GeneratedJsonSchema(string name)
    {
        var assembly = typeof(CliTests).Assembly;
        var type = assembly.GetType("Diplomacy.Domain." + name + "JsonConverter") ?? assembly.GetType("Diplomacy.Domain." + name)!;
        return (string)type.GetProperty("JsonSchema", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    private static string ExampleSchemas => Path.Combine(RepositoryRoot(), "schema");

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
