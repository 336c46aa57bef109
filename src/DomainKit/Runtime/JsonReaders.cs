// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.ComponentModel;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// Reads one value of <typeparamref name="T"/> from the reader's current token, which is not null (the
/// caller, <see cref="JsonRead.Value{T, TReader}"/>, handles null). Every problem goes to the context and
/// reading goes on. Generated records, value types and enum converters implement it; so do the readers
/// of the primitives and collections below, so that a type like <c>map&lt;list&lt;string?&gt;&gt;</c> is one
/// composed reader type rather than generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonReader<T>
{
    static abstract T Read(ref Utf8Input reader, JsonReadContext context);

    /// <summary>Whether a JSON null is a value of this type (optional types) rather than an error.</summary>
    static virtual bool AcceptsNull => false;
}

/// <summary>A type generated from a schema that is a JSON document of its own: records and value types.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonDocument<T> : IJsonReader<T>, IJsonSchemaType
{
    /// <summary>The type's name in the schema, used in validation messages about the root.</summary>
    static abstract string SchemaName { get; }

    bool ValidateCore(ValidationErrorSink? sink, string path, string name);

    /// <summary>
    /// Whether the type's reader checks each record as it reads it and tells the context of one that breaks a constraint
    /// or rule (<see cref="JsonReadContext.ConstraintBroken"/>), so that a document read without one needs no validation walk.
    /// </summary>
    static virtual bool CheckedWhileRead => false;

    void WriteJson(Utf8JsonWriter writer);

    /// <summary>Writes the value with DomainKit's own UTF-8 writer.</summary>
    void WriteUtf8(Utf8Output output);
}

/// <summary>Reads values through readers, handling null the same way everywhere.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonRead
{
    /// <summary>The value at the reader; a null where the type has none is a <c>required</c> error and gives <c>default</c>.</summary>
    public static T Value<T, TReader>(ref Utf8Input reader, JsonReadContext context) where TReader : IJsonReader<T>
    {
        if (reader.TokenType != JsonTokenType.Null) return TReader.Read(ref reader, context);
        if (!TReader.AcceptsNull) context.NullNotAllowed();
        return default!;
    }

    /// <summary>The items of the array at the reader into <paramref name="buffer"/>; false (and reported) when it is not an array.</summary>
    internal static bool Items<T, TItem>(ref Utf8Input reader, JsonReadContext context, ref CollectionBuffer<T> buffer) where TItem : IJsonReader<T>
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            context.WrongType(ref reader, "an array");
            return false;
        }
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Push(index++);
            buffer.Add(Value<T, TItem>(ref reader, context));
            context.Pop();
        }
        return true;
    }
}

/// <summary>An optional reference type: null is a value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct OptionalReader<T, TReader> : IJsonReader<T?> where T : class where TReader : IJsonReader<T>
{
    public static T? Read(ref Utf8Input reader, JsonReadContext context) => TReader.Read(ref reader, context);

    public static bool AcceptsNull => true;
}

/// <summary>An optional value type: null is a value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct OptionalValueReader<T, TReader> : IJsonReader<T?> where T : struct where TReader : IJsonReader<T>
{
    public static T? Read(ref Utf8Input reader, JsonReadContext context) => TReader.Read(ref reader, context);

    public static bool AcceptsNull => true;
}

[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ListReader<T, TItem> : IJsonReader<ValueList<T>> where TItem : IJsonReader<T>
{
    public static ValueList<T> Read(ref Utf8Input reader, JsonReadContext context)
    {
        var buffer = new CollectionBuffer<T>();
        return JsonRead.Items<T, TItem>(ref reader, context, ref buffer) ? buffer.ToValueList() : default;
    }
}

[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct SetReader<T, TItem> : IJsonReader<ValueSet<T>> where TItem : IJsonReader<T>
{
    public static ValueSet<T> Read(ref Utf8Input reader, JsonReadContext context)
    {
        var buffer = new CollectionBuffer<T>();
        return JsonRead.Items<T, TItem>(ref reader, context, ref buffer) ? buffer.ToValueSet() : default;
    }
}

[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct MapReader<T, TItem> : IJsonReader<ValueMap<T>> where TItem : IJsonReader<T>
{
    public static ValueMap<T> Read(ref Utf8Input reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.WrongType(ref reader, "an object");
            return default;
        }
        var buffer = new MapBuffer<T>();
        while (reader.ReadPropertyName())
        {
            var key = JsonPrimitives.ReadKey(ref reader, context);
            context.Push(key);
            reader.ReadPropertyValue();
            buffer.Add(key, JsonRead.Value<T, TItem>(ref reader, context));
            context.Pop();
        }
        return buffer.ToValueMap(context);
    }
}
