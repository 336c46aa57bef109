using System.Text;
using System.Text.Json;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>TryFromJson reports every problem in one pass, each with its path and code, and never throws.</summary>
public class JsonErrorTests
{
    private const string ValidMission = """
        {"id":"ru-embassy-washington","kind":"Embassy","sendingCountry":"RU","hostCountry":"US","city":"Washington",
         "status":"reduced-staff","staffCeiling":455,"openedOn":"1933-11-16","contacts":{"phone":"+1 202 298 5700"}}
        """;

    private static (bool Ok, Mission? Value, List<(string Path, string Code)> Errors, ValidationResult Result) Read(string json)
    {
        var ok = Mission.TryFromJson(Encoding.UTF8.GetBytes(json), out var value, out var result);
        return (ok, value, result.Errors.Select(e => (e.Path, e.Code)).ToList(), result);
    }

    private static string With(string replace, string by)
    {
        Assert.Contains(replace, ValidMission);
        return ValidMission.Replace(replace, by);
    }

    [Fact]
    public void A_valid_document_reads_with_defaults_applied()
    {
        var (ok, mission, errors, _) = Read(ValidMission);

        Assert.True(ok, string.Join(", ", errors));
        Assert.Equal(PostStatus.ReducedStaff, mission!.Status);
        Assert.Equal(0, mission.StaffPresent);
        Assert.Empty(mission.Consulates);
        Assert.Null(mission.Head);
    }

    [Fact]
    public void Missing_required_field() =>
        Assert.Equal([("/city", "required")], Read(With("\"city\":\"Washington\",", "")).Errors);

    [Fact]
    public void Null_for_a_required_field_is_required_and_for_an_optional_one_is_absent()
    {
        Assert.Equal([("/city", "required")], Read(With("\"Washington\"", "null")).Errors);
        var (ok, mission, _, _) = Read(With("\"city\"", "\"head\":null,\"closedOn\":null,\"city\""));
        Assert.True(ok);
        Assert.Null(mission!.Head);
    }

    [Fact]
    public void Wrong_json_type() =>
        Assert.Equal([("/staffCeiling", "type")], Read(With("455", "\"455\"")).Errors);

    [Fact]
    public void Unknown_enum_member()
    {
        var (_, _, errors, result) = Read(With("\"Embassy\"", "\"Consulate\""));
        Assert.Equal([("/kind", "enum")], errors);
        Assert.Contains("must be one of Embassy, ConsulateGeneral, PermanentMission", result.Errors[0].Message);
    }

    [Theory]
    [InlineData("\"1933-11-16\"", "\"16.11.1933\"", "/openedOn")]
    [InlineData("\"1933-11-16\"", "\"1933-02-30\"", "/openedOn")]
    [InlineData("\"1933-11-16\"", "1933", "/openedOn")]
    public void Malformed_date(string replace, string by, string path) =>
        Assert.Equal([(path, "type")], Read(With(replace, by)).Errors);

    [Fact]
    public void Malformed_guid_and_datetime_in_an_agenda()
    {
        var json = """{"id":"not-a-guid","title":"t","city":"c","heldOn":"2025-02-27","startsAt":"2025-02-27T10:00:00","delegations":[],"items":[]}""";

        Agenda.TryFromJson(Encoding.UTF8.GetBytes(json), out _, out var result);

        Assert.Equal([("/id", "type"), ("/startsAt", "type"), ("/delegations", "minItems"), ("/items", "minItems")],
            result.Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Malformed_uri() =>
        Assert.Contains(("/consulates/0/website", "type"),
            Read(With("\"contacts\"", "\"consulates\":[{\"id\":\"abc\",\"city\":\"x\",\"district\":[],\"website\":\"http://[::1\"}],\"contacts\"")).Errors);

    [Fact]
    public void Duplicate_property_is_reported_and_the_first_value_kept()
    {
        var (_, _, errors, _) = Read(With("\"city\":\"Washington\"", "\"city\":\"Washington\",\"city\":\"Moscow\""));
        Assert.Equal([("/city", "unique")], errors);
    }

    [Fact]
    public void Duplicate_map_key_is_reported_at_the_key()
    {
        var (_, _, errors, _) = Read(With("{\"phone\":\"+1 202 298 5700\"}", "{\"a/b\":\"1\",\"a/b\":\"2\"}"));
        Assert.Equal([("/contacts/a~1b", "unique")], errors);
    }

    [Fact]
    public void Every_structural_error_then_every_constraint_error_in_one_pass()
    {
        var json = """
            {"id":"x","kind":"Fortress","sendingCountry":"ru","hostCountry":7,"status":"reduced-staff","staffCeiling":99999,
             "openedOn":"yesterday","contacts":{},"consulates":[{"id":"ok-id","city":"","district":[]},{"city":"Houston","district":"TX"}],
             "unknownProperty":{"ignored":[1,2,3]}}
            """;

        var (ok, value, errors, _) = Read(json);

        Assert.False(ok);
        Assert.Null(value);
        Assert.Equal(
            [
                ("/kind", "enum"),
                ("/hostCountry", "type"),
                ("/openedOn", "type"),
                ("/consulates/1/district", "type"),
                ("/consulates/1/id", "required"),
                ("/city", "required"),
                ("/id", "minLength"),
                ("/sendingCountry", "pattern"),
                ("/staffCeiling", "max"),
                ("/consulates/0/city", "minLength"),
            ],
            errors);
    }

    [Fact]
    public void Unknown_properties_are_ignored_unless_the_schema_file_says_error()
    {
        Assert.True(Read(With("\"city\"", "\"extra\":[{\"deep\":{}}],\"city\"")).Ok);

        var item = """{"topic":"VisaPolicy","summary":"Visas","surprise":true}""";
        AgendaItem.TryFromJson(Encoding.UTF8.GetBytes(item), out _, out var result);
        Assert.Equal([("/surprise", "type")], result.Errors.Select(e => (e.Path, e.Code)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"id\":")]
    [InlineData("{\"id\":\"abc\"")]
    [InlineData("[1,2")]
    [InlineData("{\"id\":'single'}")]
    [InlineData("{} trailing")]
    [InlineData("{\"id\":\"abc\",}")]
    [InlineData("nul")]
    public void Malformed_json_is_an_error_result_with_a_byte_position(string json)
    {
        var (ok, value, errors, result) = Read(json);

        Assert.False(ok);
        Assert.Null(value);
        Assert.Contains(result.Errors, e => e.Code == "type" && e.Message.StartsWith("Malformed JSON at line 1, byte ", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_document_type() =>
        Assert.Equal([("", "type")], Read("[1,2,3]").Errors);

    [Fact]
    public void FromJson_throws_DomainValidationException_with_the_same_errors()
    {
        var json = With("455", "-1");
        var exception = Assert.Throws<DomainValidationException>(() => Mission.FromJson(json));

        Assert.Equal(Read(json).Result.Errors, exception.Errors);
        // A ceiling below zero breaks its own 'min' and, with the default of no staff present, the rule too.
        Assert.Equal([("/staffCeiling", "min"), ("/staffPresent", "staffOverCeiling")], exception.Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Value_types_read_the_bare_primitive()
    {
        Assert.Equal(CountryCode.From("US"), CountryCode.FromJson("\"US\""));
        Assert.False(CountryCode.TryFromJson("\"usa\""u8, out _, out var pattern));
        Assert.Equal(("", "pattern"), (pattern.Errors[0].Path, pattern.Errors[0].Code));
        Assert.False(StaffCount.TryFromJson("\"12\""u8, out _, out var type));
        Assert.Equal(("", "type"), (type.Errors[0].Path, type.Errors[0].Code));
    }

    [Fact]
    public void JsonSerializer_uses_the_generated_converters_and_reports_every_problem()
    {
        Assert.Equal("\"reduced-staff\"", JsonSerializer.Serialize(PostStatus.ReducedStaff));
        Assert.Equal(PostStatus.ReducedStaff, JsonSerializer.Deserialize<PostStatus>("\"reduced-staff\""));
        Assert.Equal("\"US\"", JsonSerializer.Serialize(CountryCode.From("US")));

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Mission>(With("455", "-1").Replace("\"city\":\"Washington\",", "")));
        var inner = Assert.IsType<DomainValidationException>(exception.InnerException);
        Assert.Equal([("/city", "required"), ("/staffCeiling", "min"), ("/staffPresent", "staffOverCeiling")], inner.Errors.Select(e => (e.Path, e.Code)));
    }
}
