using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>A field that names a type: where the type is used.</summary>
internal sealed record Usage(TypeSpec Type, VariantSpec? Variant, PropertySpec Field, bool IsReference);

/// <summary>Reverse references: for each type, the fields of every type (and variant) whose type names it.</summary>
internal static class Usages
{
    public static ILookup<string, Usage> Of(IEnumerable<TypeSpec> types) =>
        types.SelectMany(type => type.Properties.Select(p => (Type: type, Variant: (VariantSpec?)null, Field: p))
                .Concat(type.Variants.SelectMany(v => v.Properties.Select(p => (Type: type, Variant: (VariantSpec?)v, Field: p)))))
            .Select(u => (Use: u, Target: DomainGraph.Target(u.Field.Type)))
            .Where(u => u.Target is not null)
            .ToLookup(u => u.Target!.Value.Target, u => new Usage(u.Use.Type, u.Use.Variant, u.Use.Field, u.Target!.Value.IsReference), StringComparer.Ordinal);
}
