using System.Globalization;
using System.Text;

namespace DomainKit.Docs;

/// <summary>
/// A laid-out diagram as SVG: one <c>g.node</c> per box (<c>data-id</c>, <c>data-kind</c>; a link to its page when
/// <paramref name="link"/> gives one) and one <c>g.edge</c> per arrow (<c>data-from</c>, <c>data-to</c>,
/// <c>data-field</c>, <c>data-cardinality</c>). Styled inline, so the file reads the same alone or inside a page.
/// </summary>
internal static class SvgDiagram
{
    private const string Style = """
        .node rect { fill: #f6f8fa; stroke: #57606a; stroke-width: 1.2; }
        .node.union rect { fill: #fff8c5; } .node.variant rect { fill: #fffbe6; }
        .node.value rect { fill: #eef6ee; } .node.enum rect { fill: #eaf2fb; }
        .node.outside rect { fill: #ffffff; stroke-dasharray: 4 3; }
        .node text { font: 13px ui-sans-serif, system-ui, sans-serif; fill: #1f2328; text-anchor: middle; }
        .node text.kind { font-size: 11px; fill: #57606a; }
        .edge path { fill: none; stroke: #57606a; stroke-width: 1.2; }
        .edge.references path { stroke-dasharray: 5 4; }
        .edge text { font: 11px ui-sans-serif, system-ui, sans-serif; fill: #0969da; paint-order: stroke; stroke: #ffffff; stroke-width: 4px; }
        """;

    public static string Write(Layout layout, string title, Func<DiagramNode, string?> link)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"img\" width=\"{N(layout.Width)}\" height=\"{N(layout.Height)}\" style=\"max-width: 100%; height: auto\" viewBox=\"0 0 {N(layout.Width)} {N(layout.Height)}\">\n");
        svg.Append("<title>").Append(Html.Text(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n");
        svg.Append("""
            <defs>
            <marker id="holds" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker>
            <marker id="variant" viewBox="0 0 12 12" refX="12" refY="6" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0,0 L12,6 L0,12 z" fill="#ffffff" stroke="#57606a"/></marker>
            </defs>
            <rect class="background" width="100%" height="100%" fill="#ffffff"/>

            """);
        foreach (var edge in layout.Edges) WriteEdge(svg, edge);
        foreach (var node in layout.Nodes) WriteNode(svg, node, link(node.Node));
        return svg.Append("</svg>\n").ToString();
    }

    private static void WriteNode(StringBuilder svg, PlacedNode placed, string? href)
    {
        var node = placed.Node;
        svg.Append("<g class=\"node ").Append(node.KindText).Append(placed.Outside ? " outside" : "")
            .Append("\" data-id=\"").Append(Html.Attribute(node.Id)).Append("\" data-kind=\"").Append(node.KindText).Append("\">");
        if (href is not null) svg.Append("<a href=\"").Append(Html.Attribute(href)).Append("\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(placed.X)}\" y=\"{N(placed.Y)}\" width=\"{N(placed.Width)}\" height=\"{N(placed.Height)}\" rx=\"5\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"kind\" x=\"{N(placed.CenterX)}\" y=\"{N(placed.Y + 16)}\">«{node.KindText}»</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"name\" x=\"{N(placed.CenterX)}\" y=\"{N(placed.Y + 35)}\">{Html.Text(node.Label)}</text>");
        if (href is not null) svg.Append("</a>");
        svg.Append("</g>\n");
    }

    private static void WriteEdge(StringBuilder svg, PlacedEdge placed)
    {
        var edge = placed.Edge;
        var kind = edge.Kind switch
        {
            EdgeKind.VariantOf => "variant-of",
            EdgeKind.References => "references",
            _ => "holds",
        };
        svg.Append("<g class=\"edge ").Append(kind).Append("\" data-from=\"").Append(Html.Attribute(edge.From)).Append("\" data-to=\"").Append(Html.Attribute(edge.To))
            .Append("\" data-field=\"").Append(Html.Attribute(edge.Field)).Append("\" data-cardinality=\"").Append(edge.Cardinality.ToString().ToLowerInvariant()).Append("\">");
        svg.Append("<path d=\"").Append(PathOf(placed.Points)).Append("\" marker-end=\"url(#").Append(edge.Kind == EdgeKind.VariantOf ? "variant" : "holds").Append(")\"/>");
        if (placed.LabelAt is { } at) svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(at.X)}\" y=\"{N(at.Y)}\">{Html.Text(placed.LabelText)}</text>");
        svg.Append("</g>\n");
    }

    // Through each point, vertical at both ends of every stretch between layers.
    private static string PathOf(IReadOnlyList<(double X, double Y)> points)
    {
        var path = new StringBuilder();
        path.Append(CultureInfo.InvariantCulture, $"M{N(points[0].X)},{N(points[0].Y)}");
        for (var k = 1; k < points.Count; k++)
        {
            var (from, to) = (points[k - 1], points[k]);
            if (from.X == to.X || from.Y == to.Y)
            {
                path.Append(CultureInfo.InvariantCulture, $" L{N(to.X)},{N(to.Y)}");
                continue;
            }
            var middle = (from.Y + to.Y) / 2;
            path.Append(CultureInfo.InvariantCulture, $" C{N(from.X)},{N(middle)} {N(to.X)},{N(middle)} {N(to.X)},{N(to.Y)}");
        }
        return path.ToString();
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
