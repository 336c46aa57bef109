#if NET10_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DomainKit.AspNetCore;

/// <summary>
/// DomainKit's exported JSON Schema, keyword by keyword, as OpenAPI 3.1 schema objects: <c>#/$defs/X</c> becomes a
/// reference to the component <c>X</c> (written as a <c>$ref</c> whatever ASP.NET Core does with reference objects,
/// so recursive types stay finite), and a union's <c>oneOf</c> gets its discriminator.
/// </summary>
internal static class OpenApiSchemas
{
    public static OpenApiSchema Read(JsonObject json, OpenApiDocument document)
    {
        var schema = new OpenApiSchema();
        Fill(schema, json, document);
        return schema;
    }

    /// <summary>Writes the keywords of <paramref name="json"/> into <paramref name="schema"/> (the one ASP.NET made for the type).</summary>
    public static void Fill(OpenApiSchema schema, JsonObject json, OpenApiDocument document)
    {
        foreach (var (key, value) in json)
        {
            switch (key)
            {
                case "type": schema.Type = Type((string)value!); break;
                case "format": schema.Format = (string?)value; break;
                case "pattern": schema.Pattern = (string?)value; break;
                case "minLength": schema.MinLength = (int)value!; break;
                case "maxLength": schema.MaxLength = (int)value!; break;
                case "minItems": schema.MinItems = (int)value!; break;
                case "maxItems": schema.MaxItems = (int)value!; break;
                case "minProperties": schema.MinProperties = (int)value!; break;
                case "maxProperties": schema.MaxProperties = (int)value!; break;
                case "uniqueItems": schema.UniqueItems = (bool)value!; break;
                case "minimum": schema.Minimum = value!.ToJsonString(); break;
                case "maximum": schema.Maximum = value!.ToJsonString(); break;
                case "exclusiveMinimum": schema.ExclusiveMinimum = value!.ToJsonString(); break;
                case "exclusiveMaximum": schema.ExclusiveMaximum = value!.ToJsonString(); break;
                case "const": schema.Const = value is JsonValue text && text.TryGetValue(out string? constant) ? constant : value!.ToJsonString(); break;
                case "enum": schema.Enum = ((JsonArray)value!).Select(v => v!.DeepClone()).ToList(); break;
                case "required": schema.Required = new HashSet<string>(((JsonArray)value!).Select(v => (string)v!)); break;
                case "properties": schema.Properties = ((JsonObject)value!).ToDictionary(p => p.Key, p => Schema(p.Value!, document)); break;
                case "additionalProperties":
                    if (value is JsonValue flag && flag.TryGetValue(out bool allowed)) schema.AdditionalPropertiesAllowed = allowed;
                    else schema.AdditionalProperties = Schema(value!, document);
                    break;
                case "items": schema.Items = Schema(value!, document); break;
                case "allOf": schema.AllOf = List(value!, document); break;
                case "anyOf": schema.AnyOf = List(value!, document); break;
                case "oneOf": schema.OneOf = List(value!, document); break;
                case "not": schema.Not = Schema(value!, document); break;
                case "if": schema.If = Schema(value!, document); break;
                case "then": schema.Then = Schema(value!, document); break;
                default:
                    if (key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                        schema.Extensions[key] = new JsonNodeExtension(value!.DeepClone());
                    }
                    break;
            }
        }
        if (schema.OneOf is { Count: > 0 } variants && Discriminator(variants) is { } tag)
            schema.Discriminator = new OpenApiDiscriminator { PropertyName = tag };
    }

    private static IOpenApiSchema Schema(JsonNode json, OpenApiDocument document)
    {
        var node = (JsonObject)json;
        if (node.Count == 1 && node["$ref"] is JsonValue reference && ((string)reference!).StartsWith("#/$defs/", StringComparison.Ordinal))
            return new ComponentReference(((string)reference!)["#/$defs/".Length..]);
        return Read(node, document);
    }

    private static List<IOpenApiSchema> List(JsonNode json, OpenApiDocument document) => ((JsonArray)json).Select(item => Schema(item!, document)).ToList();

    private static JsonSchemaType Type(string name) => name switch
    {
        "string" => JsonSchemaType.String,
        "integer" => JsonSchemaType.Integer,
        "number" => JsonSchemaType.Number,
        "boolean" => JsonSchemaType.Boolean,
        "array" => JsonSchemaType.Array,
        "object" => JsonSchemaType.Object,
        _ => JsonSchemaType.Null,
    };

    /// <summary>
    /// A schema written only as <c>{"$ref": "#/components/schemas/X"}</c>. ASP.NET Core 10 writes the target of an
    /// <see cref="OpenApiSchemaReference"/> found in a transformed schema in place; this keeps it a reference.
    /// </summary>
    private sealed class ComponentReference(string name) : OpenApiSchema
    {
        public override void SerializeAsV31(IOpenApiWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteProperty("$ref", "#/components/schemas/" + name);
            writer.WriteEndObject();
        }

        public override void SerializeAsV3(IOpenApiWriter writer) => SerializeAsV31(writer);

        public override void SerializeAsV2(IOpenApiWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteProperty("$ref", "#/definitions/" + name);
            writer.WriteEndObject();
        }
    }

    /// <summary>The property every variant of a union pins with <c>const</c> (or <c>enum</c>, for a variant with old tags).</summary>
    private static string? Discriminator(IList<IOpenApiSchema> variants) =>
        variants[0].Properties?.FirstOrDefault(p => p.Value.Const is not null || p.Value.Enum is { Count: > 0 }).Key;
}
#endif
