using System.Text;
using Diplomacy.Domain;

namespace DomainKit.Tests.Json;

/// <summary>
/// Corrupts valid documents (truncation, byte flips, type swaps, deleted and repeated spans, deep nesting)
/// and checks TryFromJson never throws and never hits its last-resort catch, and never accepts what is not JSON text:
/// what <c>Utf8JsonReader</c> (default options) refuses, or text that is not UTF-8 anywhere (RFC 8259 §8.1).
/// DOMAINKIT_JSON_FUZZ sets the count.
/// </summary>
public class JsonMutationFuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_JSON_FUZZ"), out var n) ? n : 100_000;

    [Fact]
    public void Corrupted_documents_never_make_TryFromJson_throw()
    {
        var random = new Random(20250227);
        byte[][] seeds =
        [
            Encoding.UTF8.GetBytes(TestData.FullyPopulatedMission().ToJson()),
            Encoding.UTF8.GetBytes(TestData.IstanbulAgenda().ToJson()),
        ];
        var invalid = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var seed = seeds[i % seeds.Length];
            var mutated = Mutate(seed, random);
            var ok = i % 2 == 0
                ? Mission.TryFromJson(mutated, out _, out var result)
                : Agenda.TryFromJson(mutated, out _, out result);
            Assert.Equal(ok, result.IsValid);
            Assert.True(!ok || IsJsonText(mutated), $"mutation {i} is not JSON text but was accepted: {Convert.ToHexString(mutated)}");
            Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("The document could not be read", StringComparison.Ordinal));
            Assert.All(result.Errors, e => Assert.True(e.Path.Length == 0 || e.Path[0] == '/', e.Path));
            if (!ok) invalid++;
        }
        Assert.True(invalid > Iterations / 2, $"only {invalid} of {Iterations} mutations were invalid: the mutator is too gentle");
    }

    /// <summary>Whether Utf8JsonReader reads the bytes to the end as one value, every string and name in them UTF-8.</summary>
    private static bool IsJsonText(byte[] utf8)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(utf8, new System.Text.Json.JsonReaderOptions { MaxDepth = DomainJsonOptions.Default.MaxDepth });
            while (reader.Read())
            {
                if (reader.TokenType is System.Text.Json.JsonTokenType.String or System.Text.Json.JsonTokenType.PropertyName && !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)) return false;
            }
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    internal static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = seed.ToList();
        var rounds = random.Next(1, 4);
        for (var round = 0; round < rounds && bytes.Count > 0; round++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes[at] = (byte)"{}[]\":,0-eE.nt\\ \u00e9"[random.Next(17)];
                    break;
                case 3:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 4:
                    var length = Math.Min(random.Next(1, 60), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 5:
                    var swap = random.Next(4) switch { 0 => "null", 1 => "[]", 2 => "{}", _ => "\"\"" };
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(swap + ","));
                    break;
                default:
                    var depth = random.Next(1, 200);
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('[', depth)));
                    break;
            }
        }
        return bytes.ToArray();
    }
}
