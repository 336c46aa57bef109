using System.Reflection;
using System.Text.Json.Nodes;
using DomainKit.Runtime;
using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;

namespace DomainKit.Generators.Tests.Catalog;

/// <summary>
/// The constraint and format catalogs against everything else that lists them: the keys the parser allows,
/// the runtime's sink and format checks, the editor schema and the language reference.
/// </summary>
public class ConstraintCatalogTests
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));

    private static readonly JsonNode EditorSchema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "schema", "domainkit.schema.json")))!;

    public static TheoryData<string> Keys() => new(ConstraintCatalog.All.Select(r => r.Key));

    [Fact]
    public void Rows_are_in_kind_order_and_keys_are_unique()
    {
        Assert.Equal(Enum.GetValues<ConstraintKind>(), ConstraintCatalog.All.Select(r => r.Kind));
        Assert.Equal(ConstraintCatalog.All.Length, ConstraintCatalog.Keys.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_constraint_is_allowed_on_fields_and_value_types(string key)
    {
        Assert.Contains(key, SchemaKeys.Field);
        Assert.Contains(key, SchemaKeys.Value);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_constraint_reports_through_a_sink_method_of_its_name(string key)
    {
        Assert.True(ConstraintCatalog.TryGet(key, out var rule));
        var method = typeof(ValidationErrorSink).GetMethod(rule.SinkMethod, BindingFlags.Public | BindingFlags.Instance);
        Assert.NotNull(method);
        Assert.Equal(["path", "name"], method!.GetParameters().Take(2).Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_constraint_is_in_the_editor_schema_and_the_language_reference(string key)
    {
        Assert.NotNull(EditorSchema["$defs"]!["field"]!["oneOf"]![1]!["properties"]![key]);
        Assert.NotNull(EditorSchema["$defs"]!["value"]!["properties"]![key]);
        Assert.Contains($"`{key}`", File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "schema-language.md")));
    }

    [Fact]
    public void Ranges_pair_a_lower_with_an_upper_bound_of_the_same_measure()
    {
        foreach (var range in ConstraintCatalog.All.Where(r => r.Range is not null).GroupBy(r => r.Range))
        {
            Assert.Contains(range, r => r.IsLowerBound);
            Assert.Contains(range, r => r.IsUpperBound);
            Assert.Single(range.Select(r => r.Measure).Distinct());
        }
    }

    [Fact]
    public void Every_format_has_a_runtime_check_and_a_description()
    {
        foreach (var (name, methodName) in FormatCatalog.All)
        {
            var method = typeof(Formats).GetMethod(methodName, BindingFlags.Public | BindingFlags.Static, [typeof(ReadOnlySpan<char>)]);
            Assert.True(method is not null && method.ReturnType == typeof(bool), $"Formats.{methodName}(ReadOnlySpan<char>) for '{name}'");
            Assert.NotEqual(name, Formats.Describe(name));
        }
    }

    [Fact]
    public void The_editor_schema_lists_exactly_the_catalog_formats()
    {
        var formats = EditorSchema["$defs"]!["format"]!["enum"]!.AsArray().Select(f => f!.GetValue<string>());
        Assert.Equal(FormatCatalog.Names, formats);
    }

    private static string ThisDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
