using System.Text;
using System.Text.Json;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>A thread keeps its read state between reads: nothing of one read, valid or not, may show in the next.</summary>
public class ReadContextReuseTests
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(JsonSamples.Mission);
    private static readonly byte[] Invalid = Encoding.UTF8.GetBytes(JsonSamples.Mission.Replace("\"RU\"", "\"Russia\"").Replace("\"city\":", "\"city\":7,\"x\":"));
    private static readonly byte[] Hostile = Encoding.UTF8.GetBytes(
        JsonSamples.Mission.Replace("\"tags\":[", "\"tags\":[" + string.Join(",", Enumerable.Repeat("1", 2_000)) + ","));

    [Fact]
    public void A_read_after_an_invalid_one_has_only_its_own_errors()
    {
        Mission.TryFromJson(Invalid, out _, out var alone);
        Assert.False(alone.IsValid);

        for (var round = 0; round < 3; round++)
        {
            Assert.True(Mission.TryFromJson(Valid, out _, out var valid), valid.ToString());
            Assert.False(Mission.TryFromJson(Invalid, out _, out var invalid));
            Assert.Equal(alone.Errors, invalid.Errors);
            Assert.False(Mission.TryFromJson(Hostile, out _, out var hostile));
            Assert.Equal(2_000, hostile.Errors.Count);
        }
        Assert.True(Mission.TryFromJson(Valid, out _, out var last), last.ToString());
    }

    [Fact]
    public void A_converter_read_after_a_failed_one_has_only_its_own_errors()
    {
        var options = new JsonSerializerOptions();
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Mission>(Invalid, options));
        Assert.Equal(Mission.FromJson(Valid), JsonSerializer.Deserialize<Mission>(Valid, options));
        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Mission>(Invalid, options));
        Mission.TryFromJson(Invalid, out _, out var alone);
        Assert.Equal(alone.Errors, Assert.IsType<DomainValidationException>(thrown.InnerException).Errors);
    }
}
