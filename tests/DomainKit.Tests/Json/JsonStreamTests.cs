using System.Text;
using CsCheck;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>Reading from streams: one document, and the items of an array or of newline-delimited JSON one at a time.</summary>
public class JsonStreamTests
{
    private static Mission Numbered(int i) => TestData.FullyPopulatedMission() with { Id = MissionId.From($"mission-{i:D5}") };

    private static string BrokenMission => JsonSamples.Mission.Replace("\"RU\"", "\"Russia\"").Replace("\"ru-embassy-washington\"", "\"X\"");

    [Fact]
    public async Task A_document_from_a_stream_reads_as_from_bytes()
    {
        var utf8 = Encoding.UTF8.GetBytes(JsonSamples.Mission);
        Assert.Equal(Mission.FromJson(utf8), await Mission.FromJsonAsync(new TrickleStream(utf8, new Random(1))));

        var broken = Encoding.UTF8.GetBytes(BrokenMission);
        Mission.TryFromJson(broken, out _, out var expected);
        var read = await Mission.TryFromJsonAsync(new TrickleStream(broken, new Random(2)));
        Assert.False(read.IsValid);
        Assert.Null(read.Value);
        Assert.Equal(expected.Errors, read.Result.Errors);
        await Assert.ThrowsAsync<DomainValidationException>(async () => await Mission.FromJsonAsync(new MemoryStream(broken)));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    [InlineData(false, 4)]
    public async Task Items_of_an_array_or_of_lines_read_one_at_a_time_at_any_chunking(bool array, int seed)
    {
        var missions = Enumerable.Range(0, 40).Select(Numbered).ToList();
        var random = new Random(seed);
        var text = array
            ? "[" + string.Join("," + Space(random), missions.Select(m => m.ToJson())) + Space(random) + "]" + Space(random)
            : string.Join("\n" + (random.Next(3) == 0 ? "\r\n  \n" : ""), missions.Select(m => m.ToJson())) + "\n";

        var read = new List<Mission>();
        await foreach (var mission in Mission.ReadManyAsync(new TrickleStream(Encoding.UTF8.GetBytes(text), random))) read.Add(mission);

        Assert.Equal(missions, read);
    }

    private static readonly Gen<string> Tricky =
        Gen.Int[0, 13].Select(i => new[] { "{", "}", "[", "]", "\"", "\\", "\\\"", " ", ",", ":", "a", "é", "🌍", "\n" }[i]).Array[0, 10].Select(string.Concat);

    [Fact]
    public void Brackets_quotes_and_backslashes_inside_strings_do_not_move_an_items_end() =>
        Gen.Select(Tricky.Array[1, 4], Tricky.Array[1, 4], Gen.Int[0, 1000]).SampleSeeded(drawn =>
        {
            var (keys, values, seed) = drawn;
            var contacts = DomainKit.ValueMap.Create(keys.Append("a \"quote\\").Distinct().Select((k, i) => KeyValuePair.Create(k, values[i % values.Length])).ToArray());
            var missions = Enumerable.Range(0, 3).Select(i => Numbered(i) with { Contacts = contacts, Tags = [.. values.Distinct()] }).ToList();
            // Written with quotes escaped as \" and text past ASCII as it is, not as DomainKit's writer escapes them.
            var relaxed = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            var text = "[" + string.Join(",", missions.Select(m => System.Text.Json.Nodes.JsonNode.Parse(m.ToJson())!.ToJsonString(relaxed))) + "]";
            Assert.Contains("\\\"", text);
            var read = Collect(Mission.ReadManyAsync(new TrickleStream(Encoding.UTF8.GetBytes(text), new Random(seed)))).GetAwaiter().GetResult();
            Assert.Equal(missions, read);
        }, iter: 300);

    [Fact]
    public async Task An_invalid_item_has_its_errors_under_its_index_and_the_others_read_on()
    {
        var text = $"[{JsonSamples.Mission},{BrokenMission},{JsonSamples.Mission}]";
        Mission.TryFromJson(Encoding.UTF8.GetBytes(BrokenMission), out _, out var alone);

        var results = await Collect(Mission.TryReadManyAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))));

        Assert.Equal([true, false, true], results.Select(r => r.IsValid));
        Assert.Equal(alone.Errors.Select(e => e with { Path = "/1" + e.Path }), results[1].Result.Errors);
        var thrown = await Assert.ThrowsAsync<DomainValidationException>(() => Collect(Mission.ReadManyAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)))));
        Assert.All(thrown.Errors, e => Assert.StartsWith("/1/", e.Path));
    }

    [Theory]
    [InlineData("[{}{}]", 1, "Expected ',' or ']'")]
    [InlineData("[{},]", 1, "trailing commas")]
    [InlineData("[{}] x", 1, "Bytes follow")]
    [InlineData("[{}", 1, "ends inside the array")]
    [InlineData("[", 0, "ends inside the array")]
    public async Task Text_around_the_items_that_is_not_JSON_ends_the_sequence_with_an_error(string framing, int items, string problem)
    {
        var results = await Collect(Mission.TryReadManyAsync(new MemoryStream(Encoding.UTF8.GetBytes(framing.Replace("{}", JsonSamples.Mission)))));

        Assert.Equal(items + 1, results.Count);
        Assert.All(results.Take(items), r => Assert.True(r.IsValid));
        var error = Assert.Single(results[^1].Result.Errors);
        Assert.Equal(("/" + items, "type"), (error.Path, error.Code));
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public async Task A_malformed_item_is_that_items_error()
    {
        var results = await Collect(Mission.TryReadManyAsync(new MemoryStream(Encoding.UTF8.GetBytes($"{JsonSamples.Mission}\n{{\"id\": tru}}\n{JsonSamples.Mission}\n"))));

        Assert.Equal([true, false, true], results.Select(r => r.IsValid));
        Assert.StartsWith("Malformed JSON", Assert.Single(results[1].Result.Errors).Message);
        Assert.Equal("/1", results[1].Result.Errors[0].Path);
    }

    [Fact]
    public async Task Memory_holds_the_largest_item_not_the_stream()
    {
        var many = "[" + string.Join(",", Enumerable.Range(0, 2_000).Select(i => Numbered(i).ToJson())) + "]";
        var small = new TrickleStream(Encoding.UTF8.GetBytes(many), new Random(5));
        Assert.Equal(2_000, (await Collect(Mission.TryReadManyAsync(small))).Count(r => r.IsValid));

        var padded = "{" + new string(' ', 200_000) + JsonSamples.Mission[1..];
        var big = "[" + string.Join(",", Enumerable.Repeat(JsonSamples.Mission, 3)) + "," + padded + "]";
        var bigStream = new TrickleStream(Encoding.UTF8.GetBytes(big), new Random(6));
        Assert.Equal(4, (await Collect(Mission.TryReadManyAsync(bigStream))).Count(r => r.IsValid));

        // The buffer is what the reader asks the stream to fill: a few times one item for 2,000 items, and it grew for the
        // last item only, 200 KB of it whitespace.
        Assert.True(many.Length > 100 * small.LargestRequest, $"asked for {small.LargestRequest} bytes at once from {many.Length}");
        Assert.True(bigStream.LargestRequest > 100_000, $"asked for {bigStream.LargestRequest} bytes at once");
    }

    private static string Space(Random random) => random.Next(3) switch { 0 => "", 1 => " ", _ => "\n\t " };

    private static async Task<List<T>> Collect<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    /// <summary>A stream that hands out its bytes in random small pieces, and remembers the largest piece it was asked for.</summary>
    private sealed class TrickleStream(byte[] bytes, Random random) : MemoryStream(bytes)
    {
        public int LargestRequest { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            LargestRequest = Math.Max(LargestRequest, buffer.Length);
            return base.ReadAsync(buffer[..Math.Min(buffer.Length, random.Next(1, 700))], cancellationToken);
        }
    }
}
