using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Diplomacy.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Api.Tests;

/// <summary>The API end to end on SQLite (the default).</summary>
public sealed class SqliteTalksApiTests(SqliteTalksApi factory) : TalksApiTests<SqliteTalksApi>(factory);

/// <summary>The same tests on a real PostgreSQL.</summary>
public sealed class PostgresTalksApiTests(PostgresTalksApi factory) : TalksApiTests<PostgresTalksApi>(factory);

public abstract class TalksApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TalksApiFactory
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_first_run_creates_the_database_with_the_talks_seeded()
    {
        var missions = await _client.GetFromJsonAsync<List<Mission>>("/missions");
        Assert.Contains(missions!, m => m.Id == MissionId.From("ru-embassy-washington"));
        Assert.NotEmpty((await _client.GetFromJsonAsync<List<Agenda>>("/agendas"))!);
    }

    [Fact]
    public async Task A_created_mission_reads_back_equal_through_the_API_and_from_the_database()
    {
        var mission = NewMissions.Consulate("us-consulate-vladivostok");

        var created = await _client.PostAsync("/missions", Json(mission.ToJson()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(mission, Mission.FromJson(await _client.GetStringAsync("/missions/us-consulate-vladivostok")));
        await using var db = factory.OpenDatabase();
        Assert.Equal(mission, await db.Missions.AsNoTracking().SingleAsync(m => m.Id == mission.Id));
    }

    [Fact]
    public async Task An_update_is_stored_and_change_tracking_sees_edits_inside_JSON_columns()
    {
        var mission = NewMissions.Consulate("us-consulate-yekaterinburg");
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync("/missions", Json(mission.ToJson()))).StatusCode);
        var revised = mission with { Tags = ["reopened", "talks"], Contacts = ValueMapOf(("phone", "+7 343 000"), ("email", "consulate@example.org")) };
        var etag = (await _client.GetAsync("/missions/us-consulate-yekaterinburg")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(Put("/missions/us-consulate-yekaterinburg", revised.ToJson(), etag))).StatusCode);

        await using (var db = factory.OpenDatabase())
        {
            var stored = await db.Missions.SingleAsync(m => m.Id == mission.Id);
            Assert.Equal(revised, stored);
            db.Entry(stored).Property(m => m.Tags).CurrentValue = ["edited"];
            Assert.True(db.ChangeTracker.HasChanges());
            await db.SaveChangesAsync();
        }
        await using var again = factory.OpenDatabase();
        Assert.Equal(["edited"], (await again.Missions.AsNoTracking().SingleAsync(m => m.Id == mission.Id)).Tags);
    }

    [Fact]
    public async Task A_broken_body_gets_every_error_as_ProblemDetails_and_writes_nothing()
    {
        const string Broken = """{"id":"x","kind":"Nope","city":"","staffCeiling":-1,"openedOn":"1600-01-01"}""";
        var before = await Count();

        var response = await _client.PostAsync("/missions", Json(Broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("pointer").GetString()!, e.GetProperty("code").GetString()!)).ToList();
        Mission.TryFromJson(Encoding.UTF8.GetBytes(Broken), out _, out var expected);
        Assert.Equal(expected.Errors.Select(e => (e.Path, e.Code)), errors);
        Assert.Contains(("/kind", "enum"), errors);
        Assert.Contains(("/openedOn", "min"), errors);
        Assert.Contains(("/sendingCountry", "required"), errors);
        Assert.True(errors.Count >= 8, string.Join(", ", errors));
        Assert.Equal(before, await Count());
    }

    [Fact]
    public async Task A_dossier_read_from_the_request_stream_is_imported()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "data", "istanbul-talks.json"));
        var dossier = Dossier.FromJson(json);

        var response = await _client.PostAsync("/dossiers", Json(json));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var db = factory.OpenDatabase();
        Assert.Equal(dossier.Agenda, await db.Agendas.AsNoTracking().SingleAsync(a => a.Id == dossier.Agenda.Id));
        foreach (var mission in dossier.Missions) Assert.Equal(mission, await db.Missions.AsNoTracking().SingleAsync(m => m.Id == mission.Id));
    }

    [Fact]
    public async Task A_broken_dossier_import_reports_every_error_and_writes_nothing()
    {
        var broken = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "data", "broken-dossier.json"));
        var before = await Count();

        var response = await _client.PostAsync("/dossiers", Json(broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Dossier.TryFromJson(Encoding.UTF8.GetBytes(broken), out _, out var expected);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(expected.Errors.Count, problem.GetProperty("errors").GetArrayLength());
        Assert.True(expected.Errors.Count > 3);
        Assert.Equal(before, await Count());
    }

    [Fact]
    public async Task Missions_stream_in_as_lines_and_are_stored()
    {
        var missions = new[] { NewMissions.Consulate("us-consulate-import-one"), NewMissions.Consulate("us-consulate-import-two"), NewMissions.Consulate("us-consulate-import-three") };
        var lines = string.Join("\n", missions.Select(m => m.ToJson())) + "\n";

        var response = await _client.PostAsync("/missions/import", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var db = factory.OpenDatabase();
        foreach (var mission in missions) Assert.Equal(mission, await db.Missions.AsNoTracking().SingleAsync(m => m.Id == mission.Id));
    }

    [Fact]
    public async Task One_invalid_mission_in_a_streamed_import_is_reported_under_its_index_and_nothing_is_stored()
    {
        var valid = NewMissions.Consulate("us-consulate-import-kept-out");
        var broken = NewMissions.Consulate("us-consulate-import-broken").ToJson().Replace("\"us-consulate-import-broken\"", "\"X\"");
        var before = await Count();

        var response = await _client.PostAsync("/missions/import", Json($"[{valid.ToJson()}, {broken}]"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.All(errors.EnumerateArray(), e => Assert.StartsWith("/1/", e.GetProperty("pointer").GetString()));
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("pointer").GetString() == "/1/id");
        Assert.Equal(before, await Count());
    }

    [Theory]
    [InlineData("/missions/x")]
    [InlineData("/agendas/not-a-guid")]
    public async Task A_bad_route_value_gets_400_ProblemDetails(string path)
    {
        var response = await _client.GetAsync(path);
        var expected = path.StartsWith("/missions") ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound; // a route constraint that fails does not match at all
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("MissionId id", body);
            var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
            Assert.Equal(("/route/id", "minLength"), (error.GetProperty("pointer").GetString(), error.GetProperty("code").GetString()));
        }
    }

    [Fact]
    public async Task In_production_the_errors_come_through_the_apps_own_ProblemDetails_customisation()
    {
        using var production = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.AddProblemDetails(options =>
                options.CustomizeProblemDetails = context => context.ProblemDetails.Extensions["app"] = "talks"));
        });
        var response = await production.CreateClient().PostAsync("/missions", Json("""{"id":"x"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("talks", problem.GetProperty("app").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("pointer").GetString() == "/id" && e.GetProperty("code").GetString() == "minLength");
        Assert.False(problem.TryGetProperty("exception", out _));
    }

    [Fact]
    public async Task A_query_value_of_a_value_type_filters_and_a_bad_one_gets_400_ProblemDetails()
    {
        var hostedInUs = await _client.GetFromJsonAsync<List<Mission>>("/missions?host=US");
        Assert.NotEmpty(hostedInUs!);
        Assert.All(hostedInUs!, m => Assert.Equal(CountryCode.From("US"), m.HostCountry));

        var response = await _client.GetAsync("/missions?host=usa");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("Nullable<CountryCode> host", problem.GetProperty("detail").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("/query/host", "pattern"), (error.GetProperty("pointer").GetString(), error.GetProperty("code").GetString()));
        CountryCode.TryFrom("usa", out _, out var expected);
        Assert.Equal(expected.Errors.Single().Message, error.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem_too()
    {
        var response = await _client.PostAsync("/missions", Json("{\"id\":"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Concurrent_creates_of_200_generated_missions_lose_none_and_store_each_as_sent()
    {
        var missions = GeneratedMissions.Domain.Values<Mission>(200, GeneratedMissions.Seed)
            .Select((m, i) => m with { Id = MissionId.From($"load-mission-{i:000}") })
            .ToList();

        var responses = await Task.WhenAll(missions.Select(m => _client.PostAsync("/missions", Json(m.ToJson()))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        await using var db = factory.OpenDatabase();
        var stored = await db.Missions.AsNoTracking().Where(m => ((string)(object)m.Id).StartsWith("load-mission-")).ToListAsync();
        Assert.Equal(200, stored.Count);
        foreach (var mission in missions)
        {
            var back = stored.Single(m => m.Id == mission.Id);
            Assert.True(mission == back, $"seed {GeneratedMissions.Seed}: sent {mission.ToJson()}\nstored {back.ToJson()}");
        }
    }

    [Fact]
    public async Task Each_broken_variant_of_generated_missions_gets_a_400_with_exactly_its_error_and_writes_nothing()
    {
        var before = await Count();
        var variants = GeneratedMissions.Domain.Values<Mission>(3, GeneratedMissions.Seed).SelectMany(m => GeneratedMissions.Domain.Broken(m, GeneratedMissions.Seed)).ToList();
        Assert.True(variants.Count > 40, $"{variants.Count} variants");

        foreach (var variant in variants)
        {
            var response = await _client.PostAsync("/missions", Json(variant.JsonText));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{variant}: {response.StatusCode} for {variant.JsonText}");
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("pointer").GetString()!, e.GetProperty("code").GetString()!)).ToList();
            Assert.True(errors.SequenceEqual([(variant.ExpectedPath, variant.ExpectedCode)]), $"{variant}: {string.Join(", ", errors)} for {variant.JsonText}");
        }
        Assert.Equal(before, await Count());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_generated_types_from_their_JSON_Schema()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var mission = schemas.GetProperty("Mission");
        Assert.Equal("#/components/schemas/MissionId", mission.GetProperty("properties").GetProperty("id").GetProperty("$ref").GetString());
        Assert.Equal(100, mission.GetProperty("properties").GetProperty("city").GetProperty("maxLength").GetInt32());
        Assert.Contains("hostCountry", mission.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("string", schemas.GetProperty("MissionId").GetProperty("type").GetString());
        Assert.Equal(3, schemas.GetProperty("MissionId").GetProperty("minLength").GetInt32());
        var references = System.Text.RegularExpressions.Regex.Matches(document.GetRawText(), "\"#/components/schemas/([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("DiplomaticEvent", references);
        Assert.All(references, name => Assert.True(schemas.TryGetProperty(name, out _), $"#/components/schemas/{name} is referenced but not there"));
        var events = schemas.GetProperty("DiplomaticEvent");
        Assert.Equal("kind", events.GetProperty("discriminator").GetProperty("propertyName").GetString());
        Assert.True(events.GetProperty("oneOf").GetArrayLength() >= 2);
        var idParameter = document.GetProperty("paths").GetProperty("/missions/{id}").GetProperty("get").GetProperty("parameters")[0];
        Assert.Equal(60, idParameter.GetProperty("schema").GetProperty("maxLength").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/scalar/v1")).StatusCode);
    }

    private async Task<int> Count()
    {
        await using var db = factory.OpenDatabase();
        return await db.Missions.CountAsync() + await db.Agendas.CountAsync();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Put(string url, string json, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(json) };
        if (etag is not null) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return request;
    }


    private static DomainKit.ValueMap<string> ValueMapOf(params (string Key, string Value)[] entries) =>
        DomainKit.ValueMap.From(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));
}
