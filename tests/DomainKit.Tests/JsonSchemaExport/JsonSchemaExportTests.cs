using System.Text.Json;
using CsCheck;
using Diplomacy.Domain;
using DomainKit.Tests.Json;
using DomainKit.Tests.Unions;
using DomainKit.Tests.Validation;
using Json.Schema;

namespace DomainKit.Tests.JsonSchemaExport;

/// <summary>
/// The exported JSON Schema against JsonSchema.Net 8.0.5: every document DomainKit writes is valid for it,
/// and for each constraint a document DomainKit rejects, the schema rejects too.
/// </summary>
public class JsonSchemaExportTests
{
    private static readonly EvaluationOptions Strict = new() { RequireFormatValidation = true };

    // A registry for each schema read: JsonSchema.Net 8's global SchemaRegistry is a plain Dictionary, and reading
    // schemas on several threads at once loses registrations (a $ref then fails to resolve: RefResolutionException).
    // CsCheck_Iter=150000 reproduced it (CsCheck_Seed=2zDHSyqlw-E1, a PhoneCall; the document is irrelevant);
    // json-everything#999, fixed in JsonSchema.Net 9.
    private static bool Valid(string schema, string json) =>
        JsonSchema.FromText(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() })
            .Evaluate(JsonDocument.Parse(json).RootElement, Strict).IsValid;

    [Fact]
    public void The_document_is_2020_12_with_a_definition_for_every_type_used()
    {
        using var document = JsonDocument.Parse(Mission.JsonSchema);
        var root = document.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal("#/$defs/Mission", root.GetProperty("$ref").GetString());
        var defs = root.GetProperty("$defs").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(new[] { "Consulate", "CountryCode", "Diplomat", "DiplomatId", "GeoPoint", "Mission", "MissionId", "MissionKind", "PostStatus", "Rank", "StaffCount" }, defs);
        Assert.Contains("check: staffPresent <= staffCeiling", root.GetProperty("$defs").GetProperty("Mission").GetProperty("x-domainkit-rules").EnumerateArray().Select(r => r.GetString()));
    }

    // JSON Schema counts a string's length in code points, as DomainKit does; JsonSchema.Net counts text
    // elements (a letter and its combining marks are one), so documents whose strings differ in the two
    // counts are left out of the comparison rather than blamed on either side.
    private static int _compared;

    private static void ValidForExport(string schema, string json)
    {
        if (HasCombiningText(JsonDocument.Parse(json).RootElement)) return;
        Interlocked.Increment(ref _compared);
        Assert.True(Valid(schema, json), json);
    }

    private static bool HasCombiningText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Differs(element.GetString()!),
        JsonValueKind.Array => element.EnumerateArray().Any(HasCombiningText),
        JsonValueKind.Object => element.EnumerateObject().Any(p => Differs(p.Name) || HasCombiningText(p.Value)),
        _ => false,
    };

    private static bool Differs(string text) =>
        new System.Globalization.StringInfo(text).LengthInTextElements != text.EnumerateRunes().Count();

    [Fact]
    public void Every_document_DomainKit_writes_is_valid_for_the_export()
    {
        ExampleGenerators.Missions.SampleSeeded(m => ValidForExport(Mission.JsonSchema, m.ToJson()), iter: 400);
        ExampleGenerators.Agendas.SampleSeeded(a => ValidForExport(Agenda.JsonSchema, a.ToJson()), iter: 200);
        ExampleGenerators.Events.SampleSeeded(e => ValidForExport(DiplomaticEvent.JsonSchema, e.ToJson()), iter: 400);
        Assert.True(_compared > 300, $"only {_compared} of 1,000 generated documents were compared");
        Assert.True(Valid(Drawing.JsonSchema, new Drawing { Main = new Shape.Circle { Label = "c", Radius = 1 }, Shapes = [new Shape.Rect { Label = "r", Width = 2, Height = 3 }, new Shape.Dot { Label = "d" }] }.ToJson()));
        Assert.True(Valid(CountryCode.JsonSchema, "\"US\""));
        Assert.True(Valid(RankJsonConverter.JsonSchema, "\"Ambassador\""));
    }

    // Each document breaks one constraint of schema/constraints.yaml's Checked (or a union's tag); DomainKit and the schema both reject it.
    [Theory]
    [InlineData("""{"text":"a"}""", "minLength")]
    [InlineData("""{"text":"abcde"}""", "maxLength")]
    [InlineData("""{"text":"ok","code":"usa"}""", "pattern")]
    [InlineData("""{"text":"ok","email":"not an email"}""", "format")]
    [InlineData("""{"text":"ok","count":0}""", "min")]
    [InlineData("""{"text":"ok","count":11}""", "max")]
    [InlineData("""{"text":"ok","big":0}""", "exclusiveMin")]
    [InlineData("""{"text":"ok","price":1000}""", "max")]
    [InlineData("""{"text":"ok","tags":[]}""", "minItems")]
    [InlineData("""{"text":"ok","tags":["a","b","c","d"]}""", "maxItems")]
    [InlineData("""{"text":"ok","tags":["a","a"]}""", "unique")]
    [InlineData("""{"text":"ok","scores":{}}""", "minItems")]
    [InlineData("""{"text":"ok","level":"Medium"}""", "enum")]
    [InlineData("""{"count":1}""", "required")]
    [InlineData("""{"text":7}""", "type")]
    [InlineData("""{"text":null}""", "required")]
    public void A_document_that_breaks_a_constraint_is_rejected_by_both(string json, string code)
    {
        Assert.False(Checked.TryFromJson(System.Text.Encoding.UTF8.GetBytes(json), out _, out var result));
        Assert.Contains(result.Errors, e => e.Code == code);
        Assert.False(Valid(Checked.JsonSchema, json), $"the export accepts {json}");
    }

    [Fact]
    public void A_closed_schema_accepts_old_and_reserved_names_as_DomainKit_does()
    {
        const string Old = """{"town":"Houston","headcount":2,"fax":"+1 713"}""";
        Assert.True(DomainKit.Tests.Evolution.Office.TryFromJson(System.Text.Encoding.UTF8.GetBytes(Old), out _, out _));
        Assert.True(Valid(DomainKit.Tests.Evolution.Office.JsonSchema, Old));
        Assert.False(Valid(DomainKit.Tests.Evolution.Office.JsonSchema, """{"city":"Houston","pager":"555"}"""));
    }

    [Theory]
    [InlineData("""{"type":"triangle","label":"t"}""")]
    [InlineData("""{"label":"t"}""")]
    [InlineData("""{"type":"rect","label":"t","width":2}""")]
    [InlineData("""{"type":"circle","label":"t","radius":0}""")]
    public void A_union_document_DomainKit_rejects_is_rejected_by_the_export(string json)
    {
        Assert.False(Shape.TryFromJson(System.Text.Encoding.UTF8.GetBytes(json), out _, out _));
        Assert.False(Valid(Shape.JsonSchema, json), $"the export accepts {json}");
    }

    // schema/rules.yaml's Probe: "when: level == high, require: [part]" and "when: b, forbid: [words, tag]" are if/then.
    [Theory]
    [InlineData("""{"req":1,"i":1,"b":true,"level":"high"}""", false)]
    [InlineData("""{"req":1,"i":1,"b":true,"level":"high","part":null}""", false)]
    [InlineData("""{"req":1,"i":1,"b":true,"level":"high","part":{"name":"p"}}""", true)]
    [InlineData("""{"req":1,"level":"mid"}""", true)]
    [InlineData("""{"req":1,"i":1,"b":true,"words":["main"]}""", false)]
    [InlineData("""{"req":1,"i":1,"b":true,"tag":"t"}""", false)]
    [InlineData("""{"req":1,"i":1,"b":true,"words":[],"tag":null}""", true)]
    [InlineData("""{"req":1,"b":false,"words":["main"],"tag":"t"}""", true)]
    public void A_when_rule_is_an_if_then_that_agrees_with_DomainKit(string json, bool valid)
    {
        var read = DomainKit.Tests.Rules.Probe.TryFromJson(System.Text.Encoding.UTF8.GetBytes(json), out _, out var result);
        Assert.True(valid == read, string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Code}")));
        Assert.Equal(valid, Valid(DomainKit.Tests.Rules.Probe.JsonSchema, json));
        Assert.Contains("\"if\":", DomainKit.Tests.Rules.Probe.JsonSchema);
        Assert.DoesNotContain("when: level == high", DomainKit.Tests.Rules.Probe.JsonSchema);
    }
}
