namespace DomainKit.Docs;

/// <summary>A box placed on the drawing: its top-left corner and size.</summary>
internal sealed record PlacedNode(DiagramNode Node, double X, double Y, double Width, double Height, bool Outside)
{
    public double CenterX => X + (Width / 2);
}

/// <summary>An arrow placed on the drawing: the points it passes through, first at its tail, last at its head.</summary>
internal sealed record PlacedEdge(DiagramEdge Edge, IReadOnlyList<(double X, double Y)> Points)
{
    /// <summary>Where the label's text starts (its baseline's left end); none for a variant's arrow.</summary>
    public (double X, double Y)? LabelAt { get; init; }

    /// <summary>What the arrow says: the field's name and cardinality.</summary>
    public string LabelText => Edge.Kind == EdgeKind.VariantOf ? "" : Edge.Label + " " + Edge.CardinalityText;
}

internal sealed record Layout(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<PlacedEdge> Edges, double Width, double Height);

/// <summary>
/// A layered drawing (after Sugiyama): holders above what they hold, a union above its variants. Cycles are broken for
/// the layering only; each layer is ordered by the barycentre of its neighbours, sweeping down and up; an edge that
/// spans layers passes through points of its own in the layers between. Types with no edge are set out in rows below.
/// Deterministic: the same graph gives the same drawing.
/// </summary>
internal static class DiagramLayout
{
    public const double NodeHeight = 46;
    private const double CharWidth = 7.4;
    private const double Gap = 28;
    private const double LayerGap = 78;
    private const double Margin = 16;
    private const int Sweeps = 8;
    private const double LabelCharWidth = 6.2;
    private const double LabelHeight = 13;

    public static Layout Of(IReadOnlyList<DiagramNode> nodes, IReadOnlyList<DiagramEdge> edges, ISet<string> outside)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++) index[nodes[i].Id] = i;
        var links = edges.Where(e => e.From != e.To && index.ContainsKey(e.From) && index.ContainsKey(e.To))
            .Select(e => e.Kind == EdgeKind.VariantOf ? (Upper: index[e.To], Lower: index[e.From]) : (Upper: index[e.From], Lower: index[e.To]))
            .ToList();
        var connected = new bool[nodes.Count];
        foreach (var (upper, lower) in links) connected[upper] = connected[lower] = true;
        foreach (var edge in edges.Where(e => e.From == e.To && index.ContainsKey(e.From))) connected[index[edge.From]] = true;

        var layerOf = Layers(nodes.Count, connected, Acyclic(nodes.Count, links));
        var widths = nodes.Select(Width).ToArray();

        // Positions: real nodes first, then one point per layer crossed by a long edge.
        var layerCount = connected.Any(c => c) ? layerOf.Where((_, i) => connected[i]).Max() + 1 : 0;
        var layers = Enumerable.Range(0, layerCount).Select(_ => new List<int>()).ToList();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (connected[i]) layers[layerOf[i]].Add(i);
        }
        var pointWidths = new List<double>(widths);
        var chains = new List<List<int>>();
        var up = new List<List<int>>();
        var down = new List<List<int>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            up.Add([]);
            down.Add([]);
        }
        foreach (var (a, b) in links)
        {
            var (top, bottom) = layerOf[a] < layerOf[b] ? (a, b) : (b, a);
            var chain = new List<int> { top };
            for (var layer = layerOf[top] + 1; layer < layerOf[bottom]; layer++)
            {
                var point = pointWidths.Count;
                pointWidths.Add(0);
                up.Add([]);
                down.Add([]);
                layers[layer].Add(point);
                chain.Add(point);
            }
            chain.Add(bottom);
            for (var k = 0; k + 1 < chain.Count; k++)
            {
                down[chain[k]].Add(chain[k + 1]);
                up[chain[k + 1]].Add(chain[k]);
            }
            chains.Add(chain);
        }

        Order(layers, up, down);
        var x = Place(layers, pointWidths, up, down);

        var placed = new Dictionary<int, PlacedNode>();
        var y = Margin;
        var rowY = new double[layerCount];
        for (var layer = 0; layer < layerCount; layer++)
        {
            rowY[layer] = y;
            foreach (var i in layers[layer].Where(i => i < nodes.Count))
                placed[i] = new PlacedNode(nodes[i], x[i], y, widths[i], NodeHeight, outside.Contains(nodes[i].Id));
            y += NodeHeight + LayerGap;
        }
        var drawingWidth = Math.Max(640, x.Select((left, i) => left + pointWidths[i]).DefaultIfEmpty(0).Max() + Margin);
        y = SetOutLoose(nodes, connected, widths, outside, placed, layerCount == 0 ? Margin : y - LayerGap + 36, drawingWidth);

        var placedEdges = new List<PlacedEdge>();
        var chainOf = new Dictionary<(int, int), Queue<List<int>>>();
        foreach (var chain in chains)
        {
            var key = (chain[0], chain[^1]);
            if (!chainOf.TryGetValue(key, out var queue)) chainOf[key] = queue = new Queue<List<int>>();
            queue.Enqueue(chain);
        }
        foreach (var edge in edges)
        {
            if (!index.TryGetValue(edge.From, out var from) || !index.TryGetValue(edge.To, out var to)) continue;
            if (from == to)
            {
                placedEdges.Add(new PlacedEdge(edge, Loop(placed[from])));
                continue;
            }
            var (upper, lower) = edge.Kind == EdgeKind.VariantOf ? (to, from) : (from, to);
            var (top, bottom) = layerOf[upper] < layerOf[lower] ? (upper, lower) : (lower, upper);
            var chain = chainOf[(top, bottom)].Dequeue();
            var points = new List<(double, double)> { (placed[top].CenterX, placed[top].Y + NodeHeight) };
            for (var k = 1; k + 1 < chain.Count; k++) points.Add((x[chain[k]], rowY[layerOf[top] + k] + (NodeHeight / 2)));
            points.Add((placed[bottom].CenterX, placed[bottom].Y));
            if (top != from) points.Reverse();
            placedEdges.Add(new PlacedEdge(edge, points));
        }
        Spread(placedEdges, placed.Values);
        PlaceLabels(placedEdges, placed.Values);
        return new Layout(nodes.Select((_, i) => placed[i]).ToList(), placedEdges, drawingWidth, y + Margin);
    }

    public static double Width(DiagramNode node) => (Math.Max(node.Label.Length, node.KindText.Length + 4) * CharWidth) + 24;

    // Links whose depth-first search closes a cycle, turned round: the layering needs a graph without cycles.
    private static List<(int Upper, int Lower)> Acyclic(int count, List<(int Upper, int Lower)> links)
    {
        var next = Enumerable.Range(0, count).Select(_ => new List<int>()).ToList();
        foreach (var (upper, lower) in links) next[upper].Add(lower);
        var state = new byte[count];
        var back = new HashSet<(int, int)>();
        for (var start = 0; start < count; start++)
        {
            if (state[start] != 0) continue;
            var stack = new Stack<(int Node, int Child)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, child) = stack.Pop();
                if (child == next[node].Count)
                {
                    state[node] = 2;
                    continue;
                }
                stack.Push((node, child + 1));
                var target = next[node][child];
                if (state[target] == 1) back.Add((node, target));
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }
            }
        }
        return links.Select(l => back.Contains(l) ? (l.Lower, l.Upper) : l).ToList();
    }

    // The longest path from a node without holders: every link goes at least one layer down.
    private static int[] Layers(int count, bool[] connected, List<(int Upper, int Lower)> acyclic)
    {
        var layer = new int[count];
        var waiting = new int[count];
        var next = Enumerable.Range(0, count).Select(_ => new List<int>()).ToList();
        foreach (var (upper, lower) in acyclic.Distinct())
        {
            next[upper].Add(lower);
            waiting[lower]++;
        }
        var ready = new Queue<int>(Enumerable.Range(0, count).Where(i => connected[i] && waiting[i] == 0));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            foreach (var lower in next[node])
            {
                layer[lower] = Math.Max(layer[lower], layer[node] + 1);
                if (--waiting[lower] == 0) ready.Enqueue(lower);
            }
        }
        return layer;
    }

    // Barycentre sweeps: each layer sorted by the mean position of its neighbours in the layer just placed.
    private static void Order(List<List<int>> layers, List<List<int>> up, List<List<int>> down)
    {
        var position = new Dictionary<int, double>();
        void Number(List<int> layer)
        {
            for (var k = 0; k < layer.Count; k++) position[layer[k]] = k;
        }
        layers.ForEach(Number);
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var downward = sweep % 2 == 0;
            for (var step = 1; step < layers.Count; step++)
            {
                var layer = layers[downward ? step : layers.Count - 1 - step];
                var neighbours = downward ? up : down;
                var keyed = layer.Select((node, k) => (node, Key: neighbours[node].Count == 0 ? k : neighbours[node].Average(n => position[n]), k)).ToList();
                layer.Clear();
                layer.AddRange(keyed.OrderBy(e => e.Key).ThenBy(e => e.k).Select(e => e.node));
                Number(layer);
            }
        }
    }

    // Left edges: each node pulled toward the centre of its neighbours, then pushed apart to keep the order and a gap.
    private static double[] Place(List<List<int>> layers, List<double> widths, List<List<int>> up, List<List<int>> down)
    {
        var x = new double[widths.Count];
        foreach (var layer in layers)
        {
            var left = Margin;
            foreach (var node in layer)
            {
                x[node] = left;
                left += widths[node] + Gap;
            }
        }
        double Center(int node) => x[node] + (widths[node] / 2);
        for (var pass = 0; pass < Sweeps; pass++)
        {
            var downward = pass % 2 == 0;
            for (var step = 0; step < layers.Count; step++)
            {
                var layer = layers[downward ? step : layers.Count - 1 - step];
                foreach (var node in layer)
                {
                    var neighbours = up[node].Concat(down[node]).ToList();
                    if (neighbours.Count > 0) x[node] = neighbours.Average(Center) - (widths[node] / 2);
                }
                for (var k = 1; k < layer.Count; k++) x[layer[k]] = Math.Max(x[layer[k]], x[layer[k - 1]] + widths[layer[k - 1]] + Gap);
                for (var k = layer.Count - 2; k >= 0; k--) x[layer[k]] = Math.Min(x[layer[k]], x[layer[k + 1]] - widths[layer[k]] - Gap);
            }
        }
        var shift = layers.SelectMany(l => l).Select(node => x[node]).DefaultIfEmpty(Margin).Min() - Margin;
        for (var i = 0; i < x.Length; i++) x[i] -= shift;
        return x;
    }

    // Types no edge reaches, in rows below the layers, in the graph's order.
    private static double SetOutLoose(IReadOnlyList<DiagramNode> nodes, bool[] connected, double[] widths, ISet<string> outside, Dictionary<int, PlacedNode> placed, double top, double width)
    {
        var (left, y, bottom) = (Margin, top, top);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (connected[i]) continue;
            if (left > Margin && left + widths[i] > width - Margin)
            {
                (left, y) = (Margin, y + NodeHeight + Gap);
            }
            placed[i] = new PlacedNode(nodes[i], left, y, widths[i], NodeHeight, outside.Contains(nodes[i].Id));
            left += widths[i] + Gap;
            bottom = y + NodeHeight;
        }
        return bottom;
    }

    private static List<(double X, double Y)> Loop(PlacedNode node) =>
    [
        (node.X + node.Width, node.Y + 12), (node.X + node.Width + 26, node.Y + 12),
        (node.X + node.Width + 26, node.Y + NodeHeight - 12), (node.X + node.Width, node.Y + NodeHeight - 12),
    ];

    // Arrows meeting one side of a box spread along it, in the order of where they come from.
    private static void Spread(List<PlacedEdge> edges, IEnumerable<PlacedNode> nodes)
    {
        foreach (var node in nodes)
        {
            foreach (var atTop in new[] { true, false })
            {
                var y = atTop ? node.Y : node.Y + NodeHeight;
                var ends = new List<(int Edge, bool Head, double Other)>();
                for (var e = 0; e < edges.Count; e++)
                {
                    var points = edges[e].Points;
                    if (points.Count < 2 || edges[e].Edge.From == edges[e].Edge.To) continue;
                    if (points[0].X == node.CenterX && points[0].Y == y) ends.Add((e, false, points[1].X));
                    if (points[^1].X == node.CenterX && points[^1].Y == y) ends.Add((e, true, points[^2].X));
                }
                if (ends.Count < 2) continue;
                var ordered = ends.OrderBy(end => end.Other).ThenBy(end => end.Edge).ToList();
                for (var k = 0; k < ordered.Count; k++)
                {
                    var spreadX = node.X + (node.Width * (k + 1) / (ordered.Count + 1));
                    var points = edges[ordered[k].Edge].Points.ToList();
                    var at = ordered[k].Head ? points.Count - 1 : 0;
                    points[at] = (spreadX, points[at].Y);
                    edges[ordered[k].Edge] = edges[ordered[k].Edge] with { Points = points };
                }
            }
        }
    }

    // Each label on its arrow where it covers no box and no label placed before it: tried along the arrow from its tail.
    private static void PlaceLabels(List<PlacedEdge> edges, IEnumerable<PlacedNode> nodes)
    {
        var taken = nodes.Select(n => (n.X, n.Y, Right: n.X + n.Width, Bottom: n.Y + n.Height)).ToList();
        for (var e = 0; e < edges.Count; e++)
        {
            var edge = edges[e];
            if (edge.LabelText.Length == 0) continue;
            var width = (edge.LabelText.Length * LabelCharWidth) + 4;
            (double X, double Y)? best = null;
            foreach (var (x, y) in Along(edge.Points))
            {
                var box = (X: x, Y: y - LabelHeight + 2, Right: x + width, Bottom: y + 3);
                best ??= (x, y);
                if (taken.Any(t => t.X < box.Right && box.X < t.Right && t.Y < box.Bottom && box.Y < t.Bottom)) continue;
                best = (x, y);
                break;
            }
            var at = best!.Value;
            taken.Add((at.X, at.Y - LabelHeight + 2, at.X + width, at.Y + 3));
            edges[e] = edge with { LabelAt = at };
        }
    }

    // Places for a label along an arrow: on each stretch between its points, from the middle outward, right of the line.
    private static IEnumerable<(double X, double Y)> Along(IReadOnlyList<(double X, double Y)> points)
    {
        foreach (var t in new[] { 0.5, 0.35, 0.65, 0.2, 0.8 })
        {
            for (var k = 1; k < points.Count; k++)
            {
                var (from, to) = (points[k - 1], points[k]);
                yield return (from.X + ((to.X - from.X) * t) + 4, from.Y + ((to.Y - from.Y) * t) + 4);
            }
        }
        foreach (var shift in new[] { -40.0, 40, -80, 80 })
        {
            var (from, to) = (points[0], points[^1]);
            yield return (((from.X + to.X) / 2) + shift, ((from.Y + to.Y) / 2) + 4);
        }
    }
}
