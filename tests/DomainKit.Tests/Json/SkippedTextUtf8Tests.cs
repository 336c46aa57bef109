using System.Text;
using Diplomacy.Domain;
using DomainKit.Tests.Evolution;

namespace DomainKit.Tests.Json;

/// <summary>
/// RFC 8259 §8.1: text that is not UTF-8 is not JSON — in a property the type does not know, or a reserved one, as
/// much as in one it reads (issue 23's fix). Each case puts a lone 0xD7 byte somewhere the reader only skips.
/// </summary>
public class SkippedTextUtf8Tests
{
    private static readonly string Mission = TestData.FullyPopulatedMission().ToJson();

    [Theory]
    [InlineData("{\"te\u00FFm\":1,", "", "A property name is not valid UTF-8 text.")]
    [InlineData("{\"note\":\"te\u00FFm\",", "/note", "The value holds text that is not valid UTF-8.")]
    [InlineData("{\"note\":{\"deep\":[1,{\"te\u00FFm\":true}]},", "/note", "The value holds text that is not valid UTF-8.")]
    [InlineData("{\"note\":[\"ok\",\"te\u00FFm\",\"te\u00FFm\"],", "/note", "The value holds text that is not valid UTF-8.")]
    public void Text_that_is_not_UTF8_in_an_unknown_property_is_refused_at_its_path(string start, string path, string message)
    {
        var result = Read<Mission>(LoneByte(start + Mission[1..]));

        Assert.Equal([(path, "type", message)], result.Errors.Select(e => (e.Path, e.Code, e.Message)));
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_JSON_text_and_still_skipped()
    {
        // RFC 8259 §8.2 allows it (what software makes of it is its own affair); JsonHostileInputTests holds names to the same.
        Assert.True(Read<Mission>(Encoding.UTF8.GetBytes("{\"note\":\"\\uD800\"," + Mission[1..])).IsValid);
    }

    [Fact]
    public void Text_that_is_not_UTF8_in_a_reserved_property_is_refused()
    {
        var result = Read<Office>(LoneByte("{\"fax\":\"te\u00FFm\",\"city\":\"Oslo\"}"));

        Assert.Equal([("/fax", "type")], result.Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Valid_text_in_unknown_and_reserved_properties_is_still_skipped() =>
        Assert.True(Read<Office>(Encoding.UTF8.GetBytes("{\"fax\":{\"n\":[\"é\",\"🌍\",\"\\u00e9\"]},\"city\":\"Oslo\"}")).IsValid);

    private static ValidationResult Read<T>(byte[] utf8)
        where T : DomainKit.Runtime.IJsonDocument<T>
    {
        DomainKit.Runtime.JsonReading.TryRead<T>(utf8, DomainJsonOptions.Default, out _, out var result);
        return result;
    }

    /// <summary>The text as UTF-8, each ÿ (C3 BF) turned into a lone 0xD7, which starts no valid sequence here.</summary>
    private static byte[] LoneByte(string text)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        for (var i = bytes.IndexOf(0xC3); i >= 0; i = bytes.IndexOf(0xC3))
        {
            bytes[i] = 0xD7;
            bytes.RemoveAt(i + 1);
        }
        return [.. bytes];
    }
}
