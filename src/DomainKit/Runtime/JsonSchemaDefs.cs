// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace DomainKit.Runtime;

/// <summary>
/// Assembles a generated type's JSON Schema document: each generated type adds its own definition (written
/// at build time) and those of the types it uses, so a type's file needs nothing from other files.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonSchemaDefs
{
    private readonly SortedDictionary<string, string> _definitions = new(StringComparer.Ordinal);

    /// <summary>Adds a definition (laid out for reading; stored without the white space between tokens); false when the type is already there (so cycles end).</summary>
    public bool Add(string name, string schema)
    {
        if (_definitions.ContainsKey(name)) return false;
        _definitions.Add(name, Compact(schema));
        return true;
    }

    private static string Compact(string json)
    {
        var text = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                text.Append(c);
                if (c == '\\') text.Append(json[++i]);
                else if (c == '"') inString = false;
            }
            else if (c == '"')
            {
                inString = true;
                text.Append(c);
            }
            else if (c is not (' ' or '\n' or '\r' or '\t'))
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>A JSON Schema 2020-12 document whose root is <paramref name="root"/>, with every definition <paramref name="add"/> brings.</summary>
    public static string Document(string root, Action<JsonSchemaDefs> add)
    {
        var defs = new JsonSchemaDefs();
        add(defs);
        var text = new StringBuilder("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\"#/$defs/")
            .Append(root).Append("\",\"$defs\":{");
        var first = true;
        foreach (var (name, schema) in defs._definitions)
        {
            if (!first) text.Append(',');
            first = false;
            text.Append('"').Append(name).Append("\":").Append(schema);
        }
        return text.Append("}}").ToString();
    }
}
