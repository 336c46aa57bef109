using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace DomainKit.Schema.Parsing;

/// <summary>Reads <c>union:</c> — the discriminator, the shared fields (into the type's fields) and the variants.</summary>
internal static class UnionParser
{
    public static UnionDeclaration? Read(NodeReader reader, Scalar name, Scalar key, YamlNode node, List<FieldDeclaration> sharedFields)
    {
        var what = $"union '{name.Text}'";
        var mapping = reader.Mapping(node, $"'union' of type '{name.Text}'");
        if (mapping is null) return null;
        var union = new UnionDeclaration { Span = key.Span };
        foreach (var (entry, value) in reader.Entries(mapping, what, SchemaKeys.UnionBody))
        {
            switch (entry.Text)
            {
                case "discriminator": union = union with { Discriminator = reader.Scalar(value, $"'discriminator' of {what}") }; break;
                case "fields": TypeParser.ReadFields(reader, what, value, sharedFields); break;
                case "variants": union = union with { Variants = ReadVariants(reader, what, value) }; break;
            }
        }
        return union;
    }

    private static EquatableArray<VariantDeclaration> ReadVariants(NodeReader reader, string what, YamlNode node)
    {
        var variants = new List<VariantDeclaration>();
        if (node is YamlScalarNode { Value: null or "" }) return variants.ToEquatableArray();
        var mapping = reader.Mapping(node, $"'variants' of {what}");
        if (mapping is null) return variants.ToEquatableArray();
        foreach (var (name, value) in reader.Entries(mapping, $"'variants' of {what}"))
        {
            if (ReadVariant(reader, name, value) is { } variant) variants.Add(variant);
        }
        return variants.ToEquatableArray();
    }

    private static VariantDeclaration? ReadVariant(NodeReader reader, Scalar name, YamlNode node)
    {
        var what = $"variant '{name.Text}'";
        var variant = new VariantDeclaration { Name = name };
        if (node is YamlScalarNode { Value: null or "" }) return variant;
        var mapping = reader.Mapping(node, $"Variant '{name.Text}'");
        if (mapping is null) return null;
        var fields = new List<FieldDeclaration>();
        foreach (var (key, value) in reader.Entries(mapping, what, SchemaKeys.Variant))
        {
            switch (key.Text)
            {
                case "fields": TypeParser.ReadFields(reader, what, value, fields); break;
                case "doc": variant = variant with { Doc = reader.OptionalText(value, $"'doc' of {what}") }; break;
                case "deprecated": variant = variant with { Deprecated = FieldParser.ReadDeprecated(reader, value) }; break;
                case "rules": variant = variant with { Rules = RuleParser.Read(reader, what, value) }; break;
                case "tag": variant = variant with { Tag = reader.Scalar(value, $"'tag' of {what}") }; break;
                case "renamedFrom": variant = variant with { RenamedFrom = FieldParser.Names(reader, value, $"'renamedFrom' of {what}") }; break;
                case "reserved": variant = variant with { Reserved = FieldParser.Names(reader, value, $"'reserved' of {what}") }; break;
            }
        }
        return variant with { Fields = fields.ToEquatableArray() };
    }
}
