using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using DomainKit.Runtime;

namespace DomainKit.Tests.Json;

/// <summary>The UTF-8 fast paths for dates and durations accept exactly what the general parsers accept, with the same value.</summary>
public class PrimitiveFastPathTests
{
    private static (bool Ok, T Value) Read<T>(string text, JsonValueReaderFunc<T> read) => ReadJson(JsonSerializer.Serialize(text), read);

    private static (bool Ok, T Value) ReadJson<T>(string json, JsonValueReaderFunc<T> read)
    {
        var reader = new Utf8Input(Encoding.UTF8.GetBytes(json), 64);
        reader.Read();
        var context = new JsonReadContext();
        var value = read(ref reader, context);
        return (context.ErrorCount == 0, value);
    }

    private delegate T JsonValueReaderFunc<T>(ref Utf8Input reader, JsonReadContext context);

    private static Gen<string> Shaped(string alphabet, int max) =>
        Gen.OneOf(Gen.Char[alphabet].Array[0, max].Select(c => new string(c)), Gen.TimeSpan.Select(t => t.ToString("c", CultureInfo.InvariantCulture)),
            Gen.Date.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    // Dates of the right shape with parts out of range: day 0 and 29–32 of every month, month 0 and 13, year 0.
    private static readonly Gen<string> DateParts = Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 13], Gen.OneOf(Gen.Int[0, 1], Gen.Int[28, 32]))
        .Select((y, m, d) => $"{y:D4}-{m:D2}-{d:D2}");

    [Fact]
    public void Dates_agree_with_TryParseExact() =>
        Gen.OneOf(Shaped("0123456789-", 12), DateParts).SampleSeeded(text =>
        {
            var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value);
            Assert.Equal((expected, expected ? value : default), Read<DateOnly>(text, JsonPrimitives.ReadDate));
        }, iter: 20_000);

    // Times of the right shapes with parts out of range: hour 24 and up, minute and second 60 and up.
    private static readonly Gen<string> TimeParts = Gen.Select(Gen.Int[0, 29], Gen.Int[0, 65], Gen.Int[0, 65], Gen.Bool)
        .Select((h, m, s, seconds) => seconds ? $"{h:D2}:{m:D2}:{s:D2}" : $"{h:D2}:{m:D2}");

    [Fact]
    public void Times_agree_with_TryParseExact() =>
        Gen.OneOf(Shaped("0123456789:.", 16), TimeParts).SampleSeeded(text =>
        {
            var expected = DomainKit.Runtime.ValueText.TryParse(text.AsSpan(), out TimeOnly value);
            Assert.Equal((expected, expected ? value : default), Read<TimeOnly>(text, JsonPrimitives.ReadTime));
        }, iter: 20_000);

    [Fact]
    public void Durations_agree_with_TryParseExact() =>
        Shaped("0123456789:.-", 26).SampleSeeded(text =>
        {
            var expected = TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var value);
            Assert.Equal((expected, expected ? value : default), Read<TimeSpan>(text, JsonPrimitives.ReadTimeSpan));
        }, iter: 20_000);

    /// <summary>The text as a JSON string with characters escaped as <c>\uXXXX</c>: every one, or only the signs, as a writer's encoder may.</summary>
    private static string Escaped(string text, bool everyCharacter)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text) json.Append(everyCharacter || c is '+' or '-' ? $"\\u{(int)c:X4}" : c.ToString());
        return json.Append('"').ToString();
    }

    public static TheoryData<string> TextForms() =>
        ["2025-02-27", "2025-02-27T10:00:00+03:00", "2025-02-27T10:00:00-05:30", "2025-02-27T10:00:00Z", "2025-02-27T10:00:00", "09:30:15", "-1.02:03:04.5",
            "8d3b2a4e-58c8-4a51-a1a2-5e5c6f3b9a10", "https://example.org/a+b"];

    /// <summary>
    /// A primitive written as a string reads the same with its characters escaped (System.Text.Json's writer sends <c>+</c> as
    /// <c>\u002B</c>): accepted or refused alike, to the same value.
    /// </summary>
    [Theory]
    [MemberData(nameof(TextForms))]
    public void Escaped_text_reads_as_the_same_text_plain(string text)
    {
        var plain = JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var everyCharacter in new[] { true, false })
        {
            var escaped = Escaped(text, everyCharacter);
            Assert.Equal(ReadJson<DateOnly>(plain, JsonPrimitives.ReadDate), ReadJson<DateOnly>(escaped, JsonPrimitives.ReadDate));
            Assert.Equal(ReadJson<TimeOnly>(plain, JsonPrimitives.ReadTime), ReadJson<TimeOnly>(escaped, JsonPrimitives.ReadTime));
            Assert.Equal(ReadJson<DateTimeOffset>(plain, JsonPrimitives.ReadDateTimeOffset), ReadJson<DateTimeOffset>(escaped, JsonPrimitives.ReadDateTimeOffset));
            Assert.Equal(ReadJson<TimeSpan>(plain, JsonPrimitives.ReadTimeSpan), ReadJson<TimeSpan>(escaped, JsonPrimitives.ReadTimeSpan));
            Assert.Equal(ReadJson<Guid>(plain, JsonPrimitives.ReadGuid), ReadJson<Guid>(escaped, JsonPrimitives.ReadGuid));
            Assert.Equal(ReadJson<Uri>(plain, JsonPrimitives.ReadUri), ReadJson<Uri>(escaped, JsonPrimitives.ReadUri));
        }
        Assert.True(ReadJson<DateTimeOffset>(plain, JsonPrimitives.ReadDateTimeOffset).Ok == (text.Contains('T') && (text.EndsWith('Z') || text.Length > 19)),
            "the corpus must hold date-times with and without an offset");
    }
}
