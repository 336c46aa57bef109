using System.Buffers;
using System.Text;
using System.Text.Json;
using CsCheck;
using Diplomacy.Domain;
using DomainKit.Runtime;

namespace DomainKit.Tests.Json;

/// <summary>
/// DomainKit's own UTF-8 writer against <c>Utf8JsonWriter</c> with default options: the same bytes for every
/// char, random strings (lone surrogates included), every primitive, and whole generated documents.
/// </summary>
public class Utf8WriterDifferentialTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_ROUNDTRIPS"), out var n) ? n : 300;

    private static string Ours(Action<Utf8Output> write)
    {
        var buffer = new JsonBuffer(16);
        try
        {
            write(new Utf8Output(buffer));
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            buffer.Release();
        }
    }

    private static string Theirs(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output)) write(writer);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>The value in an array after another, and as a property value and name: commas and colons too.</summary>
    private static void Same<T>(T value, Action<Utf8Output, T> ours, Action<Utf8JsonWriter, T> theirs)
    {
        var expected = Theirs(w => { w.WriteStartArray(); w.WriteNullValue(); theirs(w, value); w.WriteEndArray(); });
        var actual = Ours(s => { s.StartArray(); s.Null(); ours(s, value); s.EndArray(); });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_char_is_escaped_as_System_Text_Json_escapes_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "a" + (char)c + "b";
            Same(text, (s, v) => s.Value(v), (w, v) => w.WriteStringValue(v));
        }
    }

    [Fact]
    public void Random_strings_and_map_keys_are_written_alike()
    {
        var anyChar = Gen.OneOf(Gen.Char, Gen.Char['\0', '\u00FF'], Gen.Char['\uD800', '\uDFFF'], Gen.Char[' ', '~']);
        anyChar.Array[0, 40].Select(chars => new string(chars)).SampleSeeded(text =>
        {
            Same(text, (s, v) => s.Value(v), (w, v) => w.WriteStringValue(v));
            var expected = Theirs(w => { w.WriteStartObject(); w.WriteNumber("x", 1); w.WritePropertyName(text); w.WriteNumberValue(2); w.WriteEndObject(); });
            var actual = Ours(s => { s.StartObject(); JsonWrite.Property(s, new JsonName("x"), 1); s.Name(text); s.Value(2); s.EndObject(); });
            Assert.Equal(expected, actual);
        }, iter: Iterations * 10);
    }

    [Fact]
    public void Numbers_are_written_alike()
    {
        Gen.Int.SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => w.WriteNumberValue(x)), iter: Iterations);
        Gen.Long.SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => w.WriteNumberValue(x)), iter: Iterations);
        Gen.Decimal.SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => w.WriteNumberValue(x)), iter: Iterations);
        Gen.Double.Where(double.IsFinite).SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => w.WriteNumberValue(x)), iter: Iterations * 10);
        foreach (var v in new[] { 0.0, -0.0, double.Epsilon, double.MaxValue, double.MinValue, 1e21, 1e-7, 0.1, 1.0 / 3 })
            Same(v, (s, x) => s.Value(x), (w, x) => w.WriteNumberValue(x));
        foreach (var v in new[] { decimal.MaxValue, decimal.MinValue, 0m, 1.50m, -0.0000000000000000000000000001m })
            Same(v, (s, x) => s.Value(x), (w, x) => w.WriteNumberValue(x));
        Same(true, (s, x) => s.Value(x), (w, x) => w.WriteBooleanValue(x));
        Same(false, (s, x) => s.Value(x), (w, x) => w.WriteBooleanValue(x));
    }

    [Fact]
    public void Dates_times_guids_and_uris_are_written_as_the_runtime_writes_them()
    {
        Gen.DateTimeOffset.SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => w.WriteStringValue(x)), iter: Iterations * 10);
        foreach (var v in new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTimeOffset(2025, 2, 27, 10, 0, 0, TimeSpan.FromHours(3)), new DateTimeOffset(2025, 2, 27, 10, 0, 0, 120, TimeSpan.Zero) })
            Same(v, (s, x) => s.Value(x), (w, x) => w.WriteStringValue(x));
        Gen.Guid.SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => w.WriteStringValue(x)), iter: Iterations);
        Gen.Date.Select(DateOnly.FromDateTime).SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => JsonPrimitives.WriteDate(w, x)), iter: Iterations);
        Gen.Long[0, TimeSpan.TicksPerDay - 1].Select(t => new TimeOnly(t)).SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => JsonPrimitives.WriteTime(w, x)), iter: Iterations);
        Gen.TimeSpan.SampleSeeded(v => Same(v, (s, x) => s.Value(x), (w, x) => JsonPrimitives.WriteTimeSpan(w, x)), iter: Iterations);
        foreach (var v in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            Same(v, (s, x) => s.Value(x), (w, x) => JsonPrimitives.WriteDouble(w, x));
        foreach (var v in new[] { new Uri("https://example.org/a b?<x>"), new Uri("relative/é", UriKind.Relative) })
            Same(v, (s, x) => s.Value(x), (w, x) => JsonPrimitives.WriteUri(w, x));
    }

    [Fact]
    public void Whole_documents_are_the_same_bytes_on_every_path()
    {
        ExampleGenerators.Agendas.SampleSeeded(agenda =>
        {
            var utf8 = agenda.ToUtf8Json();
            Assert.Equal(Theirs(agenda.WriteJson), Encoding.UTF8.GetString(utf8));
            Assert.Equal(agenda.ToJson(), Encoding.UTF8.GetString(utf8));
            Assert.Equal(JsonSerializer.Serialize(agenda), agenda.ToJson());
            var output = new ArrayBufferWriter<byte>();
            agenda.WriteJson(output);
            Assert.Equal(utf8, output.WrittenSpan.ToArray());
            Assert.Equal(agenda, Agenda.FromJson(utf8));
        }, iter: Iterations / 3);
        ExampleGenerators.Missions.SampleSeeded(mission => Assert.Equal(Theirs(mission.WriteJson), mission.ToJson()), iter: Iterations);
        ExampleGenerators.Staff.SampleSeeded(staff => Assert.Equal(Theirs(staff.WriteJson), Encoding.UTF8.GetString(staff.ToUtf8Json())), iter: Iterations);
    }

    [Fact]
    public void A_long_string_that_needs_no_escaping_takes_about_its_own_size_not_six_times_it()
    {
        var text = new string('a', 5_000_000) + "é";
        var buffer = new JsonBuffer(16);
        try
        {
            new Utf8Output(buffer).Value(text);
            Assert.Equal(5_000_000 + 8, buffer.WrittenSpan.Length);
            Assert.InRange(buffer.Capacity, 5_000_008, 2 * 5_000_008);
        }
        finally
        {
            buffer.Release();
        }
    }

    [Fact]
    public void A_write_inside_a_write_gets_a_buffer_of_its_own()
    {
        var mission = TestData.FullyPopulatedMission();

        var json = JsonWriterCache.ToJson(new Outer(mission));

        Assert.Equal(JsonSerializer.Serialize(new { inner = mission.ToJson(), after = 1 }), json);
    }

    /// <summary>A document whose write calls <c>ToJson</c> of another while its own buffer is in use.</summary>
    private sealed class Outer(Mission inner) : IJsonDocument<Outer>
    {
        private static readonly JsonName Inner = new("inner");
        private static readonly JsonName After = new("after");

        static string IJsonDocument<Outer>.SchemaName => "Outer";

        static string IJsonSchemaType.JsonSchema => throw new NotSupportedException();

        static Outer IJsonReader<Outer>.Read(ref Utf8Input reader, JsonReadContext context) => throw new NotSupportedException();

        public bool ValidateCore(ValidationErrorSink? sink, string path, string name) => true;

        public void WriteJson(Utf8JsonWriter writer) => throw new NotSupportedException();

        public void WriteUtf8(Utf8Output json)
        {
            json.StartObject();
            JsonWrite.Property(json, Inner, inner.ToJson());
            JsonWrite.Property(json, After, 1);
            json.EndObject();
        }
    }
}
