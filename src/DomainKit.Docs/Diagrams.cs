using System.Text;

namespace DomainKit.Docs;

/// <summary>The diagram of part of the domain, as a figure of a page: laid out, drawn, and each box linked to its page.</summary>
internal static class Diagrams
{
    /// <summary>More boxes than this make a diagram nobody reads: such a part is drawn per file instead.</summary>
    public const int MaxNodes = 80;

    public static string Figure(DomainGraph graph, Func<DiagramNode, bool> selected, string title, string root)
    {
        var (nodes, edges, outside) = graph.Slice(selected);
        if (nodes.Count == 0) return "";
        if (nodes.Count > MaxNodes)
            return $"<p class=\"muted\">{nodes.Count} types are too many for one diagram; each file's page draws its own.</p>\n";
        var figure = new StringBuilder("<div class=\"figure\">\n");
        figure.Append(SvgDiagram.Write(DiagramLayout.Of(nodes, edges, outside), title, node => root + SitePaths.Node(node)));
        return figure.Append("</div>\n<p class=\"muted\">Solid arrows: a field holds the type; dashed: a <code>ref&lt;T&gt;</code> holds its key; hollow heads: a union's variants. Dashed boxes are types declared elsewhere.</p>\n").ToString();
    }

    /// <summary>The whole domain as an SVG file of its own (<c>domainkit export svg</c>): a picture for a README, without links.</summary>
    public static string Picture(DomainGraph graph, string title)
    {
        var (nodes, edges, outside) = graph.Slice(_ => true);
        return SvgDiagram.Write(DiagramLayout.Of(nodes, edges, outside), title, _ => null);
    }
}
