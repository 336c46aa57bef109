using System.Net;
using System.Text;
using Diplomacy.Domain;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api.Tests;

public sealed class SqliteHostileBodyTests(SqliteTalksApi factory) : HostileBodyTests<SqliteTalksApi>(factory);

public sealed class PostgresHostileBodyTests(PostgresTalksApi factory) : HostileBodyTests<PostgresTalksApi>(factory);

/// <summary>
/// Broken bodies through the whole pipeline — truncated, bytes flipped or cut, values swapped for other kinds, spans
/// repeated, deep nesting, bytes that are not UTF-8, numbers past every range — to create, import and update: every
/// answer is a 4xx problem or, for a body that is still a valid mission, a success; never a 5xx; and the database holds
/// exactly what succeeded.
/// </summary>
public abstract class HostileBodyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TalksApiFactory
{
    private const int Seed = 24;

    private static readonly string[] Insertions =
        ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\uD800", "null", "true", "-", "1e999", "99999999999999999999999", "\u0000", "é", "\"id\":", new string('[', 70)];

    [Fact]
    public async Task No_broken_body_gets_a_5xx_and_only_what_succeeded_is_stored()
    {
        var client = factory.CreateClient();
        var random = new Random(Seed);
        var originals = GeneratedMissions.Domain.Values<Mission>(40, GeneratedMissions.Seed)
            .Select((m, i) => m with { Id = MissionId.From($"hostile-mission-{i:00}") }).ToList();
        var before = await Ids();
        var created = new HashSet<MissionId>();

        for (var round = 0; round < 600; round++)
        {
            var original = originals[random.Next(originals.Count)];
            var body = Mutate(Encoding.UTF8.GetBytes(original.ToJson()), random);
            var (method, url) = random.Next(3) switch
            {
                0 => (HttpMethod.Post, "/missions"),
                1 => (HttpMethod.Post, "/missions/import"),
                _ => (HttpMethod.Put, $"/missions/{original.Id}"),
            };
            var request = new HttpRequestMessage(method, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            if (method == HttpMethod.Put) request.Headers.TryAddWithoutValidation("If-Match", "*");

            var response = await client.SendAsync(request);

            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"seed {Seed}, round {round}: {response.StatusCode} for {method} {url} with {Convert.ToBase64String(body)}: {await response.Content.ReadAsStringAsync()}");
            if (status >= 400) Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"seed {Seed}, round {round}: {response.StatusCode} for {method} {url} is not a problem");
            if (response.IsSuccessStatusCode && method == HttpMethod.Post && Mission.TryFromJson(body, out var stored, out _) && !before.Contains(stored.Id)) created.Add(stored.Id);
        }

        var added = (await Ids()).Except(before);
        Assert.Equal(created.Order(), added.Order());
    }

    private async Task<HashSet<MissionId>> Ids()
    {
        await using var db = factory.OpenDatabase();
        return [.. await db.Missions.AsNoTracking().Select(m => m.Id).ToListAsync()];
    }

    private static byte[] Mutate(byte[] json, Random random)
    {
        var bytes = new List<byte>(json);
        for (var edits = random.Next(1, 4); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 5:
                    // Inside a string the reader accepts: text the database must store, or refuse with a 4xx.
                    var text = Encoding.UTF8.GetString([.. bytes]);
                    var city = text.IndexOf("\"city\":\"", StringComparison.Ordinal);
                    if (city >= 0) return Encoding.UTF8.GetBytes(text.Insert(city + 8, random.Next(2) == 0 ? "\\u0000" : "é\\u0000"));
                    break;
                case 0: bytes.RemoveRange(at, bytes.Count - at); break;
                case 1: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.RemoveAt(at); break;
                case 3: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Insertions[random.Next(Insertions.Length)])); break;
                case 4: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 40)))); break;
                default: return json; // now and then the body as it was: a valid mission that must succeed or conflict
            }
        }
        return [.. bytes];
    }
}
