using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Diplomacy.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Api.Tests;

/// <summary>
/// Two instances of the app over one PostgreSQL, many clients at once: no update is lost (every 200 is one version step,
/// every other answer a 412) and a key is created once (one 201, the rest 409), never a 500. Run with the instances as
/// two hosts in this process (<see cref="TwoHostConcurrencyTests"/>) and as two processes on Kestrel
/// (<see cref="TwoProcessConcurrencyTests"/>).
/// </summary>
public abstract class ConcurrencyTests : IAsyncLifetime
{
    /// <summary>A client of each instance.</summary>
    protected HttpClient[] Clients { get; set; } = null!;

    protected abstract string ConnectionString { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task A_thousand_conflicting_updates_of_20_missions_from_two_instances_lose_none()
    {
        var missions = Enumerable.Range(0, 20).Select(i => NewMissions.Consulate($"race-mission-{i:00}")).ToArray();
        foreach (var mission in missions) Assert.Equal(HttpStatusCode.Created, (await Clients[0].PostAsync("/missions", Json(mission.ToJson()))).StatusCode);
        var successes = new ConcurrentBag<(int Mission, long Version, Mission Sent)>();
        var others = new ConcurrentBag<(HttpStatusCode Status, string Body)>();

        await Task.WhenAll(Enumerable.Range(0, 1_000).Select(async k =>
        {
            var index = k % missions.Length;
            var client = Clients[k % 2];
            var url = $"/missions/{missions[index].Id}";
            var read = await client.GetAsync(url);
            var current = Mission.FromJson(await read.Content.ReadAsStringAsync());
            var changed = current with { StaffPresent = k % 12, City = $"City {k}" };
            var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(changed.ToJson()) };
            request.Headers.IfMatch.Add(read.Headers.ETag!);
            var response = await Clients[(k + 1) % 2].SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK) successes.Add((index, Version(response), changed));
            else others.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }));

        Assert.All(others, other => Assert.True(other.Status == HttpStatusCode.PreconditionFailed, $"{other.Status}: {other.Body}"));
        Assert.Equal(1_000, successes.Count + others.Count);
        for (var i = 0; i < missions.Length; i++)
        {
            var mine = successes.Where(s => s.Mission == i).OrderBy(s => s.Version).ToList();
            var final = await Clients[i % 2].GetAsync($"/missions/{missions[i].Id}");
            // Versions 2, 3, … each given to exactly one update: no two 200s wrote over the same version.
            Assert.Equal(Enumerable.Range(2, mine.Count).Select(v => (long)v), mine.Select(s => s.Version));
            Assert.Equal(1 + mine.Count, Version(final));
            var stored = Mission.FromJson(await final.Content.ReadAsStringAsync());
            Assert.Equal(mine.Count == 0 ? missions[i] : mine[^1].Sent, stored);
        }
        Assert.True(successes.Count >= missions.Length, $"only {successes.Count} updates succeeded");
    }

    [Fact]
    public async Task Five_hundred_racing_creates_of_50_ids_from_two_instances_are_50_created_and_the_rest_conflicts()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 500).Select(async k =>
        {
            var mission = NewMissions.Consulate($"created-once-{k % 50:00}") with { City = $"City {k}" };
            var response = await Clients[k % 2].PostAsync("/missions", Json(mission.ToJson()));
            return (Id: mission.Id, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(statuses, s => Assert.True(s.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{s.StatusCode}: {s.Body}"));
        Assert.Equal(50, statuses.Count(s => s.StatusCode == HttpStatusCode.Created));
        Assert.Equal(450, statuses.Count(s => s.StatusCode == HttpStatusCode.Conflict));
        Assert.All(statuses.GroupBy(s => s.Id), id => Assert.Equal(1, id.Count(s => s.StatusCode == HttpStatusCode.Created)));
        await using var db = new PostgresTalksDb(new DbContextOptionsBuilder<PostgresTalksDb>().UseNpgsql(ConnectionString).Options);
        Assert.Equal(50, await db.Missions.CountAsync(m => ((string)(object)m.Id).StartsWith("created-once-")));
    }

    protected static long Version(HttpResponseMessage response) => long.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

    protected static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

/// <summary>The two instances as two hosts in this process, each with its own services and pipeline.</summary>
public sealed class TwoHostConcurrencyTests : ConcurrencyTests
{
    private readonly PostgresTalksApi _first = new();
    private PostgresTalksApi _second = null!;

    protected override string ConnectionString => _first.ConnectionString;

    public override Task InitializeAsync()
    {
        _ = _first.CreateClient(); // migrates and seeds once, before the second instance starts
        _second = _first.Twin();
        Clients = [_first.CreateClient(), _second.CreateClient()];
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task An_import_that_loses_a_race_with_an_update_is_a_409_and_stores_nothing()
    {
        var missions = Enumerable.Range(0, 3).Select(i => NewMissions.Consulate($"import-race-{i}")).ToArray();
        foreach (var mission in missions) Assert.Equal(HttpStatusCode.Created, (await Clients[0].PostAsync("/missions", Json(mission.ToJson()))).StatusCode);
        using var racing = _first.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IInterceptor>(new UpdateFirst(_first.ConnectionString, missions[1].Id.Value))));
        var lines = string.Join("\n", missions.Select(m => (m with { City = "Imported" }).ToJson()));

        var response = await racing.CreateClient().PostAsync("/missions/import", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));

        await RobustnessTests<PostgresTalksApi>.AssertProblem(response, HttpStatusCode.Conflict, "changed");
        foreach (var mission in missions) Assert.Equal(mission.City, Mission.FromJson(await Clients[1].GetStringAsync($"/missions/{mission.Id}")).City);
    }

    /// <summary>Another writer's update of one row, just before a request's first save: the race an import can lose.</summary>
    private sealed class UpdateFirst(string connectionString, string id) : SaveChangesInterceptor
    {
        private int _done;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                await using var connection = new Npgsql.NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new Npgsql.NpgsqlCommand("""UPDATE "Missions" SET "Version" = "Version" + 1 WHERE "Id" = @id""", connection);
                command.Parameters.AddWithValue("id", id);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }
    }
}

/// <summary>
/// The two instances as two processes on Kestrel over real sockets, each with its own connection pool: the first
/// migrates and seeds, the second starts as a deployment's later instances do, with <c>Talks:Migrate=false</c>.
/// </summary>
public sealed class TwoProcessConcurrencyTests : ConcurrencyTests
{
    private readonly List<TalksAppProcess> _apps = [];

    protected override string ConnectionString { get; } = PostgresServer.CreateDatabase();

    public override async Task InitializeAsync()
    {
        _apps.Add(await TalksAppProcess.StartAsync("PostgreSQL", ConnectionString));
        _apps.Add(await TalksAppProcess.StartAsync("PostgreSQL", ConnectionString, migrate: false));
        Clients = [.. _apps.Select(app => app.CreateClient())];
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in Clients ?? []) client.Dispose();
        foreach (var app in _apps) await app.DisposeAsync();
    }
}
