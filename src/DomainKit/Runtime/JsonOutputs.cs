// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>DomainKit's own writer: UTF-8 straight into a <see cref="JsonBuffer"/>, no per-call state checks.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Utf8Output : IJsonOutput
{
    private readonly JsonBuffer _buffer;

    public Utf8Output(JsonBuffer buffer) => _buffer = buffer;

    public void StartObject() => _buffer.Open((byte)'{');

    public void EndObject() => _buffer.Close((byte)'}');

    public void StartArray() => _buffer.Open((byte)'[');

    public void EndArray() => _buffer.Close((byte)']');

    public void Name(JsonName name) => _buffer.Name(name.Utf8);

    public void Name(string key) => _buffer.Name(key);

    public void Null() => _buffer.Raw("null"u8);

    public void Value(string? value)
    {
        if (value is null) Null();
        else _buffer.String(value);
    }

    public void Value(bool value) => _buffer.Raw(value ? "true"u8 : "false"u8);

    public void Value(int value) => _buffer.Formatted(value, 11, quoted: false);

    public void Value(long value) => _buffer.Formatted(value, 20, quoted: false);

    public void Value(decimal value) => _buffer.Formatted(value, 64, quoted: false);

    public void Value(double value)
    {
        if (double.IsFinite(value)) _buffer.Formatted(value, 32, quoted: false);
        else _buffer.AsciiString(double.IsNaN(value) ? "NaN"u8 : value > 0 ? "Infinity"u8 : "-Infinity"u8);
    }

    public void Value(DateOnly value) => _buffer.Formatted(value, 10, quoted: true, ValueText.DateFormat);

    public void Value(TimeOnly value) => _buffer.Formatted(value, 16, quoted: true, ValueText.TimeFormat);

    public void Value(TimeSpan value) => _buffer.Formatted(value, 26, quoted: true, ValueText.DurationFormat);

    public void Value(Guid value) => _buffer.Formatted(value, 36, quoted: true, "D");

    public void Value(DateTimeOffset value)
    {
        // As Utf8JsonWriter: the round-trip format with the fraction's trailing zeros (and a bare '.') trimmed.
        Span<byte> text = stackalloc byte[40];
        value.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture);
        const int fraction = 20;
        var end = fraction + 7;
        var kept = end;
        while (kept > fraction && text[kept - 1] == (byte)'0') kept--;
        if (kept == fraction) kept--;
        text.Slice(end, written - end).CopyTo(text.Slice(kept));
        _buffer.AsciiString(text.Slice(0, kept + written - end));
    }

    public void Value(Uri? value)
    {
        if (value is null) Null();
        else _buffer.String(value.OriginalString);
    }
}

/// <summary>Writes to a <c>Utf8JsonWriter</c>, for <c>JsonSerializer</c> and callers with a writer of their own.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WriterOutput : IJsonOutput
{
    private readonly Utf8JsonWriter _writer;

    public WriterOutput(Utf8JsonWriter writer) => _writer = writer;

    public void StartObject() => _writer.WriteStartObject();

    public void EndObject() => _writer.WriteEndObject();

    public void StartArray() => _writer.WriteStartArray();

    public void EndArray() => _writer.WriteEndArray();

    public void Name(JsonName name) => _writer.WritePropertyName(name.Encoded);

    public void Name(string key) => _writer.WritePropertyName(key);

    public void Null() => _writer.WriteNullValue();

    public void Value(string? value) => _writer.WriteStringValue(value);

    public void Value(bool value) => _writer.WriteBooleanValue(value);

    public void Value(int value) => _writer.WriteNumberValue(value);

    public void Value(long value) => _writer.WriteNumberValue(value);

    public void Value(decimal value) => _writer.WriteNumberValue(value);

    public void Value(double value) => JsonPrimitives.WriteDouble(_writer, value);

    public void Value(DateOnly value) => JsonPrimitives.WriteDate(_writer, value);

    public void Value(TimeOnly value) => JsonPrimitives.WriteTime(_writer, value);

    public void Value(DateTimeOffset value) => _writer.WriteStringValue(value);

    public void Value(TimeSpan value) => JsonPrimitives.WriteTimeSpan(_writer, value);

    public void Value(Guid value) => _writer.WriteStringValue(value);

    public void Value(Uri? value)
    {
        if (value is null) _writer.WriteNullValue();
        else JsonPrimitives.WriteUri(_writer, value);
    }
}
