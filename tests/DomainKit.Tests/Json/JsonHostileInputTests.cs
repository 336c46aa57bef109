using System.Text;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

[Collection(nameof(Growth))]
public class JsonHostileInputTests
{
    private static ValidationResult ReadMission(string json)
    {
        Mission.TryFromJson(Encoding.UTF8.GetBytes(json), out _, out var result);
        return result;
    }

    [Fact]
    public void Nesting_10000_deep_is_an_error_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"head\":", 10_000)) + "{}" + new string('}', 10_000);
        var arrays = "{\"consulates\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var result = ReadMission(deep);

        Assert.Contains(result.Errors, e => e.Code == "type" && e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase));
        Assert.False(ReadMission(arrays).IsValid);
    }

    [Fact]
    public void A_property_name_escaping_a_lone_surrogate_is_an_unknown_property_not_an_unreadable_document()
    {
        // Found by the JSON fuzzer: unescaping "\uD800" to UTF-8 throws inside Utf8JsonReader.CopyString.
        var json = JsonSamples.Mission.Insert(1, "\"\\uD800\":1,\"ci\\uD800ty\":2,");

        Assert.True(Mission.TryFromJson(Encoding.UTF8.GetBytes(json), out var mission, out var result), result.ToString());
        Assert.Equal(Mission.FromJson(JsonSamples.Mission), mission);
    }

    [Fact]
    public void Max_depth_is_configurable()
    {
        var json = Encoding.UTF8.GetBytes(JsonSamples.Mission);

        Assert.True(Mission.TryFromJson(json, out _, out _));
        Assert.False(Mission.TryFromJson(json, new DomainJsonOptions { MaxDepth = 2 }, out _, out var shallow));
        Assert.Contains("depth", shallow.Errors[0].Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DomainJsonOptions { MaxDepth = 1_000_000 });
    }

    [Fact]
    public void Numbers_out_of_range_are_errors()
    {
        Assert.Contains(("/staffCeiling", "type"), Paths(ReadMission(JsonSamples.Mission.Replace("455", "99999999999999999999999"))));
        Assert.Contains(("/staffCeiling", "type"), Paths(ReadMission(JsonSamples.Mission.Replace("455", "4.5"))));
        Assert.Contains(("/annualBudgetUsd", "type"), Paths(ReadMission(JsonSamples.Mission.Replace("48500000.50", "1e400"))));
        Assert.Contains(("/location/latitude", "type"), Paths(ReadMission(JsonSamples.Mission.Replace("38.9296", "1e400"))));
    }

    [Fact]
    public void Huge_strings_are_read_or_reported_not_crashed_on()
    {
        var huge = new string('x', 5_000_000);

        var result = ReadMission(JsonSamples.Mission.Replace("\"Washington\"", $"\"{huge}\"").Replace("\"1933-11-16\"", $"\"{huge}\""));

        Assert.Equal([("/openedOn", "type"), ("/city", "maxLength")], Paths(result));
        Assert.True(result.Errors.All(e => e.Message.Length < 400));
    }

    [Fact]
    public void Many_duplicate_keys_take_linear_time()
    {
        static string Json(int count) =>
            JsonSamples.Mission.Replace("\"city\":\"Washington\",", string.Concat(Enumerable.Repeat("\"city\":\"x\",", count)));

        Assert.Equal(199_999, ReadMission(Json(200_000)).Errors.Count(e => e.Code == "unique"));
        // Eight times the keys: about eight times the work when linear, 64 when quadratic.
        var ratio = Growth.Ratio(count => ReadMission(Json(count)), 25_000, 200_000);
        Assert.True(ratio < Growth.LinearLimit, $"8x the duplicate keys took {ratio:F1}x as long");
    }

    [Fact]
    public void Many_duplicate_map_keys_take_linear_time()
    {
        static string Json(int count) => System.Text.RegularExpressions.Regex.Replace(JsonSamples.Mission, "\"contacts\":\\{[^}]*\\}",
            "\"contacts\":{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"k{i % 10}\":\"v\"")) + "}");
        Assert.NotEqual(JsonSamples.Mission, Json(10));

        Assert.Equal(99_990, ReadMission(Json(100_000)).Errors.Count(e => e.Code == "unique"));
        var ratio = Growth.Ratio(count => ReadMission(Json(count)), 12_500, 100_000);
        Assert.True(ratio < Growth.LinearLimit, $"8x the duplicate map keys took {ratio:F1}x as long");
    }

    private static List<(string, string)> Paths(ValidationResult result) => result.Errors.Select(e => (e.Path, e.Code)).ToList();
}
