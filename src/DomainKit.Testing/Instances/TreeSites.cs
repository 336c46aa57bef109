using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>A value in the JSON being generated: where the schema declares it (<c>Mission.consulates[].id</c>), its JSON Pointer, its field (null for the root and for items), its type and where it sits.</summary>
internal sealed record TreeSite(string Origin, string Pointer, JsonTree Node, PropertySpec? Property, FieldTypeSpec? Type, TypeSpec? Declared, TreeSlot? Slot, RuleValue? Record, IReadOnlyList<RuleSpec> Rules);

/// <summary>Walks the JSON of a declared type with the model: every value, children before the record that holds them.</summary>
internal sealed class TreeSites(RuleEvaluator evaluator)
{
    public IEnumerable<TreeSite> Of(JsonTree root, TypeSpec type) => Declared(root, type, type.Name, "", null, null, null, null);

    /// <summary>The root and the values of its own fields (with their items), without entering the records they hold.</summary>
    public IEnumerable<TreeSite> Shallow(JsonTree root, TypeSpec type) => Declared(root, type, type.Name, "", null, null, null, null, levels: 1);

    /// <summary>Only the sites on the way to <paramref name="focus"/> (a JSON Pointer), at it, and under it.</summary>
    public IEnumerable<TreeSite> Around(JsonTree root, TypeSpec type, string focus) => Declared(root, type, type.Name, "", null, null, null, focus);

    /// <summary>The site at <paramref name="pointer"/>, found by walking only the way to it.</summary>
    public TreeSite? At(JsonTree root, TypeSpec type, string pointer) =>
        Declared(root, type, type.Name, "", null, null, null, pointer, levels: int.MaxValue, under: false).LastOrDefault(s => s.Pointer == pointer);

    private static bool Related(string pointer, string? focus, bool under) =>
        focus is null || focus == pointer || focus.StartsWith(pointer + "/", StringComparison.Ordinal) || (under && (focus.Length == 0 || pointer.StartsWith(focus + "/", StringComparison.Ordinal)));

    private IEnumerable<TreeSite> Declared(JsonTree node, TypeSpec type, string origin, string pointer, PropertySpec? property, FieldTypeSpec? fieldType, TreeSlot? slot, string? focus, int levels = int.MaxValue, bool under = true)
    {
        if (node is not JsonObject record || type.Kind is TypeKind.Enum or TypeKind.Value)
        {
            yield return new TreeSite(origin, pointer, node, property ?? type.Wrapped, fieldType, type, slot, null, []);
            yield break;
        }
        var properties = evaluator.PropertiesOf(type.FullName, record) ?? type.Properties;
        if (levels == 0)
        {
            yield return new TreeSite(type.Name, pointer, node, property, fieldType, type, slot, new RuleValue(record, fieldType, properties, slot), []);
            yield break;
        }
        var variant = type.Kind == TypeKind.Union ? type.Variants.FirstOrDefault(v => (record[type.Discriminator ?? "kind"] as JsonScalar)?.Text == v.Tag) : null;
        var name = variant is null ? type.Name : type.Name + "." + variant.Name;
        foreach (var member in properties)
        {
            if (record[member.WireName] is not { } value || !Related(pointer + "/" + Escape(member.WireName), focus, under)) continue;
            foreach (var site in Field(value, member, member.Type, name + "." + member.WireName, pointer + "/" + Escape(member.WireName), new TreeSlot(record, member.WireName, null, 0), focus, levels - 1, under))
                yield return site;
        }
        var rules = variant is null ? type.Rules.ToList() : type.Rules.Concat(variant.Rules).ToList();
        yield return new TreeSite(name, pointer, node, property, fieldType, type, slot, new RuleValue(record, fieldType, properties, slot), rules);
    }

    private IEnumerable<TreeSite> Field(JsonTree node, PropertySpec? property, FieldTypeSpec type, string origin, string pointer, TreeSlot slot, string? focus, int levels, bool under)
    {
        if (node is JsonScalar { Kind: ScalarKind.Null }) yield break;
        switch (type.Kind)
        {
            case FieldTypeKind.List or FieldTypeKind.Set when node is JsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (!Related(pointer + "/" + i, focus, under)) continue;
                    foreach (var site in Field(array.Items[i], null, type.Element!, origin + "[]", pointer + "/" + i, new TreeSlot(null, null, array, i), focus, levels, under)) yield return site;
                }
                break;
            case FieldTypeKind.Map when node is JsonObject map:
                foreach (var key in map.Properties.Select(p => p.Key).ToList())
                {
                    if (!Related(pointer + "/" + Escape(key), focus, under)) continue;
                    foreach (var site in Field(map[key]!, null, type.Element!, origin + "{}", pointer + "/" + Escape(key), new TreeSlot(map, key, null, 0), focus, levels, under)) yield return site;
                }
                break;
            case FieldTypeKind.Record or FieldTypeKind.Enum or FieldTypeKind.Value when type.Reference is null && evaluator.Model.Find(type.CSharpType) is { } declared:
                foreach (var site in Declared(node, declared, origin, pointer, property, type, slot, focus, levels, under)) yield return site;
                yield break;
        }
        yield return new TreeSite(origin, pointer, node, property, type, null, slot, null, []);
    }

    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
