using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace DomainKit.Schema.Parsing;

/// <summary>Reads one field: <c>name: Type</c> or <c>name: { type: …, doc: …, constraints… }</c>.</summary>
internal static class FieldParser
{
    public static FieldDeclaration? Read(NodeReader reader, Scalar name, YamlNode node)
    {
        if (!reader.IsUsable(node)) return null;
        if (node is YamlScalarNode shorthand)
        {
            var type = reader.ToScalar(shorthand);
            if (NodeReader.IsNull(type))
            {
                reader.Diagnostics.Report(DiagnosticCatalog.MissingKey, name.Span, $"Field '{name.Text}'", "type");
                return null;
            }
            return TypeOnly(name, type);
        }
        if (node is not YamlMappingNode mapping)
        {
            reader.ReportShape(node, $"Field '{name.Text}'", "a type name or a mapping");
            return null;
        }

        var what = $"field '{name.Text}'";
        Scalar? typeName = null;
        string? doc = null;
        DefaultDeclaration? defaultValue = null;
        Deprecation? deprecated = null;
        Scalar? json = null;
        var renamedFrom = EquatableArray<Scalar>.Empty;
        var constraints = new List<ConstraintDeclaration>();
        foreach (var (key, value) in reader.Entries(mapping, what, SchemaKeys.Field))
        {
            switch (key.Text)
            {
                case "type": typeName = reader.Scalar(value, $"'type' of {what}"); break;
                case "doc": doc = reader.OptionalText(value, $"'doc' of {what}"); break;
                case "default": defaultValue = ReadDefault(reader, value); break;
                case "deprecated": deprecated = ReadDeprecated(reader, value); break;
                case "json": json = reader.Scalar(value, $"'json' of {what}"); break;
                case "renamedFrom": renamedFrom = Names(reader, value, $"'renamedFrom' of {what}"); break;
                default:
                    if (ReadConstraint(reader, key, value, what) is { } constraint) constraints.Add(constraint);
                    break;
            }
        }
        if (typeName is null || NodeReader.IsNull(typeName))
        {
            reader.Diagnostics.Report(DiagnosticCatalog.MissingKey, name.Span, $"Field '{name.Text}'", "type");
            return null;
        }
        return TypeOnly(name, typeName) with
        {
            Doc = doc,
            Default = defaultValue,
            Deprecated = deprecated,
            WireNameOverride = json,
            RenamedFrom = renamedFrom,
            Constraints = constraints.ToEquatableArray(),
        };
    }

    /// <summary>A name or a sequence of names: <c>renamedFrom</c>, <c>reserved</c>.</summary>
    public static EquatableArray<Scalar> Names(NodeReader reader, YamlNode node, string what)
    {
        var names = new List<Scalar>();
        if (!reader.IsUsable(node)) return names.ToEquatableArray();
        switch (node)
        {
            case YamlScalarNode single when !NodeReader.IsNull(reader.ToScalar(single)):
                names.Add(reader.ToScalar(single));
                break;
            case YamlScalarNode:
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (reader.Scalar(item, "A name in " + what) is { } name) names.Add(name);
                }
                break;
            default:
                reader.ReportShape(node, what, "a name or a sequence of names");
                break;
        }
        return names.ToEquatableArray();
    }

    /// <summary>A field written as just its type, or the type a value type wraps.</summary>
    public static FieldDeclaration TypeOnly(Scalar name, Scalar type) =>
        new() { Name = name, Type = TypeExpressionParser.Parse(type) };

    /// <summary>A key that <see cref="SchemaKeys"/> let through as a constraint, with its scalar value.</summary>
    public static ConstraintDeclaration? ReadConstraint(NodeReader reader, Scalar key, YamlNode value, string what) =>
        ConstraintCatalog.TryGet(key.Text, out var rule) && reader.Scalar(value, $"'{key.Text}' of {what}") is { } scalar
            ? new ConstraintDeclaration { Kind = rule.Kind, Key = key, Value = scalar }
            : null;

    public static Deprecation? ReadDeprecated(NodeReader reader, YamlNode node)
    {
        var scalar = reader.Scalar(node, "'deprecated'");
        if (scalar is null || NodeReader.IsNull(scalar)) return null;
        if (scalar.IsPlain && scalar.Text is "true" or "True" or "TRUE") return new Deprecation(null);
        if (scalar.IsPlain && scalar.Text is "false" or "False" or "FALSE") return null;
        return new Deprecation(scalar.Text);
    }

    private static DefaultDeclaration? ReadDefault(NodeReader reader, YamlNode node)
    {
        if (!reader.IsUsable(node)) return null;
        var span = reader.SpanOf(node);
        return node switch
        {
            YamlScalarNode scalar => new DefaultDeclaration(DefaultKind.Scalar, reader.ToScalar(scalar)),
            YamlSequenceNode { Children.Count: 0 } => new DefaultDeclaration(DefaultKind.EmptySequence, new Scalar("[]", span, true)),
            YamlMappingNode { Children.Count: 0 } => new DefaultDeclaration(DefaultKind.EmptyMapping, new Scalar("{}", span, true)),
            YamlSequenceNode => new DefaultDeclaration(DefaultKind.Other, new Scalar("[…]", span, true)),
            _ => new DefaultDeclaration(DefaultKind.Other, new Scalar("{…}", span, true)),
        };
    }
}
