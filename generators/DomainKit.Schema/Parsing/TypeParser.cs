using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace DomainKit.Schema.Parsing;

/// <summary>Reads one entry under <c>types:</c> — a record, an enum or a value type.</summary>
internal static class TypeParser
{
    public static TypeDeclaration? Read(NodeReader reader, Scalar name, YamlNode node)
    {
        var what = $"type '{name.Text}'";
        var mapping = reader.Mapping(node, $"Type '{name.Text}'");
        if (mapping is null) return null;
        var kind = ReadKind(reader, name, mapping);
        if (kind is null) return null;

        var allowed = kind switch
        {
            TypeKind.Record => SchemaKeys.Record,
            TypeKind.Enum => SchemaKeys.Enum,
            TypeKind.Union => SchemaKeys.Union,
            _ => SchemaKeys.Value,
        };
        UnionDeclaration? union = null;
        Scalar? keyField = null;
        var reservedNames = EquatableArray<Scalar>.Empty;
        var renamedFrom = EquatableArray<Scalar>.Empty;
        string? doc = null;
        Deprecation? deprecated = null;
        var fields = new List<FieldDeclaration>();
        var members = new List<EnumMemberDeclaration>();
        FieldDeclaration? wrapped = null;
        var constraints = new List<ConstraintDeclaration>();
        var rules = EquatableArray<RuleDeclaration>.Empty;

        foreach (var (key, value) in reader.Entries(mapping, what, allowed))
        {
            switch (key.Text)
            {
                case "doc": doc = reader.OptionalText(value, $"'doc' of {what}"); break;
                case "deprecated": deprecated = FieldParser.ReadDeprecated(reader, value); break;
                case "fields": ReadFields(reader, what, value, fields); break;
                case "reserved": reservedNames = FieldParser.Names(reader, value, $"'reserved' of {what}"); break;
                case "renamedFrom": renamedFrom = FieldParser.Names(reader, value, $"'renamedFrom' of {what}"); break;
                case "key": keyField = reader.Scalar(value, $"'key' of {what}"); break;
                case "union": union = UnionParser.Read(reader, name, key, value, fields); break;
                case "enum": ReadMembers(reader, what, value, members); break;
                case "rules": rules = RuleParser.Read(reader, what, value); break;
                case "value":
                    if (reader.Scalar(value, $"'value' of {what}") is { } type)
                        wrapped = FieldParser.TypeOnly(name, type);
                    break;
                default:
                    if (FieldParser.ReadConstraint(reader, key, value, what) is { } constraint) constraints.Add(constraint);
                    break;
            }
        }
        if (wrapped is not null) wrapped = wrapped with { Constraints = constraints.ToEquatableArray() };
        if (kind == TypeKind.Value && wrapped is null) return null;
        if (kind == TypeKind.Union && union is null) return null;
        return new TypeDeclaration
        {
            Name = name,
            Kind = kind.Value,
            Doc = doc,
            Deprecated = deprecated,
            Fields = fields.ToEquatableArray(),
            Members = members.ToEquatableArray(),
            Wrapped = wrapped,
            Rules = rules,
            Union = union,
            Key = keyField,
            Reserved = reservedNames,
            RenamedFrom = renamedFrom,
        };
    }

    private static TypeKind? ReadKind(NodeReader reader, Scalar name, YamlMappingNode mapping)
    {
        var present = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").Where(k => SchemaKeys.Kinds.Contains(k)).ToList();
        if (present.Count == 1)
        {
            return present[0] switch
            {
                "fields" => TypeKind.Record,
                "enum" => TypeKind.Enum,
                "union" => TypeKind.Union,
                _ => TypeKind.Value,
            };
        }
        if (present.Count == 0 && HasUnknownKeys(mapping))
        {
            // Most likely a misspelt kind ('feilds'): report it where it is, with a suggestion, rather than "has none" at the name.
            reader.Entries(mapping, $"type '{name.Text}'", SchemaKeys.AnyType);
            return null;
        }
        var found = present.Count == 0 ? ", and has none" : $", but has {string.Join(" and ", present.Select(p => $"'{p}'"))}";
        reader.Diagnostics.Report(DiagnosticCatalog.AmbiguousTypeKind, name.Span, name.Text, found);
        return null;
    }

    private static bool HasUnknownKeys(YamlMappingNode mapping) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => !SchemaKeys.AnyType.Contains(k.Value ?? ""));

    internal static void ReadFields(NodeReader reader, string what, YamlNode node, List<FieldDeclaration> fields)
    {
        if (node is YamlScalarNode { Value: null or "" }) return;
        var mapping = reader.Mapping(node, $"'fields' of {what}");
        if (mapping is null) return;
        foreach (var (name, value) in reader.Entries(mapping, $"'fields' of {what}"))
        {
            if (FieldParser.Read(reader, name, value) is { } field) fields.Add(field);
        }
    }

    /// <summary>A member written as a mapping: <c>{ doc: …, renamedFrom: […], deprecated: … }</c>.</summary>
    private static EnumMemberDeclaration ReadMember(NodeReader reader, Scalar name, YamlMappingNode mapping)
    {
        var what = $"member '{name.Text}'";
        var member = new EnumMemberDeclaration(name, null);
        foreach (var (key, value) in reader.Entries(mapping, what, SchemaKeys.EnumMember))
        {
            switch (key.Text)
            {
                case "doc": member = member with { Doc = reader.OptionalText(value, $"'doc' of {what}") }; break;
                case "renamedFrom": member = member with { RenamedFrom = FieldParser.Names(reader, value, $"'renamedFrom' of {what}") }; break;
                case "deprecated": member = member with { Deprecated = FieldParser.ReadDeprecated(reader, value) }; break;
            }
        }
        return member;
    }

    private static void ReadMembers(NodeReader reader, string what, YamlNode node, List<EnumMemberDeclaration> members)
    {
        if (!reader.IsUsable(node)) return;
        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (reader.Scalar(item, $"A member of {what}") is { } member) members.Add(new EnumMemberDeclaration(member, null));
                }
                break;
            case YamlMappingNode mapping:
                foreach (var (member, value) in reader.Entries(mapping, $"'enum' of {what}"))
                {
                    if (value is YamlMappingNode details) members.Add(ReadMember(reader, member, details));
                    else members.Add(new EnumMemberDeclaration(member, reader.OptionalText(value, $"The doc of member '{member.Text}'")));
                }
                break;
            default:
                reader.ReportShape(node, $"'enum' of {what}", "a sequence or a mapping");
                break;
        }
    }
}
