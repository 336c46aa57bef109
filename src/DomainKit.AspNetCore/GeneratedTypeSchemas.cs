#if NET10_0_OR_GREATER
using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DomainKit.AspNetCore;

/// <summary>
/// OpenAPI schemas of generated types from their own JSON Schema (<c>T.JsonSchema</c>; an enum's is on its
/// converter): the type's definition fills its schema, the definitions it uses become components, and
/// <c>#/$defs/X</c> references point at <c>#/components/schemas/X</c>.
/// </summary>
internal static class GeneratedTypeSchemas
{
    private static readonly ConcurrentDictionary<Type, JsonObject?> Documents = new();

    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellation)
    {
        // A route or query value of a value type is described by its parameter's type, not by a JSON contract.
        var type = context.ParameterDescription?.Type ?? context.JsonTypeInfo.Type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Documents.GetOrAdd(type, Find) is not { } document || context.Document is not { } openApi) return Task.CompletedTask;
        var root = ((string)document["$ref"]!)["#/$defs/".Length..];
        foreach (var (name, definition) in ((JsonObject)document["$defs"]!).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (name == root) OpenApiSchemas.Fill(schema, (JsonObject)definition!, openApi);
            else if (openApi.Components?.Schemas?.ContainsKey(name) != true) openApi.AddComponent(name, OpenApiSchemas.Read((JsonObject)definition!, openApi));
        }
        return Task.CompletedTask;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Generated types keep their public static JsonSchema property; a type without one is skipped.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above, for an enum's generated converter.")]
    private static JsonObject? Find(Type type)
    {
        var holder = type.IsEnum ? type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType : type;
        var property = holder?.GetProperty("JsonSchema", BindingFlags.Public | BindingFlags.Static);
        return property?.PropertyType == typeof(string) && property.GetValue(null) is string text ? JsonNode.Parse(text) as JsonObject : null;
    }
}
#endif
