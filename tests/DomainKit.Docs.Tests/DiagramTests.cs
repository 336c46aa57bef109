using System.Text.Json;
using DomainKit.Schema.Model;

namespace DomainKit.Docs.Tests;

/// <summary>
/// Each diagram, as chromium lays it out: one box per type (and variant) it shows and one arrow per reference, as the
/// schemas say — counted here from the compiler's model, not from the diagram code — with no two boxes overlapping,
/// every name inside its box, and every arrow from its field's box to its target's.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class DiagramTests(SiteFixture site)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static TheoryData<string> Diagrams()
    {
        var pages = new TheoryData<string> { "index.html" };
        foreach (var ns in SiteFixture.Types.Select(t => t.Namespace).Distinct()) pages.Add($"namespaces/{ns}.html");
        foreach (var file in SiteFixture.Types.Select(t => Path.GetFileName(t.SourceFile)).Distinct()) pages.Add($"files/{file}.html");
        foreach (var type in SiteFixture.Types.Where(t => t.Kind is TypeKind.Record or TypeKind.Union)) pages.Add($"types/{type.Namespace}.{type.Name}.html");
        return pages;
    }

    [Theory]
    [MemberData(nameof(Diagrams))]
    public async Task A_diagram_shows_one_box_per_type_and_one_arrow_per_reference_laid_out_cleanly(string path)
    {
        var (page, errors) = await site.OpenAsync(path);
        var drawn = JsonSerializer.Deserialize<List<Drawing>>(await page.EvaluateAsync<string>(Measure), Json)!;
        var (nodes, edges) = Expected(Selection(path));

        var drawing = Assert.Single(drawn);
        Assert.Equal(nodes.Order(StringComparer.Ordinal), drawing.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(edges.Select(e => $"{e.From} -{e.Field}-> {e.To}").Order(StringComparer.Ordinal), drawing.Edges.Select(e => $"{e.From} -{e.Field}-> {e.To}").Order(StringComparer.Ordinal));
        foreach (var (a, b) in drawing.Nodes.SelectMany((a, i) => drawing.Nodes.Skip(i + 1).Select(b => (a, b))))
            Assert.False(a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H, $"{a.Id} overlaps {b.Id}");
        Assert.All(drawing.Nodes, n => Assert.True(n.TextWidth <= n.W, $"{n.Id}'s name is {n.TextWidth} wide in a box of {n.W}"));
        var boxes = drawing.Nodes.ToDictionary(n => n.Id);
        Assert.All(drawing.Edges, e =>
        {
            Assert.True(OnBorder(boxes[e.From], e.Ax, e.Ay), $"{e.From}.{e.Field} starts at ({e.Ax}, {e.Ay}), off its box");
            Assert.True(OnBorder(boxes[e.To], e.Bx, e.By), $"{e.From}.{e.Field} ends at ({e.Bx}, {e.By}), off {e.To}'s box");
        });
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    /// <summary>The types a page's diagram is of (those the edges reach are added to them).</summary>
    private static Func<TypeSpec, bool> Selection(string path) => path switch
    {
        "index.html" => _ => true,
        _ when path.StartsWith("namespaces/", StringComparison.Ordinal) => t => $"namespaces/{t.Namespace}.html" == path,
        _ when path.StartsWith("files/", StringComparison.Ordinal) => t => $"files/{Path.GetFileName(t.SourceFile)}.html" == path,
        _ => t => $"types/{t.Namespace}.{t.Name}.html" == path,
    };

    /// <summary>
    /// What the schemas say a diagram of <paramref name="selected"/> holds: each type and its variants; an arrow per field
    /// whose (innermost item) type is a record, a union or a <c>ref&lt;T&gt;</c>, and from each variant to its union; and
    /// the types those arrows reach.
    /// </summary>
    private static (HashSet<string> Nodes, List<(string From, string To, string Field)> Edges) Expected(Func<TypeSpec, bool> selected)
    {
        var byName = SiteFixture.Types.ToDictionary(t => t.FullName);
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<(string From, string To, string Field)>();
        void Fields(string from, IEnumerable<PropertySpec> fields)
        {
            foreach (var field in fields)
            {
                var item = field.Type;
                while (item.Element is not null) item = item.Element;
                if (item.Reference is not null) edges.Add((from, item.Reference, field.WireName));
                else if (byName.TryGetValue(item.CSharpType, out var held) && held.Kind is TypeKind.Record or TypeKind.Union) edges.Add((from, held.FullName, field.WireName));
            }
        }
        foreach (var type in SiteFixture.Types.Where(selected))
        {
            nodes.Add(type.FullName);
            Fields(type.FullName, type.Properties);
            foreach (var variant in type.Variants)
            {
                var id = type.FullName + "." + variant.Name;
                nodes.Add(id);
                edges.Add((id, type.FullName, variant.Tag));
                Fields(id, variant.Properties);
            }
        }
        nodes.UnionWith(edges.Select(e => e.To));
        return (nodes, edges);
    }

    private static bool OnBorder(Box box, double x, double y) =>
        x >= box.X - 1 && x <= box.X + box.W + 1 && y >= box.Y - 1 && y <= box.Y + box.H + 1
        && (Math.Abs(y - box.Y) <= 1 || Math.Abs(y - (box.Y + box.H)) <= 1 || Math.Abs(x - box.X) <= 1 || Math.Abs(x - (box.X + box.W)) <= 1);

    private const string Measure = """
        () => JSON.stringify([...document.querySelectorAll('svg.diagram')].map(svg => ({
          nodes: [...svg.querySelectorAll('g.node')].map(g => {
            const r = g.querySelector('rect').getBBox();
            return { id: g.dataset.id, x: r.x, y: r.y, w: r.width, h: r.height, textWidth: g.querySelector('text.name').getBBox().width };
          }),
          edges: [...svg.querySelectorAll('g.edge')].map(g => {
            const p = g.querySelector('path'), a = p.getPointAtLength(0), b = p.getPointAtLength(p.getTotalLength());
            return { from: g.dataset.from, to: g.dataset.to, field: g.dataset.field, ax: a.x, ay: a.y, bx: b.x, by: b.y };
          }),
        })))
        """;

    private sealed record Drawing(List<Box> Nodes, List<Arrow> Edges);

    private sealed record Box(string Id, double X, double Y, double W, double H, double TextWidth);

    private sealed record Arrow(string From, string To, string Field, double Ax, double Ay, double Bx, double By);
}
