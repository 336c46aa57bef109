using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;

namespace DomainKit.Generators.Tests.Parsing;

/// <summary>The parser on its own: YAML text in, declarations and diagnostics out, no Roslyn.</summary>
public class SchemaParserTests
{
    [Fact]
    public void Reads_records_enums_and_values_with_their_kinds()
    {
        var schema = SchemaParser.Parse("s.yaml", """
            namespace: Diplomacy.Domain
            types:
              CountryCode:
                value: string
                pattern: '^[A-Z]{2}$'
              Rank:
                enum: [Ambassador, Minister]
              Diplomat:
                fields:
                  rank: Rank
            """);

        Assert.Empty(schema.Diagnostics);
        Assert.Equal("Diplomacy.Domain", schema.Namespace!.Text);
        Assert.Equal([("CountryCode", TypeKind.Value), ("Rank", TypeKind.Enum), ("Diplomat", TypeKind.Record)],
            schema.Types.Select(t => (t.Name.Text, t.Kind)));
        Assert.Equal("pattern", schema.Types[0].Wrapped!.Constraints.Single().Key.Text);
        Assert.Equal("^[A-Z]{2}$", schema.Types[0].Wrapped!.Constraints.Single().Value.Text);
    }

    [Fact]
    public void Shorthand_and_full_field_forms_read_the_same_type()
    {
        var schema = SchemaParser.Parse("s.yaml", "types:\n  A:\n    fields:\n      a: int?\n      b: { type: 'int?', doc: Both. }\n");

        var fields = schema.Types.Single().Fields;
        Assert.Equal(["int?", "int?"], fields.Select(f => f.Type.Text));
        Assert.Null(fields[0].Doc);
        Assert.Equal("Both.", fields[1].Doc);
    }

    [Fact]
    public void Enum_map_form_keeps_member_docs()
    {
        var schema = SchemaParser.Parse("s.yaml", "types:\n  E:\n    enum:\n      A: First.\n      B:\n");

        var members = schema.Types.Single().Members;
        Assert.Equal([("A", "First."), ("B", null)], members.Select(m => (m.Name.Text, m.Doc)));
    }

    [Fact]
    public void Field_options_are_read()
    {
        var schema = SchemaParser.Parse("s.yaml", """
            types:
              A:
                fields:
                  old: { type: string?, deprecated: Use new., json: old_name, default: x, maxLength: 3 }
                  older: { type: string?, deprecated: true }
                  kept: { type: string?, deprecated: false }
            """);

        var fields = schema.Types.Single().Fields;
        Assert.Equal("Use new.", fields[0].Deprecated!.Message);
        Assert.Equal("old_name", fields[0].WireNameOverride!.Text);
        Assert.Equal((DefaultKind.Scalar, "x"), (fields[0].Default!.Kind, fields[0].Default!.Value.Text));
        Assert.Equal("maxLength", fields[0].Constraints.Single().Key.Text);
        Assert.NotNull(fields[1].Deprecated);
        Assert.Null(fields[1].Deprecated!.Message);
        Assert.Null(fields[2].Deprecated);
    }

    [Fact]
    public void Positions_are_zero_based_and_point_at_the_node()
    {
        var schema = SchemaParser.Parse("s.yaml", "types:\n  Alpha:\n    fields:\n      beta: int\n");

        var field = schema.Types.Single().Fields.Single();
        Assert.Equal((3, 6), (field.Name.Span.StartLine, field.Name.Span.StartColumn));
        Assert.Equal((3, 12), (field.Type.Source.Span.StartLine, field.Type.Source.Span.StartColumn));
        Assert.Equal("int", "types:\n  Alpha:\n    fields:\n      beta: int\n".Substring(field.Type.Source.Span.StartOffset, 3));
    }

    [Fact]
    public void Empty_and_comment_only_files_declare_nothing_and_report_nothing()
    {
        Assert.Empty(SchemaParser.Parse("s.yaml", "").Diagnostics);
        Assert.Empty(SchemaParser.Parse("s.yaml", "# nothing here\n").Diagnostics);
        Assert.Empty(SchemaParser.Parse("s.yaml", "types:\n").Types);
    }

    [Fact]
    public void Unknown_fields_setting_is_read()
    {
        Assert.True(SchemaParser.Parse("s.yaml", "unknownFields: error\ntypes: {}\n").UnknownFieldsError);
        Assert.False(SchemaParser.Parse("s.yaml", "unknownFields: ignore\ntypes: {}\n").UnknownFieldsError);
    }

    [Fact]
    public void A_bad_type_does_not_stop_the_others_being_read()
    {
        var schema = SchemaParser.Parse("s.yaml", "types:\n  Bad: 5\n  Good:\n    enum: [X]\n");

        Assert.Equal("Good", schema.Types.Single().Name.Text);
        Assert.Equal("DK0002", schema.Diagnostics.Single().Definition.Id);
    }

    [Fact]
    public void Parse_results_are_equal_for_equal_text()
    {
        const string text = "types:\n  A:\n    fields:\n      x: { type: int, min: 1 }\n";

        Assert.Equal(SchemaParser.Parse("s.yaml", text), SchemaParser.Parse("s.yaml", text));
        Assert.NotEqual(SchemaParser.Parse("s.yaml", text), SchemaParser.Parse("s.yaml", text.Replace("min: 1", "min: 2")));
    }
}
