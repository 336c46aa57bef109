using System.Text;
using System.Text.Json.Nodes;
using Diplomacy.Domain;
using DomainKit.Runtime;
using DomainKit.Tests.Unions;
using DomainKit.Tests.Validation;

namespace DomainKit.Tests.Json;

/// <summary>
/// Each record's reader checks the record it has just read, and a document is walked for its errors only when one of
/// them failed. Whatever a document breaks, at whatever depth, <c>TryFromJson</c> must report exactly what reading it
/// unchecked and then validating the whole value reports — the way every document was read before.
/// </summary>
public class CheckedWhileReadTests
{
    private const int Iterations = 3_000;

    [Fact]
    public void Missions_report_what_a_whole_walk_reports() =>
        ReportsWhatAWalkReports<Mission>([TestData.FullyPopulatedMission().ToJson(), TestData.RussianEmbassyInWashington().ToJson()], seed: 1);

    [Fact]
    public void Agendas_report_what_a_whole_walk_reports() =>
        ReportsWhatAWalkReports<Agenda>([TestData.IstanbulAgenda().ToJson()], seed: 2);

    [Fact]
    public void Unions_report_what_a_whole_walk_reports() =>
        ReportsWhatAWalkReports<Drawing>(
            [new Drawing
            {
                Main = new Shape.Circle { Label = "main", Weight = 2, Radius = 1.5 },
                Shapes = [new Shape.Rect { Label = "r", Width = 2, Height = 3 }, new Shape.Dot { Label = "d" }],
                ByName = [new("a", new Shape.Rect { Label = "named", Weight = 1, Width = 4, Height = 4 }), new("b", new Shape.Dot { Label = "dot" })],
            }.ToJson()],
            seed: 3);

    [Fact]
    public void Records_in_lists_and_maps_report_what_a_whole_walk_reports()
    {
        var good = new Checked { Text = "ok", Code = "AB1", Email = "a@b.org", Count = 5, Tags = ["x", "y"], Scores = [new("a", 1), new("b", 2)] };
        ReportsWhatAWalkReports<Holder>(
            [new Holder { Items = [good, good with { Text = "abc" }], ByName = [new("one", good), new("two", good with { Count = 1 })], Single = good }.ToJson()],
            seed: 4);
    }

    private static void ReportsWhatAWalkReports<T>(string[] documents, int seed)
        where T : class, IJsonDocument<T>
    {
        var random = new Random(seed);
        int valid = 0, brokenOnlyBelow = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var utf8 = Broken(documents[i % documents.Length], random, out var paths);
            var expected = ReadThenWalk<T>(utf8);
            var read = JsonReading.TryRead<T>(utf8, DomainJsonOptions.Default, out _, out var result);

            var context = $"seed {seed}, case {i}, edits at {string.Join(", ", paths)}: {Encoding.UTF8.GetString(utf8)}";
            Assert.True(expected.IsValid == read, context);
            Assert.True(expected.Errors.SequenceEqual(result.Errors), $"{context}\nexpected: {expected}\nread: {result}");
            if (read) valid++;
            else if (expected.Errors.All(e => e.Path.Count(c => c == '/') >= 2)) brokenOnlyBelow++;
        }
        // Both kinds of case must be common, or the comparison proves little.
        Assert.True(valid > Iterations / 10, $"only {valid} valid cases");
        Assert.True(brokenOnlyBelow > Iterations / 10, $"only {brokenOnlyBelow} cases broken only below the root's own fields");
    }

    [Fact]
    public async Task Items_of_a_stream_report_what_a_whole_walk_reports()
    {
        var random = new Random(5);
        var documents = new[] { TestData.FullyPopulatedMission().ToJson(), TestData.RussianEmbassyInWashington().ToJson() };
        var items = Enumerable.Range(0, 400).Select(i => Broken(documents[i % 2], random, out _)).ToList();
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("[" + string.Join(",", items.Select(Encoding.UTF8.GetString)) + "]"));

        var index = 0;
        await foreach (var read in Mission.TryReadManyAsync(stream))
        {
            var expected = ReadThenWalk<Mission>(items[index]);
            Assert.Equal(expected.IsValid, read.IsValid);
            Assert.Equal(expected.Errors.Select(e => e with { Path = $"/{index}{e.Path}" }), read.Result.Errors);
            index++;
        }
        Assert.Equal(items.Count, index);
    }

    /// <summary><paramref name="json"/> with none to two values replaced (<see cref="Break"/>), as UTF-8; <paramref name="paths"/>: where.</summary>
    private static byte[] Broken(string json, Random random, out List<string> paths)
    {
        var root = JsonNode.Parse(json)!;
        paths = [];
        var edits = random.Next(0, 3);
        for (var e = 0; e < edits; e++) paths.Add(Break(root, random));
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>
    /// How every document was read before: unchecked, then the whole value walked with a sink that knows the structural
    /// errors (a rule reading a value that could not be read is skipped). That sink's constructor is the runtime's own.
    /// </summary>
    private static ValidationResult ReadThenWalk<T>(byte[] utf8)
        where T : class, IJsonDocument<T>
    {
        var context = new JsonReadContext();
        var reader = new Utf8Input(utf8, DomainJsonOptions.Default.MaxDepth);
        reader.Read();
        var value = T.Read(ref reader, context);
        reader.Read();
        if (value is not null)
        {
            var sink = (ValidationErrorSink)SinkAfterReading.Invoke([context.Errors]);
            value.ValidateCore(sink, "", T.SchemaName);
            context.AddConstraintErrors(sink.ToResult().Errors);
        }
        return context.ErrorCount == 0 ? ValidationResult.Valid : ValidationResult.FromErrors(context.Errors.ToArray());
    }

    private static readonly System.Reflection.ConstructorInfo SinkAfterReading = typeof(ValidationErrorSink).GetConstructor(
        System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, [typeof(IReadOnlyList<ValidationError>)])!;

    /// <summary>Replaces one value anywhere in the tree with one that often breaks a constraint; the path it changed.</summary>
    private static string Break(JsonNode root, Random random)
    {
        var leaves = new List<JsonNode>();
        Collect(root, leaves);
        var target = leaves[random.Next(leaves.Count)];
        var path = target.GetPath();
        JsonNode? replacement = target switch
        {
            JsonArray array when array.Count > 0 && random.Next(2) == 0 => new JsonArray([.. array.Select(item => item?.DeepClone()), array[0]?.DeepClone()]),
            JsonArray => new JsonArray(),
            JsonObject => null,
            _ when target.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(StringPalette[random.Next(StringPalette.Length)]),
            _ => JsonValue.Create(NumberPalette[random.Next(NumberPalette.Length)]),
        };
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement;
                break;
        }
        return path;
    }

    private static readonly string[] StringPalette = ["", "x", "no-at-sign", "ABC", "a@b", new string('x', 301), "2025-13-01", "operating"];

    private static readonly int[] NumberPalette = [-1, 0, 1, 21, 91, 9999, 100_000];

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        if (node.Parent is not null) into.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null) Collect(child, into);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null) Collect(child, into);
                }
                break;
        }
    }
}
