using System.Text.Json;

namespace DomainKit.LanguageServer.Features;

/// <summary>
/// What each schema key means: the constraint catalogue's own words for constraints, and the descriptions of the
/// editor schema (<c>schema/domainkit.schema.json</c>, embedded) for the rest.
/// </summary>
internal static class KeyDocs
{
    private static readonly Lazy<Dictionary<string, string>> Described = new(Load);

    public static string? Of(string key)
    {
        if (ConstraintCatalog.TryGet(key, out var constraint))
            return $"Constraint on {constraint.AppliesToText}; its value: {ValueText(constraint.Reads)}.";
        return Described.Value.TryGetValue(key, out var text) ? text : null;
    }

    private static string ValueText(ConstraintValue value) => value switch
    {
        ConstraintValue.Count => "a whole number, 0 or more",
        ConstraintValue.Flag => "true or false",
        ConstraintValue.FormatName => "one of " + string.Join(", ", FormatCatalog.Names),
        ConstraintValue.Regex => "a .NET regular expression the linear-time engine supports",
        _ => "a value of the field's own type",
    };

    private static Dictionary<string, string> Load()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(KeyDocs).Assembly.GetManifestResourceStream("domainkit.schema.json");
        if (stream is null) return keys;
        using var document = JsonDocument.Parse(stream);
        var definitions = document.RootElement.TryGetProperty("$defs", out var defs) ? defs : default;
        Collect(document.RootElement, definitions, keys);
        return keys;
    }

    private static void Collect(JsonElement element, JsonElement definitions, Dictionary<string, string> keys)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, definitions, keys);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "properties" && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var key in property.Value.EnumerateObject())
                {
                    if (!keys.ContainsKey(key.Name) && Description(key.Value, definitions) is { } text) keys[key.Name] = text;
                }
            }
            Collect(property.Value, definitions, keys);
        }
    }

    private static string? Description(JsonElement schema, JsonElement definitions)
    {
        if (schema.ValueKind != JsonValueKind.Object) return null;
        if (schema.TryGetProperty("description", out var text) && text.ValueKind == JsonValueKind.String) return text.GetString();
        if (schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } path && path.StartsWith("#/$defs/", StringComparison.Ordinal)
            && definitions.ValueKind == JsonValueKind.Object && definitions.TryGetProperty(path["#/$defs/".Length..], out var target))
            return Description(target, definitions);
        return null;
    }
}
