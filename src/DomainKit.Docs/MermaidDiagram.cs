using System.Text;
using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>
/// The domain as a Mermaid <c>classDiagram</c>, for Markdown that GitHub renders: a class per type and variant with its
/// fields, <c>--&gt;</c> for a field holding a record or union, <c>..&gt;</c> for a <c>ref&lt;T&gt;</c>, both labelled
/// with the field's name and cardinality; <c>&lt;|--</c> from a union to each variant.
/// </summary>
internal static class MermaidDiagram
{
    public static string Write(DomainGraph graph)
    {
        var ids = ClassIds(graph.Nodes);
        var text = new StringBuilder("classDiagram\n");
        foreach (var type in graph.Types)
        {
            WriteClass(text, ids[type.FullName], type.Name, Stereotype(type.Kind), type.Kind switch
            {
                TypeKind.Enum => type.Members.Select(m => m.WireName),
                TypeKind.Value => [Member(type.Wrapped!)],
                _ => type.Properties.Select(Member),
            });
            foreach (var variant in type.Variants)
            {
                WriteClass(text, ids[DomainGraph.VariantId(type, variant)], type.Name + "." + variant.Name, $"variant {variant.Tag}", variant.Properties.Select(Member));
            }
        }
        foreach (var edge in graph.Edges)
        {
            text.Append("  ").Append(edge.Kind switch
            {
                EdgeKind.VariantOf => $"{ids[edge.To]} <|-- {ids[edge.From]}",
                EdgeKind.References => $"{ids[edge.From]} ..> \"{edge.CardinalityText}\" {ids[edge.To]} : {edge.Label} ref",
                _ => $"{ids[edge.From]} --> \"{edge.CardinalityText}\" {ids[edge.To]} : {edge.Label}",
            }).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Mermaid's class ids: the type's name, or with its namespace where two namespaces share a name; letters, digits and <c>_</c> only.</summary>
    public static IReadOnlyDictionary<string, string> ClassIds(IReadOnlyList<DiagramNode> nodes)
    {
        var shared = nodes.Where(n => n.Union is null).GroupBy(n => n.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return nodes.ToDictionary(
            n => n.Id,
            n => Sanitize((shared.Contains(n.Union ?? n.Name) ? n.Namespace + "_" : "") + (n.Union is null ? n.Name : n.Union + "_" + n.Name)),
            StringComparer.Ordinal);
    }

    private static void WriteClass(StringBuilder text, string id, string label, string stereotype, IEnumerable<string> members)
    {
        text.Append("  class ").Append(id);
        if (label != id) text.Append("[\"").Append(label).Append("\"]");
        text.Append(" {\n    <<").Append(stereotype).Append(">>\n");
        foreach (var member in members) text.Append("    ").Append(member).Append('\n');
        text.Append("  }\n");
    }

    private static string Stereotype(TypeKind kind) => kind switch
    {
        TypeKind.Record => "record",
        TypeKind.Union => "union",
        TypeKind.Value => "value",
        _ => "enumeration",
    };

    // `+name type`, generics in Mermaid's `~T~`: `+consulates list~Consulate~`, `+head Diplomat?`.
    private static string Member(PropertySpec property) => "+" + property.WireName + " " + TypeNames.Schema(property.Type).Replace('<', '~').Replace('>', '~');

    private static string Sanitize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name) text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        return text.ToString();
    }
}
