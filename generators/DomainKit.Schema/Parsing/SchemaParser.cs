using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace DomainKit.Schema.Parsing;

/// <summary>Reads one schema file into declarations. Knows YAML, not Roslyn; never throws on bad input.</summary>
internal static class SchemaParser
{
    public const int MaxFileLength = 4 * 1024 * 1024;

    public static ParsedSchema Parse(string filePath, string text)
    {
        var diagnostics = new DiagnosticBag();
        var map = new SourceMap(filePath, text);
        Scalar? ns = null;
        var unknownFieldsError = false;
        var types = new List<TypeDeclaration>();
        try
        {
            Contained.InjectFault?.Invoke("parse");
            if (text.Length > MaxFileLength)
            {
                diagnostics.Report(DiagnosticCatalog.FileTooLarge, map.WholeFile,
                    text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    MaxFileLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (YamlLoader.Load(text, map, diagnostics) is { } root)
            {
                ReadFile(new NodeReader(map, diagnostics), root, ref ns, ref unknownFieldsError, types);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Report(DiagnosticCatalog.InternalError, map.WholeFile, e.GetType().Name + ": " + e.Message);
        }
        return new ParsedSchema
        {
            FilePath = filePath,
            Namespace = ns,
            UnknownFieldsError = unknownFieldsError,
            Types = types.ToEquatableArray(),
            Diagnostics = diagnostics.ToEquatableArray(),
        };
    }

    private static void ReadFile(NodeReader reader, YamlNode root, ref Scalar? ns, ref bool unknownFieldsError, List<TypeDeclaration> types)
    {
        if (root is YamlScalarNode { Value: null or "" }) return;
        var mapping = reader.Mapping(root, "A schema file");
        if (mapping is null) return;
        var sawTypes = false;
        foreach (var (key, value) in reader.Entries(mapping, "a schema file", SchemaKeys.File))
        {
            switch (key.Text)
            {
                case "namespace":
                    ns = reader.Scalar(value, "'namespace'");
                    break;
                case "unknownFields":
                    unknownFieldsError = ReadUnknownFields(reader, value);
                    break;
                case "types":
                    sawTypes = true;
                    ReadTypes(reader, value, types);
                    break;
            }
        }
        if (!sawTypes) reader.Diagnostics.Report(DiagnosticCatalog.MissingKey, reader.SpanOf(root), "A schema file", "types");
    }

    private static bool ReadUnknownFields(NodeReader reader, YamlNode value)
    {
        var scalar = reader.Scalar(value, "'unknownFields'");
        if (scalar is null) return false;
        if (scalar.Text is "error") return true;
        if (scalar.Text is "ignore") return false;
        reader.Diagnostics.Report(DiagnosticCatalog.InvalidOptionValue, scalar.Span, scalar.Text, "unknownFields", "use 'ignore' or 'error'");
        return false;
    }

    private static void ReadTypes(NodeReader reader, YamlNode node, List<TypeDeclaration> types)
    {
        if (node is YamlScalarNode { Value: null or "" }) return;
        var mapping = reader.Mapping(node, "'types'");
        if (mapping is null) return;
        foreach (var (name, value) in reader.Entries(mapping, "'types'"))
        {
            if (TypeParser.Read(reader, name, value) is { } type) types.Add(type);
        }
    }
}
