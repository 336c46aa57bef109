using System.Collections.Generic;
using System.Linq;
using DomainKit.Runtime;
using DomainKit.Schema.Emitting;
using DomainKit.Schema.Model;

namespace DomainKit.Tool;

/// <summary>
/// Every type's JSON Schema document: the definitions are the generator's (<see cref="JsonSchemaEmitter.Definition"/>),
/// put together by the runtime's <see cref="JsonSchemaDefs"/>, exactly as a generated type's <c>JsonSchema</c> is.
/// </summary>
internal static class JsonSchemaExport
{
    public static IReadOnlyList<(string Name, string Document)> Documents(IReadOnlyList<TypeSpec> types)
    {
        var byName = new Dictionary<string, TypeSpec>();
        foreach (var type in types) byName[type.Name] = type;
        return types
            .OrderBy(t => t.Name, System.StringComparer.Ordinal)
            .Select(t => (t.Name, JsonSchemaDefs.Document(t.Name, defs => Add(defs, t, byName))))
            .ToList();
    }

    private static void Add(JsonSchemaDefs defs, TypeSpec type, Dictionary<string, TypeSpec> byName)
    {
        if (!defs.Add(type.Name, JsonSchemaEmitter.Definition(type))) return;
        foreach (var used in JsonSchemaEmitter.UsedNames(type))
        {
            if (byName.TryGetValue(used, out var usedType)) Add(defs, usedType, byName);
        }
    }
}
