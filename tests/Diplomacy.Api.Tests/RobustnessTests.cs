using System.Net;
using System.Text;
using System.Text.Json;
using Diplomacy.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Api.Tests;

public sealed class SqliteRobustnessTests(SqliteTalksApi factory) : RobustnessTests<SqliteTalksApi>(factory);

public sealed class PostgresRobustnessTests(PostgresTalksApi factory) : RobustnessTests<PostgresTalksApi>(factory);

/// <summary>
/// What a public API owes its clients on both databases: preconditions for updates (428, 412), limits (413, 408), database
/// failures as 4xx or 503 problems, and an import that a fault halfway through leaves as it was.
/// </summary>
public abstract class RobustnessTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TalksApiFactory
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_update_needs_the_current_ETag_in_If_Match()
    {
        var mission = NewMissions.Consulate("etag-consulate");
        var created = await _client.PostAsync("/missions", Json(mission.ToJson()));
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var url = "/missions/etag-consulate";
        var changed = mission with { City = "Khabarovsk" };

        await AssertProblem(await _client.SendAsync(Put(url, changed, null)), HttpStatusCode.PreconditionRequired, "ifMatchRequired");
        await AssertProblem(await _client.SendAsync(Put(url, changed, "\"7\"")), HttpStatusCode.PreconditionFailed, "stale");
        await AssertProblem(await _client.SendAsync(Put(url, changed, "W/\"1\"")), HttpStatusCode.BadRequest, "ifMatch");
        var updated = await _client.SendAsync(Put(url, changed, "\"1\""));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);
        await AssertProblem(await _client.SendAsync(Put(url, mission, "\"1\"")), HttpStatusCode.PreconditionFailed, "stale");
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(Put(url, mission, "*"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(Put("/missions/no-such-consulate", mission with { Id = MissionId.From("no-such-consulate") }, "\"1\""))).StatusCode);
        var read = await _client.GetAsync(url);
        Assert.Equal("\"3\"", read.Headers.ETag!.Tag);
        Assert.Equal(mission, Mission.FromJson(await read.Content.ReadAsStringAsync()));
        await AssertProblem(await _client.PostAsync("/missions", Json(mission.ToJson())), HttpStatusCode.Conflict, "exists");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_whether_or_not_its_length_is_announced()
    {
        var padded = NewMissions.Consulate("large-consulate").ToJson()[..^1] + ",\"padding\":\"" + new string('x', 1_100_000) + "\"}";
        await AssertProblem(await _client.PostAsync("/missions", Json(padded)), HttpStatusCode.RequestEntityTooLarge, "bodyTooLarge");
        var unannounced = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(padded)));
        unannounced.Headers.ContentType = new("application/json");
        await AssertProblem(await _client.PostAsync("/missions", unannounced), HttpStatusCode.RequestEntityTooLarge, "bodyTooLarge");

        // An import may be larger: 3,500 missions, about 1.2 MB.
        var many = "[" + string.Join(",", Enumerable.Range(0, 3_500).Select(i => NewMissions.Consulate($"bulk-consulate-{i:0000}").ToJson())) + "]";
        Assert.True(many.Length > 1_100_000);
        var imported = await _client.PostAsync("/missions/import", Json(many));
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_that_takes_too_long_is_408_and_stores_nothing()
    {
        using var slow = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Talks:RequestTimeoutSeconds", "1");
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(new SlowCommands(TimeSpan.FromSeconds(5))));
        });
        var mission = NewMissions.Consulate("slow-consulate");

        await AssertProblem(await slow.CreateClient().PostAsync("/missions", Json(mission.ToJson())), HttpStatusCode.RequestTimeout, "timeout");

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/missions/slow-consulate")).StatusCode);
    }

    [Fact]
    public async Task A_fault_between_the_agenda_and_the_missions_of_an_import_leaves_the_old_data_intact()
    {
        var seed = Dossier.FromJson(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "data", "istanbul-talks.json")));
        var revised = seed with
        {
            Agenda = seed.Agenda with { Title = "Revised title" },
            Missions = DomainKit.ValueList.From(seed.Missions.Select(m => m with { City = m.City + " (revised)" })),
        };
        using var faulty = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(new FailingSave(failOnSave: 2))));

        var failed = await faulty.CreateClient().PostAsync("/dossiers", Json(revised.ToJson()));

        Assert.False(failed.IsSuccessStatusCode);
        await using (var db = factory.OpenDatabase())
        {
            Assert.Equal(seed.Agenda, await db.Agendas.AsNoTracking().SingleAsync(a => a.Id == seed.Agenda.Id));
            foreach (var mission in seed.Missions) Assert.Equal(mission, await db.Missions.AsNoTracking().SingleAsync(m => m.Id == mission.Id));
        }
        var retried = await _client.PostAsync("/dossiers", Json(revised.ToJson()));
        Assert.True(retried.IsSuccessStatusCode, await retried.Content.ReadAsStringAsync());
        await using var after = factory.OpenDatabase();
        Assert.Equal("Revised title", (await after.Agendas.AsNoTracking().SingleAsync(a => a.Id == seed.Agenda.Id)).Title);
    }

    [Fact]
    public async Task Text_with_U_0000_is_stored_where_the_database_can_and_a_400_where_it_cannot()
    {
        var mission = NewMissions.Consulate("nul-consulate") with { City = "Vladi\u0000vostok" };

        var response = await _client.PostAsync("/missions", Json(mission.ToJson()));

        if (factory.Provider == "PostgreSQL")
        {
            await AssertProblem(response, HttpStatusCode.BadRequest, "unstorableText");
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/missions/nul-consulate")).StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(mission, Mission.FromJson(await _client.GetStringAsync("/missions/nul-consulate")));
        }
    }

    internal static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}, not {status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.Equal(code, errors[0].GetProperty("code").GetString());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Put(string url, Mission mission, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(mission.ToJson()) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    /// <summary>Every database command waits first, as a database under load would.</summary>
    private sealed class SlowCommands(TimeSpan delay) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            return result;
        }
    }

    /// <summary>A crash at the n-th save of a request: what a process killed halfway through an import would leave.</summary>
    private sealed class FailingSave(int failOnSave) : SaveChangesInterceptor
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, StrongBox> _saves = new();

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var saves = _saves.GetOrCreateValue(eventData.Context!);
            if (++saves.Value == failOnSave) throw new InvalidOperationException("A fault injected between the agenda and the missions.");
            return ValueTask.FromResult(result);
        }

        private sealed class StrongBox
        {
            public int Value;
        }
    }

    /// <summary>A body sent without a Content-Length (chunked).</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
