using System.Text;
using DomainKit.Runtime;

namespace DomainKit.Tests.Json;

/// <summary>Collections read whole across the buffer's eight in-place items and every pooled array after them.</summary>
public class CollectionBufferTests
{
    private static T Read<T, TReader>(string json) where TReader : IJsonReader<T>
    {
        var reader = new Utf8Input(Encoding.UTF8.GetBytes(json), 64);
        reader.Read();
        var context = new JsonReadContext();
        var value = TReader.Read(ref reader, context);
        Assert.Equal(0, context.ErrorCount);
        return value;
    }

    [Fact]
    public void Lists_sets_and_maps_of_every_length_to_40_read_back_whole()
    {
        for (var count = 0; count <= 40; count++)
        {
            var items = Enumerable.Range(0, count).Select(i => $"item-{i}").ToArray();
            var array = "[" + string.Join(",", items.Select(i => $"\"{i}\"")) + "]";
            var doubled = "[" + string.Join(",", items.Concat(items).Select(i => $"\"{i}\"")) + "]";
            var map = "{" + string.Join(",", items.Select((item, i) => $"\"{item}\":{i}")) + "}";

            Assert.Equal(items, Read<ValueList<string>, ListReader<string, JsonPrimitives.StringReader>>(array).AsSpan().ToArray());
            Assert.Equal(items, Read<ValueSet<string>, SetReader<string, JsonPrimitives.StringReader>>(doubled).AsSpan().ToArray());
            var read = Read<ValueMap<int>, MapReader<int, JsonPrimitives.Int32Reader>>(map);
            Assert.Equal(count, read.Count);
            Assert.All(items.Select((item, i) => (item, i)), pair => Assert.Equal(pair.i, read[pair.item]));
        }
    }

    [Fact]
    public void A_map_of_every_length_to_40_with_each_key_twice_keeps_the_first_values_and_reports_each_repeat()
    {
        for (var count = 1; count <= 40; count++)
        {
            var keys = Enumerable.Range(0, count).Select(i => $"key-{(i * 37 + 11) % 101}").ToArray();
            var map = "{" + string.Join(",", keys.Select(k => $"\"{k}\":1").Concat(keys.Select(k => $"\"{k}\":2"))) + "}";
            var reader = new Utf8Input(Encoding.UTF8.GetBytes(map), 64);
            reader.Read();
            var context = new JsonReadContext();

            var read = MapReader<int, JsonPrimitives.Int32Reader>.Read(ref reader, context);

            Assert.Equal(keys.Order(StringComparer.Ordinal), read.Keys);
            Assert.All(read.Values, value => Assert.Equal(1, value));
            Assert.Equal(keys.Select(k => ("/" + k, "unique")).Order(), context.Errors.Select(e => (e.Path, e.Code)).Order());
        }
    }
}
