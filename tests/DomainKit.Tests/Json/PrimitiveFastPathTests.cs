using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using DomainKit.Runtime;

namespace DomainKit.Tests.Json;

/// <summary>The UTF-8 fast paths for dates and durations accept exactly what the general parsers accept, with the same value.</summary>
public class PrimitiveFastPathTests
{
    private static (bool Ok, T Value) Read<T>(string text, JsonValueReaderFunc<T> read)
    {
        var utf8 = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(text));
        var reader = new Utf8Input(utf8, 64);
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
}
