using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>
/// A property's name is found however the document spells it — in or out of declared order, escaped in part, with space
/// around its colon, beside unknown names that begin or end like it — whether or not it is the name the reader expects next.
/// </summary>
public class PropertyNameSpellingTests
{
    private static readonly Mission Expected = TestData.FullyPopulatedMission();

    private static readonly (string Name, string Value)[] Properties =
        [.. JsonNode.Parse(Expected.ToJson())!.AsObject().Select(p => (p.Key, p.Value!.ToJsonString()))];

    private static readonly string[] Lookalikes = ["i", "idx", "Id", "id ", "id :", "tags  :", "cit", "cityy", "staffCeilin", "staffCeilings", "tag", ""];

    private static readonly Gen<(int[] Order, int[] Escapes, string[] Spaces, int[] Unknown)> Spellings =
        Gen.Select(
            Gen.Int.Array[Properties.Length],
            Gen.Int[0, 3].Array[Properties.Length],
            Gen.Int[0, 2].Select(i => new[] { "", " ", "\n\t" }[i]).Array[2 * Properties.Length],
            Gen.Int[0, Lookalikes.Length - 1].Array[0, 4]);

    [Fact]
    public void Names_read_the_same_however_they_are_spelled_and_ordered() =>
        Spellings.SampleSeeded(drawn =>
        {
            var (order, escapes, spaces, unknown) = drawn;
            var members = Properties.Select((p, i) => (Key: order[i], Text: Spell(p.Name, escapes[i]) + spaces[2 * i] + ":" + spaces[2 * i + 1] + p.Value))
                .Concat(unknown.Select((u, i) => (Key: i * 7919, Text: $"\"{Lookalikes[u]}\": [1, \"x\"]")))
                .OrderBy(m => m.Key)
                .Select(m => m.Text);
            var text = "{" + string.Join(",", members) + "}";

            Assert.True(Mission.TryFromJson(Encoding.UTF8.GetBytes(text), out var read, out var result), result + "\n" + text);
            Assert.Equal(Expected, read);
        }, iter: 500);

    private static readonly DiplomaticEvent[] Events =
    [
        new DiplomaticEvent.PhoneCall { On = new DateOnly(2025, 2, 12), Summary = "Leaders agree to start talks.", Participants = ["Donald Trump", "Vladimir Putin"] },
        new DiplomaticEvent.WorkingTalks { On = new DateOnly(2025, 2, 27), Place = "Istanbul", Heads = [DiplomatId.From("sonata-coulter"), DiplomatId.From("aleksandr-darchiyev")] },
    ];

    [Fact]
    public void A_unions_discriminator_is_found_however_it_is_spelled_and_wherever_it_stands() =>
        Gen.Select(Gen.Int[0, Events.Length - 1], Gen.Int.Array[5], Gen.Int[0, 3].Array[5]).SampleSeeded(drawn =>
        {
            var (which, order, escapes) = drawn;
            var members = JsonNode.Parse(Events[which].ToJson())!.AsObject()
                .Select((p, i) => (Key: order[i], Text: Spell(p.Key, escapes[i]) + ":" + p.Value!.ToJsonString()))
                .OrderBy(m => m.Key)
                .Select(m => m.Text);
            var text = "{" + string.Join(",", members) + "}";

            Assert.True(DiplomaticEvent.TryFromJson(Encoding.UTF8.GetBytes(text), out var read, out var result), result + "\n" + text);
            Assert.Equal(Events[which], read);
        }, iter: 300);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_name_written_twice_is_one_error_however_it_is_spelled(int escapes)
    {
        var text = Expected.ToJson()[..^1] + "," + Spell("city", escapes) + ":\"Moscow\"}";

        Assert.False(Mission.TryFromJson(Encoding.UTF8.GetBytes(text), out _, out var result));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("/city", "unique"), (error.Path, error.Code));
    }

    [Theory]
    [InlineData("{\"id\"")]
    [InlineData("{\"id\" ")]
    [InlineData("{\"id\":")]
    [InlineData("{\"id\" \"x\"}")]
    [InlineData("{\"id\":\"a\" \"kind\":1}")]
    [InlineData("{\"id\":\"a\",}")]
    public void A_name_cut_off_or_without_its_colon_is_malformed(string text)
    {
        Assert.False(Mission.TryFromJson(Encoding.UTF8.GetBytes(text), out _, out var result));
        Assert.StartsWith("Malformed JSON", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_document_cut_short_reads_the_same_whatever_lies_past_its_end()
    {
        // The reader compares expected names several bytes at a time: it must not look past the text it was given.
        var whole = Encoding.UTF8.GetBytes(Expected.ToJson());
        for (var length = 0; length < whole.Length; length++)
        {
            Mission.TryFromJson(whole.AsSpan(0, length), out _, out var inPlace);
            Mission.TryFromJson(whole.AsSpan(0, length).ToArray(), out _, out var alone);
            Assert.True(inPlace.ToString() == alone.ToString(), $"cut at {length}: {inPlace} against {alone}");
            Assert.False(inPlace.IsValid, $"cut at {length}");
        }
    }

    // Escapes every `escapes`-th character of the name (0: none) as \uXXXX, upper or lower case by position.
    private static string Spell(string name, int escapes)
    {
        var text = new StringBuilder("\"");
        for (var i = 0; i < name.Length; i++)
        {
            var hex = ((int)name[i]).ToString(i % 2 == 0 ? "X4" : "x4");
            text.Append(escapes > 0 && i % escapes == 0 ? "\\u" + hex : name[i].ToString());
        }
        return text.Append('"').ToString();
    }

    [Fact]
    public void A_name_one_byte_off_the_expected_one_reads_as_an_unknown_name()
    {
        var json = Expected.ToJson();
        var names = System.Text.RegularExpressions.Regex.Matches(json, "\"([A-Za-z_]+)\":");
        Assert.True(names.Count > 40);
        // The contacts' keys are data, not names of properties.
        var contacts = json.IndexOf("\"contacts\":{", StringComparison.Ordinal);
        var contactsEnd = json.IndexOf('}', contacts);
        foreach (System.Text.RegularExpressions.Match name in names)
        {
            var group = name.Groups[1];
            if (group.Index > contacts && group.Index < contactsEnd) continue;
            var unknown = Read(json.Substring(0, group.Index) + "unknown" + json.Substring(group.Index + group.Length));
            for (var at = group.Index; at < group.Index + group.Length; at++)
            {
                var mutated = json.Substring(0, at) + (json[at] == 'x' ? 'y' : 'x') + json.Substring(at + 1);
                Assert.True(unknown == Read(mutated), $"'{group.Value}' with byte {at - group.Index} changed: {mutated}");
            }
        }
    }

    private static string Read(string json) =>
        Mission.TryFromJson(Encoding.UTF8.GetBytes(json), out var read, out var result) ? read.ToJson() : result.ToString();
}
