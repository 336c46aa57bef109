using System.Text;
using CsCheck;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>
/// An array's object items are read where they stand in the stream's buffer, without looking for their end first; when
/// that read cannot finish (the buffer ends inside the item, or the item is malformed) the item's end is found and it is
/// read alone. Both ways must give what reading each item alone gives.
/// </summary>
public class InPlaceItemTests
{
    private static readonly string[] Items =
    [
        JsonSamples.Mission,
        TestData.RussianEmbassyInWashington().ToJson(),
        JsonSamples.Mission.Replace("\"RU\"", "\"Russia\""),
        JsonSamples.Mission.Replace("\"staffCeiling\":", "\"staffCeiling\": \"many\", \"x\":"),
        "{\"id\": tru}",
        "{\"id\": \"a\", \"id\": \"b\"}",
        "{\"id\": \"a\u0001\"}",
        "{}",
        "{ }",
        "17",
        "\"text\"",
        "null",
        "[1, {\"a\": [2]}]",
        "{\"head\": {\"languages\": [[[[[[[[[[]]]]]]]]]]}}",
        "{\"city\": \"Ne\\\\\\\"w {York}\"}",
    ];

    private static readonly Gen<(int[] Picks, string[] Spaces, int ChunkSeed)> Documents =
        Gen.Select(Gen.Int[0, Items.Length - 1].Array[0, 30], Gen.Int[0, 3].Select(i => new[] { "", " ", "\n\t ", "  \r\n" }[i]).Array[31], Gen.Int);

    [Fact]
    public void Items_read_in_place_give_what_each_item_read_alone_gives() =>
        Documents.SampleSeeded(drawn =>
        {
            var (picks, spaces, chunkSeed) = drawn;
            var text = "[" + spaces[0] + string.Join("," + spaces[1], picks.Select((p, i) => Items[p] + spaces[i + 1])) + "]";
            var expected = picks.Select((p, i) => Alone(Items[p], i)).ToList();

            // Whole buffers read most items in place; small and uneven pieces make most reads find the end first.
            foreach (var stream in new Stream[] { new MemoryStream(Encoding.UTF8.GetBytes(text)), new PieceStream(Encoding.UTF8.GetBytes(text), new Random(chunkSeed), 1, 400), new PieceStream(Encoding.UTF8.GetBytes(text), new Random(chunkSeed), 1, 40_000) })
            {
                var read = Collect(Mission.TryReadManyAsync(stream));
                Assert.Equal(expected.Count, read.Count);
                for (var i = 0; i < read.Count; i++)
                {
                    Assert.Equal(expected[i].IsValid, read[i].IsValid);
                    Assert.Equal(expected[i].Value, read[i].Value);
                    Assert.Equal(expected[i].Result.Errors, read[i].Result.Errors);
                }
            }
        }, iter: 300);

    [Fact]
    public void An_item_larger_than_every_one_before_it_is_read_whole()
    {
        var padded = "{" + new string(' ', 50_000) + JsonSamples.Mission[1..];
        var text = "[" + string.Join(",", JsonSamples.Mission, JsonSamples.Mission, padded, JsonSamples.Mission) + "]";

        var read = Collect(Mission.TryReadManyAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))));

        Assert.Equal(4, read.Count);
        Assert.All(read, item => Assert.True(item.IsValid, item.Result.ToString()));
    }

    private static ReadResult<Mission> Alone(string item, int index)
    {
        if (Mission.TryFromJson(Encoding.UTF8.GetBytes(item), out var value, out var result)) return new ReadResult<Mission>(value, result);
        return new ReadResult<Mission>(null, ValidationResult.FromErrors(result.Errors.Select(e => e with { Path = "/" + index + e.Path }).ToArray()));
    }

    private static List<T> Collect<T>(IAsyncEnumerable<T> items) => items.ToBlockingEnumerable().ToList();

    /// <summary>A stream that hands out its bytes in pieces of random length between two bounds.</summary>
    private sealed class PieceStream(byte[] bytes, Random random, int smallest, int largest) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, random.Next(smallest, largest + 1))], cancellationToken);
    }
}
