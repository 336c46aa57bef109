using System.Text;
using DomainKit.Runtime;

namespace DomainKit.Tests.Json;

/// <summary>Plain ASCII map keys longer than four characters are made once and handed out again; each must still read as itself.</summary>
public class MapKeyStringTests
{
    private static string ReadKey(string json)
    {
        var reader = new Utf8Input(Encoding.UTF8.GetBytes(json), 64);
        reader.Read();
        Assert.True(reader.Read());
        return JsonPrimitives.ReadKey(ref reader, new JsonReadContext());
    }

    private static string Object(string key) => "{\"" + key.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\":1}";

    [Fact]
    public void Keys_of_every_length_around_the_cached_ones_read_as_themselves_on_four_threads_at_once()
    {
        const int Seed = 41;
        var random = new Random(Seed);
        // Few letters, so that keys of one length often share their first and last four bytes; escapes and non-ASCII now and then.
        var alphabet = "ab\"\\é";
        var texts = Enumerable.Range(0, 40_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(0, 70)).Select(_ => alphabet[random.Next(random.Next(8) == 0 ? alphabet.Length : 2)]).ToArray()))
            .ToArray();
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (ReadKey(Object(texts[i])) != texts[i]) wrong.Add(texts[i]);
        });

        Assert.True(wrong.IsEmpty, $"seed {Seed}: read wrongly: {string.Join(", ", wrong.Take(5))}");
    }

    [Fact]
    public void A_key_read_twice_is_one_string()
    {
        Assert.Same(ReadKey(Object("telephone")), ReadKey(Object("telephone")));
        Assert.NotSame(ReadKey(Object(new string('k', 65))), ReadKey(Object(new string('k', 65))));
    }
}
