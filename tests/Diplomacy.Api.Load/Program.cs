using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Diplomacy.Api;
using Diplomacy.Api.Tests;
using Diplomacy.Domain;
using Microsoft.EntityFrameworkCore;

// dotnet run -c Release --project tests/Diplomacy.Api.Load -- [Sqlite|PostgreSQL] [seconds] [clients] [fault]
// Runs the web sample as its own process on Kestrel, drives it with concurrent clients (valid creates, invalid bodies,
// reads, updates with If-Match), and checks: no 5xx (in a fault run, 503 only while the database is down), and the rows
// stored equal the 201s. Prints requests per second and latency percentiles. Exit code 1 on any violation.
var provider = args.ElementAtOrDefault(0) ?? "PostgreSQL";
var seconds = int.Parse(args.ElementAtOrDefault(1) ?? "60", System.Globalization.CultureInfo.InvariantCulture);
var clients = int.Parse(args.ElementAtOrDefault(2) ?? "8", System.Globalization.CultureInfo.InvariantCulture);
var fault = args.Contains("fault");
if (fault && provider != "PostgreSQL") throw new ArgumentException("A fault run stops and starts PostgreSQL.");

var folder = Directory.CreateTempSubdirectory("talks-load-").FullName;
var connection = provider == "PostgreSQL" ? PostgresServer.CreateDatabase() : "Data Source=" + Path.Combine(folder, "talks.db");
var app = await TalksAppProcess.StartAsync(provider, connection);
using var http = app.CreateClient(clients);

var results = new ConcurrentBag<(string Operation, int Status, double Milliseconds, long At)>();
var created = new ConcurrentBag<MissionId>();
var clock = Stopwatch.StartNew();
var outage = (From: TimeSpan.FromSeconds(seconds / 3.0), To: TimeSpan.FromSeconds(seconds / 3.0 + 5));
var faults = fault ? Task.Run(async () =>
{
    await Task.Delay(outage.From);
    PostgresServer.Control("stop", "-m", "fast");
    await Task.Delay(outage.To - outage.From);
    PostgresServer.Control("start");
}) : Task.CompletedTask;

await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
{
    var random = new Random(client);
    var mine = new List<MissionId>();
    for (var n = 0; clock.Elapsed < TimeSpan.FromSeconds(seconds); n++)
    {
        var pick = random.Next(100);
        var started = clock.Elapsed;
        string operation;
        HttpResponseMessage response;
        MissionId? sent = null;
        if (pick < 40 || mine.Count == 0)
        {
            operation = "create";
            var mission = NewMissions.Consulate($"load-{client}-{n}");
            sent = mission.Id;
            response = await Send(HttpMethod.Post, "/missions", mission.ToJson(), null);
        }
        else if (pick < 55)
        {
            operation = "invalid";
            response = await Send(HttpMethod.Post, "/missions", NewMissions.Consulate("invalid-load").ToJson().Replace("\"staffCeiling\":12", "\"staffCeiling\":-1"), null);
        }
        else if (pick < 80)
        {
            operation = "read";
            response = await Send(HttpMethod.Get, $"/missions/{mine[random.Next(mine.Count)]}", null, null);
        }
        else
        {
            operation = "update";
            var id = mine[random.Next(mine.Count)];
            var read = await Send(HttpMethod.Get, $"/missions/{id}", null, null);
            response = read.IsSuccessStatusCode
                ? await Send(HttpMethod.Put, $"/missions/{id}", NewMissions.Consulate(id.Value).ToJson().Replace("Vladivostok", $"City {n}"), read.Headers.ETag?.Tag)
                : read;
        }
        var status = (int)response.StatusCode;
        results.Add((operation, status, (clock.Elapsed - started).TotalMilliseconds, clock.ElapsedMilliseconds));
        if (status == 201 && sent is { } id2)
        {
            created.Add(id2);
            mine.Add(id2);
        }
    }
})));
await faults;


async Task<HttpResponseMessage> Send(HttpMethod method, string url, string? json, string? ifMatch)
{
    var request = new HttpRequestMessage(method, url);
    if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
    if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
    try
    {
        return await http.SendAsync(request);
    }
    catch (HttpRequestException)
    {
        return new HttpResponseMessage((HttpStatusCode)599);
    }
}

var all = results.ToList();
var latencies = all.Select(r => r.Milliseconds).Order().ToArray();
double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))];
Console.WriteLine($"{provider}, {clients} clients, {seconds} s{(fault ? $", database stopped from {outage.From.TotalSeconds:0} s to {outage.To.TotalSeconds:0} s" : "")}:");
Console.WriteLine($"  {all.Count} requests, {all.Count / (double)seconds:0} per second; latency p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {latencies[^1]:0} ms");
foreach (var group in all.GroupBy(r => (r.Operation, r.Status)).OrderBy(g => g.Key)) Console.WriteLine($"  {group.Key.Operation,-8} {group.Key.Status}: {group.Count()}");

var violations = new List<string>();
var inOutage = (long at) => fault && at >= outage.From.TotalMilliseconds - 1_000 && at <= outage.To.TotalMilliseconds + 15_000;
violations.AddRange(all.Where(r => r.Status >= 500 && !(r.Status == 503 && inOutage(r.At))).GroupBy(r => r.Status).Select(g => $"{g.Count()} answers {g.Key}"));
violations.AddRange(all.Where(r => r.Operation == "invalid" && r.Status != 400 && r.Status != 503).Select(r => $"an invalid body got {r.Status}").Distinct());
await using (var db = provider == "PostgreSQL"
    ? (TalksDb)new PostgresTalksDb(new DbContextOptionsBuilder<PostgresTalksDb>().UseNpgsql(connection).Options)
    : new SqliteTalksDb(new DbContextOptionsBuilder<SqliteTalksDb>().UseSqlite(connection).Options))
{
    var stored = await db.Missions.CountAsync(m => ((string)(object)m.Id).StartsWith("load-"));
    Console.WriteLine($"  rows stored {stored}, 201s {created.Count}");
    if (stored != created.Count) violations.Add($"{stored} rows stored for {created.Count} creates answered 201");
}
if (fault && !all.Any(r => r.Status is 201 or 200 && r.At > outage.To.TotalMilliseconds)) violations.Add("nothing succeeded after the database came back");
await app.DisposeAsync();
Directory.Delete(folder, recursive: true);
foreach (var violation in violations) Console.WriteLine("VIOLATION: " + violation);
return violations.Count == 0 ? 0 : 1;
