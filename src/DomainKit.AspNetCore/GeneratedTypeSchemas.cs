#if NET10_0_OR_GREATER
using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using DomainKit.Runtime;
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
        if (Documents.GetOrAdd(type, Find, context.JsonTypeInfo) is not { } document || context.Document is not { } openApi) return Task.CompletedTask;
        var root = ((string)document["$ref"]!)["#/$defs/".Length..];
        foreach (var (name, definition) in ((JsonObject)document["$defs"]!).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (name == root) OpenApiSchemas.Fill(schema, (JsonObject)definition!, openApi);
            else if (openApi.Components?.Schemas?.ContainsKey(name) != true) openApi.AddComponent(name, OpenApiSchemas.Read((JsonObject)definition!, openApi));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The type's JSON Schema from its System.Text.Json converter: a generated type's (an enum's generated converter
    /// included) is an <see cref="IDomainJsonConverter"/>, which reaches the type's static <c>JsonSchema</c> through a
    /// static abstract interface member — no reflection. Null for any other type.
    /// </summary>
    private static JsonObject? Find(Type type, JsonTypeInfo contract)
    {
        var info = contract.Type == type ? contract : contract.Options.TryGetTypeInfo(type, out var found) ? found : null;
        return info?.Converter is IDomainJsonConverter converter ? JsonNode.Parse(converter.JsonSchema) as JsonObject : null;
    }
}
#endif
