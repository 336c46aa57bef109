using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.EntityFrameworkCore;

/// <summary>JSON for a value collection standing alone in a column: an array (a map: an object), items by their generated converters.</summary>
internal sealed class ValueCollectionJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => DomainKitConventions.IsValueCollection(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var definition = typeToConvert.GetGenericTypeDefinition();
        var item = typeToConvert.GetGenericArguments()[0];
        var converter = definition == typeof(ValueList<>) ? typeof(ListConverter<>) : definition == typeof(ValueSet<>) ? typeof(SetConverter<>) : typeof(MapConverter<>);
        return (JsonConverter)Activator.CreateInstance(converter.MakeGenericType(item))!;
    }

    private sealed class ListConverter<T> : JsonConverter<ValueList<T>>
    {
        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ValueList.Create<T>(JsonSerializer.Deserialize<T[]>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToArray(), options);
    }

    private sealed class SetConverter<T> : JsonConverter<ValueSet<T>>
    {
        public override ValueSet<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ValueSet.Create<T>(JsonSerializer.Deserialize<T[]>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, ValueSet<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToArray(), options);
    }

    private sealed class MapConverter<T> : JsonConverter<ValueMap<T>>
    {
        public override ValueMap<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ValueMap.Create<T>((JsonSerializer.Deserialize<Dictionary<string, T>>(ref reader, options) ?? new()).ToArray());

        public override void Write(Utf8JsonWriter writer, ValueMap<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, item) in value)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, item, options);
            }
            writer.WriteEndObject();
        }
    }
}
