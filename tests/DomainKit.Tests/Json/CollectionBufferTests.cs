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
}
