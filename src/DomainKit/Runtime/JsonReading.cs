using System;
using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>The entry points behind generated <c>FromJson</c>, <c>TryFromJson</c> and JSON converters.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonReading
{
    /// <summary>
    /// Reads a whole document in one pass: every structural error, then the constraint errors of what
    /// was read. Never throws on bad input: malformed JSON, too-deep nesting and the like are errors.
    /// </summary>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8, DomainJsonOptions options, [NotNullWhen(true)] out T? value, out ValidationResult result)
        where T : IJsonDocument<T>
    {
        var context = JsonReadContext.Rent();
        try
        {
            return TryRead(utf8, options, context, out value, out result);
        }
        finally
        {
            JsonReadContext.Return(context);
        }
    }

    /// <summary>As <see cref="TryRead{T}(ReadOnlySpan{byte}, DomainJsonOptions, out T, out ValidationResult)"/>, with a context of the caller's, cleared first.</summary>
    internal static bool TryRead<T>(ReadOnlySpan<byte> utf8, DomainJsonOptions options, JsonReadContext context, [NotNullWhen(true)] out T? value, out ValidationResult result)
        where T : IJsonDocument<T>
    {
        context.Clear();
        var reader = new Utf8Input(utf8, options.MaxDepth);
        T candidate = default!;
        var complete = false;
        try
        {
            reader.Read();
            candidate = T.Read(ref reader, context);
            reader.Read();
            complete = true;
        }
        catch (JsonTextException exception)
        {
            context.Syntax(exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            context.Error("type", $"The document could not be read ({exception.GetType().Name}: {exception.Message}).");
        }
        return Finish(candidate, complete, context, out value, out result);
    }

    /// <summary>
    /// Reads the value at the start of <paramref name="utf8"/> where it stands, whatever follows it (an item of a stream
    /// whose end is not known): the offset after it, or -1, with nothing read, when it is not well-formed JSON within
    /// <paramref name="utf8"/> (cut off by the buffer's end, or malformed), so that the caller finds its end and reads it alone.
    /// </summary>
    internal static int TryReadLeading<T>(ReadOnlySpan<byte> utf8, DomainJsonOptions options, JsonReadContext context, out T? value, out ValidationResult result)
        where T : IJsonDocument<T>
    {
        context.Clear();
        var reader = new Utf8Input(utf8, options.MaxDepth);
        T candidate;
        try
        {
            reader.Read();
            candidate = T.Read(ref reader, context);
        }
        catch (Exception exception) when (exception is JsonTextException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            value = default;
            result = ValidationResult.Valid;
            return -1;
        }
        Finish(candidate, complete: true, context, out value, out result);
        return reader.Position;
    }

    private static bool Finish<T>(T candidate, bool complete, JsonReadContext context, [NotNullWhen(true)] out T? value, out ValidationResult result)
        where T : IJsonDocument<T>
    {
        if (complete) AddConstraintErrors(candidate, context);
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

    /// <summary>
    /// The constraint errors of what was read, after its structural ones; nothing when it is valid. When the readers
    /// checked every record as they read it and none broke a constraint, there is nothing to walk.
    /// </summary>
    private static void AddConstraintErrors<T>(T value, JsonReadContext context) where T : IJsonDocument<T>
    {
        if (value is null) return;
        if (T.CheckedWhileRead ? context.ConstraintsHeld : value.ValidateCore(null, "", T.SchemaName)) return;
        var sink = new ValidationErrorSink(context.Errors);
        value.ValidateCore(sink, "", T.SchemaName);
        context.AddConstraintErrors(sink.ToResult().Errors);
    }

    /// <summary>Reads a value or throws <see cref="DomainValidationException"/> listing every problem.</summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8, DomainJsonOptions options) where T : IJsonDocument<T> =>
        TryRead<T>(utf8, options, out var value, out var result) ? value : throw new DomainValidationException(result);

    /// <summary>Transcodes <paramref name="json"/> to UTF-8 in a pooled buffer and reads it; throws <see cref="DomainValidationException"/> listing every problem.</summary>
    public static T FromString<T>(string json) where T : IJsonDocument<T>
    {
        ArgumentNullException.ThrowIfNull(json);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return Read<T>(rented.AsSpan(0, length), DomainJsonOptions.Default);
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
    public static T ReadForConverter<T>(ref Utf8JsonReader reader) where T : IJsonDocument<T>
    {
        var context = JsonReadContext.Rent();
        try
        {
            var value = ReadCopy<T, T>(ref reader, context);
            AddConstraintErrors(value, context);
            return context.ErrorCount == 0 ? value : throw ConverterFailure(context);
        }
        finally
        {
            JsonReadContext.Return(context);
        }
    }

    /// <summary>For a System.Text.Json converter of an enum: reads the member at the reader, or throws as <see cref="ReadForConverter{T}"/>.</summary>
    public static T ReadMemberForConverter<T, TReader>(ref Utf8JsonReader reader) where TReader : IJsonReader<T>
    {
        var context = JsonReadContext.Rent();
        try
        {
            var value = ReadCopy<T, TReader>(ref reader, context);
            return context.ErrorCount == 0 ? value : throw ConverterFailure(context);
        }
        finally
        {
            JsonReadContext.Return(context);
        }
    }

    private static JsonException ConverterFailure(JsonReadContext context)
    {
        var failure = new DomainValidationException(ValidationResult.FromErrors(new System.Collections.Generic.List<ValidationError>(context.Errors).ToArray()));
        return new JsonException(failure.Message, failure);
    }

    /// <summary>
    /// Reads the value at a System.Text.Json reader with the generated reader: the value's tokens, as written (escapes and
    /// all), are copied into a pooled buffer that <see cref="Utf8Input"/> reads. System.Text.Json has checked the syntax.
    /// </summary>
    private static T ReadCopy<T, TReader>(ref Utf8JsonReader reader, JsonReadContext context) where TReader : IJsonReader<T>
    {
        var copy = new JsonTokenCopy();
        try
        {
            copy.Value(ref reader);
            var input = new Utf8Input(copy.Written, DomainJsonOptions.MaxDepthLimit);
            input.Read();
            return TReader.Read(ref input, context);
        }
        finally
        {
            copy.Dispose();
        }
    }
}

/// <summary>Lets <c>JsonSerializer</c> use a generated type's reader and writer, with default options.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public class DomainJsonConverter<T> : System.Text.Json.Serialization.JsonConverter<T>, IDomainJsonConverter where T : IJsonDocument<T>
{
    string IDomainJsonConverter.JsonSchema => T.JsonSchema;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonReading.ReadForConverter<T>(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => value.WriteJson(writer);
}

/// <summary>Lets <c>JsonSerializer</c> read a generated enum by its schema names; <typeparamref name="TSelf"/> is the generated converter, which also writes.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DomainEnumJsonConverter<T, TSelf> : System.Text.Json.Serialization.JsonConverter<T>, IDomainJsonConverter
    where T : struct, Enum
    where TSelf : IJsonReader<T>, IDomainEnum<T>, IJsonSchemaType
{
    string IDomainJsonConverter.JsonSchema => TSelf.JsonSchema;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonReading.ReadMemberForConverter<T, TSelf>(ref reader);
}
