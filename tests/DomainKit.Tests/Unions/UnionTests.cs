using System.Text;
using System.Text.Json;

namespace DomainKit.Tests.Unions;

/// <summary>Unions (schema/unions.yaml): the wire form, the discriminator anywhere, every error, validation and rules, Match and Switch.</summary>
public class UnionTests
{
    private static readonly Shape.Rect Rect = new() { Label = "box", Width = 2, Height = 3 };

    private static (string Path, string Code)[] Errors<T>(string json) where T : DomainKit.Runtime.IJsonDocument<T>
    {
        Assert.False(DomainKit.Runtime.JsonReading.TryRead<T>(Encoding.UTF8.GetBytes(json), DomainJsonOptions.Default, out _, out var result));
        return result.Errors.Select(e => (e.Path, e.Code)).ToArray();
    }

    [Fact]
    public void The_discriminator_is_written_first_then_the_shared_fields_then_the_variants()
    {
        Assert.Equal("""{"type":"rect","label":"box","width":2,"height":3}""", Rect.ToJson());
        Assert.Equal("""{"type":"circle","label":"c","weight":1,"radius":0.5}""", new Shape.Circle { Label = "c", Weight = 1, Radius = 0.5 }.ToJson());
        Assert.Equal("""{"type":"Dot","label":"."}""", new Shape.Dot { Label = "." }.ToJson());
    }

    [Theory]
    [InlineData("""{"type":"rect","label":"box","width":2,"height":3}""")]
    [InlineData("""{"label":"box","width":2,"type":"rect","height":3}""")]
    [InlineData("""{"label":"box","width":2,"height":3,"type":"rect"}""")]
    [InlineData("""{"label":"box","extra":{"type":"circle","deep":[{"type":1}]},"width":2,"height":3,"type":"rect"}""")]
    public void The_discriminator_may_stand_anywhere(string json)
    {
        var read = Shape.FromJson(json);
        Assert.Equal(Rect, read);
        Assert.IsType<Shape.Rect>(read);
    }

    // The discriminator is found by a copy of the reader, which must see only the object's own keys, and
    // escaped ones; FromJson and JsonSerializer's converter agree.
    [Theory]
    [InlineData("""{"label":"\"type\":\"circle\" {[","extra":{"type":"circle","x":["type","}"]},"width":2,"height":3,"type":"rect"}""", "\"type\":\"circle\" {[")]
    [InlineData("""{"label":"box","width":2,"height":3,"\u0074ype":"rect"}""", "box")]
    [InlineData("""{ "label" : "box" , "width":2,"height":3, "type" :  "r\u0065ct" }""", "box")]
    [InlineData("""{"label":"box\\","type":"rect","width":2,"height":3}""", "box\\")]
    public void Both_ways_of_finding_the_discriminator_agree(string json, string label)
    {
        var expected = Rect with { Label = label };
        Assert.Equal(expected, Shape.FromJson(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(expected, JsonSerializer.Deserialize<Shape>(json));
    }

    [Fact]
    public void A_missing_discriminator_is_required_at_its_path() =>
        Assert.Equal([("/type", "required")], Errors<Shape>("""{"label":"box","width":2}"""));

    [Fact]
    public void An_unknown_tag_is_a_variant_error_listing_the_tags()
    {
        Assert.False(Shape.TryFromJson("""{"type":"triangle","label":"t"}"""u8, out _, out var result));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("/type", "variant"), (error.Path, error.Code));
        Assert.Contains("circle, rect, Dot", error.Message);
        Assert.Contains("'triangle'", error.Message);
    }

    [Fact]
    public void A_discriminator_that_is_not_a_string_is_a_type_error() =>
        Assert.Equal([("/type", "type")], Errors<Shape>("""{"type":7,"label":"box"}"""));

    [Fact]
    public void A_wrong_discriminator_first_is_reported_and_reading_goes_on_after_its_object() =>
        Assert.Equal(
            [("/shapes/0/type", "variant"), ("/shapes/1/type", "type"), ("/main/label", "labelTooLong"), ("/shapes/2/width", "min")],
            Errors<Drawing>("""
                {"shapes":[{"type":"hexagon","label":"a","sides":{"n":[6]}},{"type":{"nested":["x"]},"label":"b"},{"type":"rect","label":"c","width":0,"height":1}],
                 "main":{"type":"Dot","label":"this label is much too long"}}
                """));

    [Fact]
    public void A_discriminator_given_twice_is_reported()
    {
        Assert.Equal([("/type", "unique")], Errors<Shape>("""{"type":"rect","label":"box","width":2,"height":3,"type":"rect"}"""));
        // The first occurrence decides the variant.
        Assert.Equal([("/type", "unique")], Errors<Shape>("""{"type":"rect","label":"box","width":2,"height":3,"type":"circle"}"""));
    }

    [Fact]
    public void Every_other_error_of_the_document_is_in_the_same_result()
    {
        var errors = Errors<Drawing>("""
            {"main":{"label":"no type"},
             "shapes":[{"type":"rect","label":"a","width":0,"height":1},{"type":"circle","label":"b","radius":"big"},{"label":"c","type":"hexagon"}],
             "byName":{"x":{"type":"Dot","label":"this label is much too long"}}}
            """);
        Assert.Equal(
            [
                ("/main/type", "required"),
                ("/shapes/1/radius", "type"),
                ("/shapes/2/type", "variant"),
                ("/shapes/0/width", "min"),
                ("/byName/x/label", "labelTooLong"),
            ],
            errors);
    }

    [Fact]
    public void A_field_of_another_variant_is_an_unknown_field_and_ignored() =>
        Assert.Equal(new Shape.Circle { Label = "c", Radius = 1 }, Shape.FromJson("""{"type":"circle","label":"c","radius":1,"width":3}"""));

    [Fact]
    public void Validation_runs_the_shared_checks_and_rules_then_the_variants()
    {
        var broken = new Shape.Rect { Label = new string('x', 21), Weight = -1, Width = 100, Height = 1 };
        Assert.Equal([("/weight", "min"), ("/label", "labelTooLong"), ("", "tooFlat")], broken.Validate().Errors.Select(e => (e.Path, e.Code)));
        Assert.True(Rect.Validate().IsValid);
    }

    [Fact]
    public void Rules_reach_into_union_values_through_their_shared_fields()
    {
        var drawing = new Drawing { Shapes = [Rect, new Shape.Dot { Label = "" }] };
        Assert.Equal([("", "unlabelled")], drawing.Validate().Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Match_and_Switch_take_one_function_per_variant_with_or_without_state()
    {
        Shape shape = Rect;
        Assert.Equal("rect 2x3", shape.Match(circle => "circle", rect => $"rect {rect.Width}x{rect.Height}", dot => "dot"));
        Assert.Equal(60, shape.Match(10, (scale, c) => 0, (scale, r) => scale * r.Width * r.Height, (scale, d) => 1));
        var seen = new List<string>();
        shape.Switch(seen, (list, c) => list.Add("circle"), (list, r) => list.Add("rect"), (list, d) => list.Add("dot"));
        new Shape.Dot { Label = "." }.Switch(c => seen.Add("circle"), r => seen.Add("rect"), d => seen.Add("dot"));
        Assert.Equal(["rect", "dot"], seen);
    }

    [Fact]
    public void JsonSerializer_uses_the_union_converter()
    {
        Assert.Equal(Rect.ToJson(), JsonSerializer.Serialize<Shape>(Rect));
        Assert.Equal(Rect, JsonSerializer.Deserialize<Shape>("""{"height":3,"width":2,"label":"box","type":"rect"}"""));
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Shape>("""{"label":"box"}"""));
        Assert.Contains("'type' is required", exception.Message);
    }

    [Fact]
    public void A_valid_union_validates_without_allocating()
    {
        var drawing = new Drawing { Main = Rect, Shapes = [Rect, new Shape.Circle { Label = "c", Radius = 1 }], ByName = ValueMap.From([new KeyValuePair<string, Shape>("d", new Shape.Dot { Label = "d" })]) };
        Assert.True(drawing.Validate().IsValid);
        for (var i = 0; i < 100; i++) drawing.Validate();
        var before = GC.GetAllocatedBytesForCurrentThread();
        drawing.Validate();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
