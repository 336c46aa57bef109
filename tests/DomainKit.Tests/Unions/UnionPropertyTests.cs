using System.Text;
using CsCheck;

namespace DomainKit.Tests.Unions;

/// <summary>
/// Unions nested in an optional, a list and a map: JSON round trips of random valid drawings (with the
/// discriminator first as written, and moved last), and corrupted union documents never throwing.
/// </summary>
public class UnionPropertyTests
{
    private static readonly Gen<string> Label = Gen.String[Gen.Char.AlphaNumeric, 1, 20];

    private static readonly Gen<Shape> Shapes = Gen.OneOf<Shape>(
        Gen.Select(Label, Gen.Int[0, 100].Nullable(), Gen.Double[1e-9, 1e9], (label, weight, radius) => new Shape.Circle { Label = label, Weight = weight, Radius = radius }),
        Gen.Select(Label, Gen.Int[0, 100].Nullable(), Gen.Int[1, 1000], Gen.Int[1, 1000],
            (label, weight, height, width) => new Shape.Rect { Label = label, Weight = weight, Height = height, Width = Math.Min(width, height * 10) }),
        Label.Select(label => (Shape)new Shape.Dot { Label = label }));

    private static readonly Gen<Drawing> Drawings = Gen.Select(Shapes.Null(), Shapes.List[0, 5], Gen.Select(Label, Shapes).List[0, 4],
        (main, shapes, named) => new Drawing
        {
            Main = main,
            Shapes = ValueList.From(shapes),
            ByName = ValueMap.From(named.DistinctBy(n => n.Item1).Select(n => new KeyValuePair<string, Shape>(n.Item1, n.Item2))),
        });

    [Fact]
    public void Drawings_round_trip_with_the_discriminator_first_or_last() =>
        Drawings.SampleSeeded(drawing =>
        {
            Assert.True(drawing.Validate().IsValid, drawing.Validate().ToString());
            var json = drawing.ToJson();
            Assert.Equal(drawing, Drawing.FromJson(json));
            Assert.Equal(drawing, Drawing.FromJson(TypeLast(json)));
        }, iter: 2_000);

    [Fact]
    public void Corrupted_union_documents_never_make_TryFromJson_throw()
    {
        var random = new Random(20250218);
        var seeds = Drawings.Array[20].Single().Select(d => d.ToJson()).Select(TypeLast).Select(Encoding.UTF8.GetBytes).ToArray();
        string[] snippets = ["\"type\":\"rect\",", "\"type\":7,", "\"type\":null,", "\"type\":\"nope\",", "\"type\":{},", "\"type\":\"circle\",\"type\":\"Dot\","];
        var invalid = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = Encoding.UTF8.GetString(seeds[i % seeds.Length]);
            var at = text.IndexOf("\"type\"", random.Next(text.Length), StringComparison.Ordinal);
            var mutated = random.Next(3) switch
            {
                0 when at >= 0 => text.Remove(at, text.IndexOf(',', at) < 0 ? 6 : text.IndexOf(',', at) - at + 1),
                1 when text.IndexOf('{', 1) is > 0 and var open => text.Insert(open + 1, snippets[random.Next(snippets.Length)]),
                _ => text.Remove(random.Next(text.Length)),
            };
            var ok = Drawing.TryFromJson(Encoding.UTF8.GetBytes(mutated), out _, out var result);
            Assert.Equal(ok, result.IsValid);
            Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("The document could not be read", StringComparison.Ordinal));
            if (!ok) invalid++;
        }
        Assert.True(invalid > 2_000, $"only {invalid} corrupted documents were invalid");
    }

    /// <summary>The same document with every discriminator moved to the end of its object.</summary>
    private static string TypeLast(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        Move(node);
        return node.ToJsonString();

        static void Move(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    foreach (var child in obj.Select(p => p.Value).ToList()) Move(child);
                    if (obj["type"] is { } type)
                    {
                        obj.Remove("type");
                        obj["type"] = type;
                    }
                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    foreach (var item in array) Move(item);
                    break;
            }
        }
    }
}
