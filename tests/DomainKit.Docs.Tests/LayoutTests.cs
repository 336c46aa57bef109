using CsCheck;
using DomainKit.Schema.Model;

namespace DomainKit.Docs.Tests;

/// <summary>
/// The layered layout on random graphs (cycles, self-references, parallel and long edges, loose types, long names):
/// no two boxes overlap and every arrow runs from its tail's box to its head's. CsCheck prints the seed of a failing graph.
/// (That the same schemas give the same site, whatever the order of their files, is <see cref="SiteBuildTests"/>'s.)
/// </summary>
public sealed class LayoutTests
{
    private static readonly Gen<(List<DiagramNode> Nodes, List<DiagramEdge> Edges)> Graphs =
        from count in Gen.Int[1, 45]
        from names in Gen.String[Gen.Char['a', 'z'], 1, 40].Array[count]
        from kinds in Gen.Int[0, 3].Array[count]
        from links in Gen.Select(Gen.Int[0, count - 1], Gen.Int[0, count - 1], Gen.Int[0, 4], Gen.Int[0, 2]).Array[0, count * 2]
        select Build(names, kinds, links);

    [Fact]
    public void Boxes_never_overlap_and_arrows_run_from_box_to_box()
    {
        Graphs.Sample(graph =>
        {
            var layout = DiagramLayout.Of(graph.Nodes, graph.Edges, new HashSet<string>());
            var boxes = layout.Nodes.ToDictionary(n => n.Node.Id);
            Assert.Equal(graph.Nodes.Count, layout.Nodes.Count);
            Assert.Equal(graph.Edges.Count, layout.Edges.Count);
            for (var i = 0; i < layout.Nodes.Count; i++)
            {
                for (var j = i + 1; j < layout.Nodes.Count; j++)
                {
                    var (a, b) = (layout.Nodes[i], layout.Nodes[j]);
                    Assert.False(a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height, $"{a.Node.Id} overlaps {b.Node.Id}");
                }
            }
            foreach (var edge in layout.Edges)
            {
                Assert.True(OnBorder(boxes[edge.Edge.From], edge.Points[0]), $"{edge.Edge.From} -> {edge.Edge.To} starts off its box");
                Assert.True(OnBorder(boxes[edge.Edge.To], edge.Points[^1]), $"{edge.Edge.From} -> {edge.Edge.To} ends off its box");
            }
            Assert.All(layout.Nodes, n => Assert.True(n.X >= 0 && n.Y >= 0 && n.X + n.Width <= layout.Width && n.Y + n.Height <= layout.Height));
        }, iter: 300);
    }

    private static (List<DiagramNode>, List<DiagramEdge>) Build(string[] names, int[] kinds, (int From, int To, int Cardinality, int Kind)[] links)
    {
        var nodes = names.Select((name, i) => new DiagramNode($"n{i}", name, "", (TypeKind)kinds[i], "f.yaml", Union: null)).ToList();
        var edges = links.Select((l, k) => new DiagramEdge($"n{l.From}", $"n{l.To}", $"field{k}", (Cardinality)l.Cardinality, (EdgeKind)l.Kind)).ToList();
        return (nodes, edges);
    }

    private static bool OnBorder(PlacedNode box, (double X, double Y) point) =>
        point.X >= box.X - 0.01 && point.X <= box.X + box.Width + 0.01 && point.Y >= box.Y - 0.01 && point.Y <= box.Y + box.Height + 0.01
        && (Near(point.Y, box.Y) || Near(point.Y, box.Y + box.Height) || Near(point.X, box.X) || Near(point.X, box.X + box.Width));

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.01;
}
