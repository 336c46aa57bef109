using System.Collections.Generic;
using System.Collections.Immutable;

namespace DomainKit.Schema.Parsing;

/// <summary>"Did you mean" for unknown keys: the closest allowed key, also through the JSON Schema spellings people carry over.</summary>
internal static class KeySuggester
{
    private static readonly Dictionary<string, string> JsonSchemaSpellings = new()
    {
        ["minimum"] = "min",
        ["maximum"] = "max",
        ["exclusiveMinimum"] = "exclusiveMin",
        ["exclusiveMaximum"] = "exclusiveMax",
        ["uniqueItems"] = "unique",
        ["description"] = "doc",
        ["properties"] = "fields",
    };

    /// <summary><c>"; did you mean 'fields'?"</c>, or empty when nothing allowed is close.</summary>
    public static string Hint(string key, ImmutableArray<string> allowed)
    {
        var candidates = new List<string>(allowed);
        foreach (var spelling in JsonSchemaSpellings)
        {
            if (allowed.Contains(spelling.Value)) candidates.Add(spelling.Key);
        }
        var closest = NameSuggester.Closest(key, candidates);
        if (closest is null) return "";
        return NameSuggester.Hint(JsonSchemaSpellings.TryGetValue(closest, out var ours) ? ours : closest);
    }
}
