using System.Text;
using CsCheck;
using DomainKit.Runtime;

namespace DomainKit.Tests.Json;

/// <summary>Strings of up to four ASCII characters are made once and handed out again; each read must still be its own text.</summary>
public class ShortStringTests
{
    private static string ReadString(string json)
    {
        var reader = new Utf8Input(Encoding.UTF8.GetBytes(json), 64);
        reader.Read();
        Assert.True(reader.TryGetString(out var value));
        return value;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [Fact]
    public void Every_string_of_one_or_two_ascii_characters_reads_as_itself_twice()
    {
        var printable = Enumerable.Range(' ', '~' - ' ' + 1).Select(c => ((char)c).ToString()).ToArray();
        var texts = printable.Concat(printable.SelectMany(a => printable.Select(b => a + b))).Append("");
        foreach (var text in texts)
        {
            Assert.Equal(text, ReadString(Quote(text)));
            Assert.Equal(text, ReadString(Quote(text)));
        }
    }

    [Fact]
    public void Strings_of_three_to_six_characters_read_as_themselves_on_four_threads_at_once()
    {
        const int Seed = 23;
        var random = new Random(Seed);
        var texts = Enumerable.Range(0, 40_000).Select(_ => new string(Enumerable.Range(0, random.Next(3, 7)).Select(_ => (char)random.Next(' ', '~' + 1)).ToArray())).ToArray();
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (ReadString(Quote(texts[i])) != texts[i]) wrong.Add(texts[i]);
        });

        Assert.True(wrong.IsEmpty, $"seed {Seed}: read wrongly: {string.Join(", ", wrong.Take(5))}");
    }
}
