using System.Text;
using System.Text.Json;
using CsCheck;
using DomainKit.Runtime;

namespace DomainKit.Tests.Json;

/// <summary>
/// DomainKit's tokenizer against <c>Utf8JsonReader</c> (default options) on the same bytes: both accept or both refuse,
/// and when both accept, the same tokens with the same raw bytes, the same strings and the same numbers. Inputs are
/// fragments of JSON (and of almost-JSON: leading zeros, <c>1.</c>, <c>-</c>, trailing commas, comments, control
/// bytes, broken escapes, bytes that are not UTF-8, deep nesting) strung together, and corrupted whole documents.
/// <c>DOMAINKIT_READER_FUZZ</c> sets the count of each; CsCheck_Seed replays a failure.
/// </summary>
public class Utf8InputDifferentialTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_READER_FUZZ"), out var n) ? n : 100_000;

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", " ", "\n", "\t", "\r", "\"a\"", "\"name\"", "\"\"", "\"é\"", "\"\\u00e9\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\uD83C\\uDF0D\"", "\"\\uD800\"", "\"\\uDC00x\"", "\"\\q\"", "\"\\u12\"", "\"\\u12G4\"", "\"a\u0001b\"", "\"\u007f\"", "\"🌍\"",
        "0", "-0", "1", "-", "01", "1.", ".5", "1.5", "-0.0e-1", "1e", "1e+", "1E+5", "12345678901234567890", "2147483648", "-2147483648",
        "79228162514264337593543950336", "1.50", "-2.500", "0.0", "9999999999999999999", "18446744073709551615",
        "-9223372036854775808", "9223372036854775808", "0.0000000000000000001", "1e400", "0.1e-400", "3.14159", "true", "tru", "false", "null", "nul", "NaN",
        "/* c */", "// c\n", "'a'", "+1", "\"open",
    ];

    // Valid and invalid leaves in arrays and objects, with now and then a fragment dropped in or a byte cut out.
    private static readonly Gen<byte[]> Strung = Gen.Int.Select(seed =>
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        Value(random, text, depth: 0);
        for (var corruptions = random.Next(-2, 3); corruptions > 0; corruptions--)
        {
            var at = random.Next(text.Length + 1);
            if (random.Next(2) == 0 && at < text.Length) text.Remove(at, 1);
            else text.Insert(at, Fragments[random.Next(Fragments.Length)]);
        }
        var utf8 = Encoding.UTF8.GetBytes(text.ToString());
        if (random.Next(8) == 0 && utf8.Length > 0) utf8[random.Next(utf8.Length)] = (byte)random.Next(256);
        return utf8;
    });

    private static void Value(Random random, StringBuilder text, int depth)
    {
        var shape = depth > 3 ? 0 : random.Next(4);
        if (shape <= 1)
        {
            text.Append(random.Next(4) == 0 ? Fragments[random.Next(Fragments.Length)] : Leaves[random.Next(Leaves.Length)]);
            return;
        }
        var isObject = shape == 3;
        text.Append(isObject ? '{' : '[').Append(Space(random));
        for (var i = random.Next(4); i > 0; i--)
        {
            if (isObject) text.Append(Leaves[random.Next(3)]).Append(Space(random)).Append(':').Append(Space(random));
            Value(random, text, depth + 1);
            if (i > 1) text.Append(Space(random)).Append(',').Append(Space(random));
        }
        text.Append(Space(random)).Append(isObject ? '}' : ']');
    }

    private static readonly string[] Leaves =
    [
        "\"a\"", "\"name\"", "\"\\u00e9\\n\"", "0", "-12.5e3", "1", "true", "false", "null", "\"🌍\"", "3.25", "-0", "\"\\uD83C\\uDF0D\"",
    ];

    private static string Space(Random random) => random.Next(6) switch { 0 => " ", 1 => "\n\t", 2 => "\r\n ", _ => "" };

    // Numbers of every shape: sign, whole digits (a zero alone, or up to 25 without a leading zero), up to 25 fraction
    // digits, now and then an exponent — around the 2^53 and 10^22 edges of the exact path for doubles and past them.
    private static readonly Gen<byte[]> NumberTexts = Gen.Select(Gen.Bool, Gen.Int[0, 25], Gen.Int[0, 25], Gen.Int[-3, 2], Gen.Int).Select(drawn =>
    {
        var (negative, whole, fraction, exponent, seed) = drawn;
        var random = new Random(seed);
        var text = new StringBuilder(negative ? "-" : "");
        text.Append(whole == 0 ? "0" : (char)('1' + random.Next(9)) + new string(Enumerable.Range(1, whole - 1).Select(_ => (char)('0' + random.Next(10))).ToArray()));
        if (fraction > 0) text.Append('.').Append(Enumerable.Range(0, fraction).Select(_ => (char)('0' + (random.Next(3) == 0 ? 0 : random.Next(10)))).ToArray());
        if (exponent >= 0) text.Append("eE"[random.Next(2)]).Append(new[] { "", "+", "-" }[exponent]).Append(random.Next(400));
        return Encoding.UTF8.GetBytes(text.ToString());
    });

    [Fact]
    public void Numbers_of_every_shape_read_as_Utf8JsonReader_reads_them() =>
        NumberTexts.SampleSeeded(utf8 => Assert.True(AssertSame(utf8), Encoding.UTF8.GetString(utf8)), iter: Iterations);

    [Fact]
    public void Strung_fragments_are_tokenized_as_Utf8JsonReader_does()
    {
        var accepted = 0;
        Strung.SampleSeeded(utf8 =>
        {
            if (AssertSame(utf8)) Interlocked.Increment(ref accepted);
        }, iter: Iterations, threads: 1);
        Assert.True(accepted > Iterations / 20, $"only {accepted} of {Iterations} inputs were JSON: the generator says too little");
        Assert.True(accepted < Iterations * 19 / 20, $"{accepted} of {Iterations} inputs were JSON: the generator tries too little");
    }

    [Fact]
    public void Corrupted_documents_are_tokenized_as_Utf8JsonReader_does()
    {
        var random = new Random(20261202);
        byte[][] seeds =
        [
            Encoding.UTF8.GetBytes(TestData.FullyPopulatedMission().ToJson()),
            Encoding.UTF8.GetBytes(TestData.IstanbulAgenda().ToJson()),
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = "tab\there \"quoted\" 🌍 \u0001", numbers = new[] { 0.5, -1e-7, 123456789012 } })),
        ];
        for (var i = 0; i < Iterations / 4; i++)
        {
            var mutated = JsonMutationFuzzTests.Mutate(seeds[i % seeds.Length], random);
            var failure = Record.Exception(() => AssertSame(mutated));
            if (failure is not null) throw new InvalidOperationException($"mutation {i}: {Convert.ToHexString(mutated)}", failure);
        }
    }

    [Theory]
    [InlineData("[]", true)]
    [InlineData(" {\"a\" : [1, 2.5e-3, true, null, \"x\"] } ", true)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("[1,]", false)]
    [InlineData("{\"a\":1,}", false)]
    [InlineData("[01]", false)]
    [InlineData("[1.]", false)]
    [InlineData("[-]", false)]
    [InlineData("[1] 2", false)]
    [InlineData("[1]/* c */", false)]
    [InlineData("{'a':1}", false)]
    [InlineData("[\"a\u0001\"]", false)]
    [InlineData("[\"\\uD800\"]", true)]
    public void Edge_cases_agree(string json, bool isJson) => Assert.Equal(isJson, AssertSame(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Nesting_is_refused_just_past_the_depth_limit_as_Utf8JsonReader_refuses_it()
    {
        Assert.True(AssertSame(Encoding.ASCII.GetBytes(new string('[', 64) + new string(']', 64))));
        Assert.False(AssertSame(Encoding.ASCII.GetBytes(new string('[', 65) + new string(']', 65))));
        Assert.False(AssertSame(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65))));
    }

    [Fact]
    public void Objects_and_arrays_mixed_past_64_levels_close_into_the_right_container()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 200; i++)
        {
            var depth = random.Next(60, 200);
            var text = new StringBuilder();
            var open = new Stack<char>();
            for (var level = 0; level < depth; level++)
            {
                var isObject = random.Next(2) == 0;
                text.Append(isObject ? "{\"k\":" : "[");
                open.Push(isObject ? '}' : ']');
            }
            text.Append('1');
            // Closing, each container gets a sibling after its child, so the reader must know which kind it is back in.
            while (open.Count > 0)
            {
                var close = open.Pop();
                text.Append(close == '}' ? ",\"s\":2}" : ",2]");
            }
            var utf8 = Encoding.UTF8.GetBytes(text.ToString());
            var failure = Record.Exception(() => Assert.True(AssertSame(utf8, maxDepth: 256)));
            if (failure is not null) throw new InvalidOperationException($"document {i} (seed 20261203), depth {depth}: {text}", failure);
        }
        var wrongClose = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("[{\"k\":", 40)) + "1" + string.Concat(Enumerable.Repeat("}]", 39)) + "]]");
        Assert.False(AssertSame(wrongClose, maxDepth: 256));
    }

    /// <summary>Asserts both readers agree on <paramref name="utf8"/>; whether they accepted it.</summary>
    private static bool AssertSame(byte[] utf8, int maxDepth = 64)
    {
        var theirs = TheirTokens(utf8, maxDepth);
        var ours = OurTokens(utf8, maxDepth);
        Assert.True(theirs is null == ours is null,
            $"{(theirs is null ? "only DomainKit" : "only Utf8JsonReader")} accepts {Convert.ToHexString(utf8)} ({Encoding.UTF8.GetString(utf8)})");
        if (theirs is null) return false;
        Assert.Equal(theirs, ours);
        return true;
    }

    private static List<string>? TheirTokens(byte[] utf8, int maxDepth)
    {
        var tokens = new List<string>();
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
            while (reader.Read())
            {
                string? text;
                try
                {
                    text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString() : null;
                }
                catch (InvalidOperationException)
                {
                    text = null;
                }
                tokens.Add(Describe(reader.TokenType, reader.ValueSpan, reader.ValueIsEscaped, text, reader.TokenType == JsonTokenType.Number ? Numbers(ref reader) : ""));
            }
            return tokens;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string>? OurTokens(byte[] utf8, int maxDepth)
    {
        var tokens = new List<string>();
        try
        {
            var reader = new Utf8Input(utf8, maxDepth);
            while (reader.Read())
            {
                var text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.TryGetString(out var value) ? value : null;
                tokens.Add(Describe(reader.TokenType, reader.ValueSpan, reader.ValueIsEscaped, text, reader.TokenType == JsonTokenType.Number ? Numbers(ref reader) : ""));
            }
            return tokens;
        }
        catch (JsonTextException)
        {
            return null;
        }
    }

    private static string Describe(JsonTokenType token, ReadOnlySpan<byte> raw, bool escaped, string? text, string numbers)
    {
        var value = token is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.EndObject or JsonTokenType.EndArray ? "" : Convert.ToHexString(raw);
        return $"{token} {value} escaped={escaped && token is JsonTokenType.String or JsonTokenType.PropertyName} text={(text is null ? "-" : Convert.ToHexString(Encoding.Unicode.GetBytes(text)))} {numbers}";
    }

    private static string Numbers(ref Utf8JsonReader reader) =>
        $"{(reader.TryGetInt32(out var i) ? i : "-")} {(reader.TryGetInt64(out var l) ? l : "-")} {(reader.TryGetDecimal(out var m) ? m : "-")} {(reader.TryGetDouble(out var d) ? d.ToString("R") : "-")}";

    private static string Numbers(ref Utf8Input reader) =>
        $"{(reader.TryGetInt32(out var i) ? i : "-")} {(reader.TryGetInt64(out var l) ? l : "-")} {(reader.TryGetDecimal(out var m) ? m : "-")} {(reader.TryGetDouble(out var d) ? d.ToString("R") : "-")}";
}
