using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>Whether the values of a tree meet their constraints, read from the model (not from the generated validator).</summary>
internal static class ConstraintCheck
{
    /// <summary>The constraints a site's value is held to: its field's, or its value type's.</summary>
    public static IReadOnlyList<ConstraintSpec> Of(TreeSite site) =>
        site.Declared?.Wrapped?.Constraints.ToList() ?? site.Property?.Constraints.ToList() ?? [];

    public static PrimitiveKind PrimitiveOf(TreeSite site) => site.Declared?.Wrapped?.Type.Primitive ?? site.Type?.Primitive ?? PrimitiveKind.None;

    /// <summary>Whether the site's value meets its constraints (all but <paramref name="except"/>).</summary>
    public static bool Holds(TreeSite site, ConstraintSpec? except = null)
    {
        var constraints = Of(site).Where(c => !ReferenceEquals(c, except)).ToList();
        if (constraints.Count == 0) return true;
        var primitive = PrimitiveOf(site);
        var limits = FieldConstraints.Of(constraints, primitive);
        switch (site.Node)
        {
            case JsonScalar { Kind: ScalarKind.Null }:
                return true;
            case JsonScalar { Kind: ScalarKind.String } text when primitive == PrimitiveKind.String:
                return StringSamples.Fits(text.Text, limits);
            case JsonScalar scalar when PrimitiveSamples.All.TryGetValue(primitive, out var sample) && sample.IsOrdered:
                var ordinal = sample.Ordinal!(scalar.Text);
                return ordinal is { } value && (limits.Low is null || value >= limits.Low) && (limits.High is null || value <= limits.High);
            case JsonArray array:
                return array.Items.Count >= limits.MinItems && array.Items.Count <= limits.MaxItems
                    && (!limits.Unique || array.Items.Select(i => i.JsonText()).Distinct(StringComparer.Ordinal).Count() == array.Items.Count);
            case JsonObject map:
                return map.Properties.Count >= limits.MinItems && map.Properties.Count <= limits.MaxItems;
            default:
                return true;
        }
    }
}
