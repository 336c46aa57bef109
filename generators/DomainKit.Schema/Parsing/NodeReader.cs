using System.Collections.Generic;
using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using MappingStyle = YamlDotNet.Core.Events.MappingStyle;

namespace DomainKit.Schema.Parsing;

/// <summary>Shape checks over YAML nodes, each reporting a located diagnostic when the shape is wrong.</summary>
internal sealed class NodeReader
{
    private readonly SourceMap _map;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<YamlNode> _reportedAnchors = new(ReferenceEqualityComparer.Instance);

    public NodeReader(SourceMap map, DiagnosticBag diagnostics)
    {
        _map = map;
        _diagnostics = diagnostics;
    }

    public DiagnosticBag Diagnostics => _diagnostics;

    public SourceMap Map => _map;

    public SourceSpan SpanOf(YamlNode node) => _map.Span(node.Start, node.End);

    /// <summary>False (and DK0017 reported) for an anchored node: aliases are never followed.</summary>
    public bool IsUsable(YamlNode node)
    {
        if (node.Anchor.IsEmpty) return true;
        if (_reportedAnchors.Add(node)) _diagnostics.Report(DiagnosticCatalog.AnchorsNotSupported, SpanOf(node));
        return false;
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (!IsUsable(node)) return null;
        if (node is YamlMappingNode mapping) return mapping;
        ReportShape(node, what, "a mapping");
        return null;
    }

    public Scalar? Scalar(YamlNode node, string what)
    {
        if (!IsUsable(node)) return null;
        if (node is YamlScalarNode scalar) return ToScalar(scalar);
        ReportShape(node, what, "a scalar");
        return null;
    }

    public string? OptionalText(YamlNode node, string what)
    {
        var scalar = Scalar(node, what);
        return scalar is null || IsNull(scalar) ? null : scalar.Text;
    }

    public Scalar ToScalar(YamlScalarNode node) =>
        new(node.Value ?? string.Empty, SpanOf(node), node.Style == ScalarStyle.Plain || node.Style == ScalarStyle.Any);

    public static bool IsNull(Scalar scalar) =>
        scalar.IsPlain && (scalar.Text.Length == 0 || scalar.Text == "~" || scalar.Text == "null" || scalar.Text == "Null" || scalar.Text == "NULL");

    public void ReportShape(YamlNode node, string what, string expected) =>
        _diagnostics.Report(DiagnosticCatalog.UnexpectedShape, SpanOf(node), what, expected, ShapeName(node));

    /// <summary>
    /// The entries of a mapping whose keys are scalars; reports non-scalar keys, and keys outside
    /// <paramref name="allowed"/> (when given) as unknown.
    /// </summary>
    public List<(Scalar Key, YamlNode Value)> Entries(YamlMappingNode mapping, string what, ImmutableArray<string>? allowed = null)
    {
        var entries = new List<(Scalar, YamlNode)>();
        foreach (var pair in mapping.Children)
        {
            if (pair.Key is not YamlScalarNode keyNode)
            {
                ReportShape(pair.Key, "a key in " + what, "a scalar");
                continue;
            }
            if (!IsUsable(keyNode)) continue;
            var key = ToScalar(keyNode);
            if (allowed is { } keys && !keys.Contains(key.Text))
            {
                var commaInFlowValue = mapping.Style == MappingStyle.Flow && pair.Value is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain };
                var hint = commaInFlowValue
                    ? ". A comma inside an unquoted value of a { … } mapping starts a new key: quote the value"
                    : KeySuggester.Hint(key.Text, keys);
                _diagnostics.Report(DiagnosticCatalog.UnknownKey, key.Span, key.Text, what, string.Join(", ", keys), hint);
                continue;
            }
            entries.Add((key, pair.Value));
        }
        return entries;
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<YamlNode>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    private static string ShapeName(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a sequence",
        YamlScalarNode scalar when string.IsNullOrEmpty(scalar.Value) && scalar.Style == ScalarStyle.Plain => "empty",
        YamlScalarNode => "a scalar",
        _ => "an alias",
    };
}
