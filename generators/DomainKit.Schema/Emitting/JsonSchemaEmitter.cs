using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DomainKit.Schema.Emitting;

/// <summary>
/// <c>JsonSchema</c>: a JSON Schema 2020-12 document of a type's wire form. Each type's definition is written
/// here, at build time, from its own spec; the document's <c>$defs</c> are gathered at run time by calling the
/// used types' <c>__AddJsonSchemaDefs</c>, so no file depends on another's fields. Constraints JSON Schema can
/// say become keywords; rules become <c>x-domainkit-rules</c>. The schema may be looser than DomainKit (bounds
/// on dates, time and duration formats), never stricter: a document DomainKit accepts, the schema accepts.
/// </summary>
internal static class JsonSchemaEmitter
{
    private const string Defs = SourceEmitter.Runtime + ".JsonSchemaDefs";

    public static void Emit(IndentedWriter writer, TypeSpec type)
    {
        var definition = Definition(type);
        var uses = UsedTypes(type).Select(t => t.Kind == FieldTypeKind.Enum ? t.CSharpType + "JsonConverter" : t.CSharpType)
            .Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        writer.Line()
            .Line("/// <summary>A JSON Schema (draft 2020-12) of this type's JSON form, with <c>$defs</c> for the types it uses.</summary>")
            .Line($"public static string JsonSchema => __jsonSchema ??= {Defs}.Document({CSharpLiteral.String(type.Name)}, __AddJsonSchemaDefs);")
            .Line()
            .Line("private static string? __jsonSchema;")
            .Line()
            .Open($"internal static void __AddJsonSchemaDefs({Defs} defs)");
        // A raw string literal, one member a line; JsonSchemaDefs.Add takes the white space out again.
        var quotes = new string('"', System.Math.Max(3, LongestQuoteRun(definition) + 1));
        var add = $"defs.Add({CSharpLiteral.String(type.Name)}, {quotes}";
        writer.Line(uses.Count == 0 ? add : "if (!" + add);
        foreach (var line in JsonLiteral.Indented(definition)) writer.Line("    " + line);
        writer.Line(uses.Count == 0 ? $"    {quotes});" : $"    {quotes})) return;");
        foreach (var used in uses) writer.Line($"{used}.__AddJsonSchemaDefs(defs);");
        writer.Close();
    }

    private static int LongestQuoteRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '"' ? run + 1 : 0;
            if (run > longest) longest = run;
        }
        return longest;
    }

    /// <summary>The type's own definition (what goes under its name in <c>$defs</c>).</summary>
    public static string Definition(TypeSpec type) => type.Kind switch
    {
        TypeKind.Record => Object(type.Properties, type.UnknownFieldsError, discriminator: null, tag: null, type.Rules, type.Reserved),
        TypeKind.Union => Union(type),
        TypeKind.Enum => "{\"enum\":[" + string.Join(",", type.Members.SelectMany(m => new[] { m.WireName }.Concat(m.RenamedFrom)).Select(JsonLiteral.String)) + "]}",
        _ => Field(type.Wrapped!.Type, type.Wrapped.Constraints),
    };

    /// <summary>The schema names of the declared types whose definitions the type's definition refers to.</summary>
    public static IEnumerable<string> UsedNames(TypeSpec type) =>
        UsedTypes(type).Select(t => t.DeclaredName!).Distinct().OrderBy(n => n, System.StringComparer.Ordinal);

    private static IEnumerable<FieldTypeSpec> UsedTypes(TypeSpec type)
    {
        var properties = type.Properties.Concat(type.Variants.SelectMany(v => v.Properties));
        if (type.Wrapped is { } wrapped) properties = properties.Append(wrapped);
        foreach (var property in properties)
        {
            for (var t = property.Type; t is not null; t = t.Element)
            {
                if (t.DeclaredName is not null) yield return t;
            }
        }
    }

    private static string Union(TypeSpec type)
    {
        var variants = type.Variants.Select(v =>
            Object(type.Properties.Concat(v.Properties).ToList(), type.UnknownFieldsError, type.Discriminator, v.RenamedFrom.Count == 0 ? v.Tag : null, type.Rules.Concat(v.Rules).ToList(), v.Reserved, new[] { v.Tag }.Concat(v.RenamedFrom).ToList()));
        return "{\"oneOf\":[" + string.Join(",", variants) + "]}";
    }

    private static string Object(IReadOnlyList<PropertySpec> properties, bool closed, string? discriminator, string? tag, IReadOnlyList<RuleSpec> rules, EquatableArray<string> reserved, IReadOnlyList<string>? tags = null)
    {
        var text = new StringBuilder("{\"type\":\"object\",\"properties\":{");
        var entries = new List<string>();
        if (discriminator is not null)
            entries.Add(tag is not null ? $"{JsonLiteral.String(discriminator)}:{{\"const\":{JsonLiteral.String(tag)}}}" : $"{JsonLiteral.String(discriminator)}:{{\"enum\":[{string.Join(",", tags!.Select(JsonLiteral.String))}]}}");
        entries.AddRange(properties.Select(p => $"{JsonLiteral.String(p.WireName)}:{Field(p.Type, p.Constraints)}"));
        // Old names read as the field; reserved names are skipped, so either may stand in a document DomainKit accepts.
        entries.AddRange(properties.SelectMany(p => p.RenamedFrom.Select(old => $"{JsonLiteral.String(old)}:{Field(p.Type, p.Constraints)}")));
        entries.AddRange(reserved.Select(name => $"{JsonLiteral.String(name)}:{{}}"));
        text.Append(string.Join(",", entries)).Append('}');
        var required = (discriminator is null ? Enumerable.Empty<string>() : new[] { discriminator })
            .Concat(properties.Where(p => p.IsRequired && p.RenamedFrom.Count == 0).Select(p => p.WireName)).ToList();
        if (required.Count > 0) text.Append(",\"required\":[").Append(string.Join(",", required.Select(JsonLiteral.String))).Append(']');
        // A when rule as if/then where that is exact enough; the others stand under x-domainkit-rules.
        var translated = rules.Select(r => (Rule: r, IfThen: JsonSchemaRules.IfThen(r))).ToList();
        // A required field that was renamed may stand under any of its names.
        var allOf = properties.Where(p => p.IsRequired && p.RenamedFrom.Count > 0)
            .Select(p => "{\"anyOf\":[" + string.Join(",", new[] { p.WireName }.Concat(p.RenamedFrom).Select(n => $"{{\"required\":[{JsonLiteral.String(n)}]}}")) + "]}")
            .Concat(translated.Select(r => r.IfThen).OfType<string>())
            .ToList();
        if (allOf.Count > 0) text.Append(",\"allOf\":[").Append(string.Join(",", allOf)).Append(']');
        if (closed) text.Append(",\"additionalProperties\":false");
        var unsaid = translated.Where(r => r.IfThen is null).ToList();
        if (unsaid.Count > 0) text.Append(",\"x-domainkit-rules\":[").Append(string.Join(",", unsaid.Select(r => JsonLiteral.String(r.Rule.Text)))).Append(']');
        return text.Append('}').ToString();
    }

    /// <summary>The schema of one field's value: its type's, its constraints, and null when it is optional.</summary>
    private static string Field(FieldTypeSpec type, EquatableArray<ConstraintSpec> constraints)
    {
        var keywords = new List<(string Key, string Value)>();
        switch (type.Kind)
        {
            case FieldTypeKind.Record or FieldTypeKind.Value or FieldTypeKind.Enum:
                keywords.Add(("$ref", JsonLiteral.String("#/$defs/" + type.DeclaredName)));
                break;
            case FieldTypeKind.List or FieldTypeKind.Set:
                keywords.Add(("type", "\"array\""));
                keywords.Add(("items", Field(type.Element!, EquatableArray<ConstraintSpec>.Empty)));
                break;
            case FieldTypeKind.Map:
                keywords.Add(("type", "\"object\""));
                keywords.Add(("additionalProperties", Field(type.Element!, EquatableArray<ConstraintSpec>.Empty)));
                break;
            default:
                keywords.AddRange(Primitive(type.Primitive));
                break;
        }
        foreach (var constraint in constraints)
        {
            if (Keyword(constraint, type) is { } keyword)
            {
                keywords.RemoveAll(k => k.Key == keyword.Key);
                keywords.Add(keyword);
            }
        }
        var schema = "{" + string.Join(",", keywords.Select(k => $"{JsonLiteral.String(k.Key)}:{k.Value}")) + "}";
        return type.Optional ? $"{{\"anyOf\":[{schema},{{\"type\":\"null\"}}]}}" : schema;
    }

    private static IEnumerable<(string, string)> Primitive(PrimitiveKind primitive) => PrimitiveCatalog.Of(primitive)?.JsonSchema ?? PrimitiveCatalog.String.JsonSchema;

    /// <summary>The JSON Schema keyword for a constraint, or null when JSON Schema cannot say it (bounds on dates and times).</summary>
    private static (string Key, string Value)? Keyword(ConstraintSpec constraint, FieldTypeSpec type)
    {
        var numeric = PrimitiveCatalog.Of(type.Primitive) is { IsNumeric: true };
        return constraint.Kind switch
        {
            ConstraintKind.MinLength => ("minLength", constraint.Value),
            ConstraintKind.MaxLength => ("maxLength", constraint.Value),
            ConstraintKind.Pattern => ("pattern", JsonLiteral.String(constraint.Value)),
            ConstraintKind.Format => ("format", JsonLiteral.String(constraint.Value)),
            ConstraintKind.Min when numeric => ("minimum", constraint.Value),
            ConstraintKind.Max when numeric => ("maximum", constraint.Value),
            ConstraintKind.ExclusiveMin when numeric => ("exclusiveMinimum", constraint.Value),
            ConstraintKind.ExclusiveMax when numeric => ("exclusiveMaximum", constraint.Value),
            ConstraintKind.MinItems => (type.Kind == FieldTypeKind.Map ? "minProperties" : "minItems", constraint.Value),
            ConstraintKind.MaxItems => (type.Kind == FieldTypeKind.Map ? "maxProperties" : "maxItems", constraint.Value),
            // A set drops duplicates as it reads them, so they are not an error there; a map's unique values JSON Schema cannot say.
            ConstraintKind.Unique when type.Kind == FieldTypeKind.List => ("uniqueItems", "true"),
            _ => null,
        };
    }
}
