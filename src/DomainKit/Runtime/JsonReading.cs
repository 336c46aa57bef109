using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>Reads one value of a generated type from the reader's current token.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonValueReader<T>(ref Utf8JsonReader reader, JsonReadContext context);

/// <summary>Parses a value from UTF-8 JSON.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T Utf8JsonParser<T>(ReadOnlySpan<byte> utf8);

/// <summary>The entry points behind generated <c>FromJson</c>, <c>TryFromJson</c> and JSON converters.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonReading
{
    /// <summary>
    /// Reads a whole document in one pass: every structural error, then the constraint errors of what
    /// was read. Never throws on bad input: malformed JSON, too-deep nesting and the like are errors.
    /// </summary>
    public static bool TryRead<T>(
        ReadOnlySpan<byte> utf8,
        DomainJsonOptions options,
        JsonValueReader<T> read,
        Func<T, ValidationErrorSink?, bool> validate,
        out T value,
        out ValidationResult result)
    {
        var context = new JsonReadContext();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        T candidate = default!;
        var complete = false;
        try
        {
            reader.Read();
            candidate = read(ref reader, context);
            reader.Read();
            complete = true;
        }
        catch (JsonException exception)
        {
            context.Syntax(exception, reader.BytesConsumed);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            context.Error("type", $"The document could not be read ({exception.GetType().Name}: {exception.Message}).");
        }
        if (complete) AddConstraintErrors(candidate, validate, context);
        if (context.ErrorCount == 0)
        {
            value = candidate;
            result = ValidationResult.Valid;
            return true;
        }
        value = default!;
        result = ValidationResult.FromErrors(new System.Collections.Generic.List<ValidationError>(context.Errors).ToArray());
        return false;
    }

    /// <summary>The constraint errors of what was read, after its structural ones; nothing when it is valid.</summary>
    private static void AddConstraintErrors<T>(T value, Func<T, ValidationErrorSink?, bool> validate, JsonReadContext context)
    {
        if (value is null || validate(value, null)) return;
        var sink = new ValidationErrorSink();
        validate(value, sink);
        context.AddConstraintErrors(sink.ToResult().Errors);
    }

    /// <summary>Reads a value or throws <see cref="DomainValidationException"/> listing every problem.</summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8, DomainJsonOptions options, JsonValueReader<T> read, Func<T, ValidationErrorSink?, bool> validate) =>
        TryRead(utf8, options, read, validate, out var value, out var result) ? value : throw new DomainValidationException(result);

    /// <summary>Transcodes <paramref name="json"/> to UTF-8 in a pooled buffer and parses it.</summary>
    public static T FromString<T>(string json, Utf8JsonParser<T> parse)
    {
        ArgumentNullException.ThrowIfNull(json);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return parse(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// For a System.Text.Json converter: reads the value at the reader and validates it; on any problem
    /// throws a <see cref="JsonException"/> whose inner <see cref="DomainValidationException"/> lists them all.
    /// </summary>
    public static T ReadForConverter<T>(ref Utf8JsonReader reader, JsonValueReader<T> read, Func<T, ValidationErrorSink?, bool> validate)
    {
        var context = new JsonReadContext();
        var value = read(ref reader, context);
        AddConstraintErrors(value, validate, context);
        if (context.ErrorCount == 0) return value;
        var failure = new DomainValidationException(ValidationResult.FromErrors(new System.Collections.Generic.List<ValidationError>(context.Errors).ToArray()));
        throw new JsonException(failure.Message, failure);
    }
}
