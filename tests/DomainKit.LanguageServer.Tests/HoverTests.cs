using DomainKit.Tests.Shared;

namespace DomainKit.LanguageServer.Tests;

public class HoverTests
{
    [Fact]
    public void A_type_name_shows_its_doc_kind_file_and_generated_declaration()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("mission.yaml");
        var at = TempProject.PositionOf(text, "list<Consulate>", "list<C".Length);
        var hover = session.Hover(project.SchemaPath("mission.yaml"), at.Line, at.Character)!.Contents.Value;
        Assert.Contains("**Consulate** — record in `schema/consulate.yaml`", hover, StringComparison.Ordinal);
        Assert.Contains("A consular post that serves a district", hover, StringComparison.Ordinal);
        Assert.Contains("```csharp\npublic sealed partial record Consulate", hover, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_shows_its_type_constraints_wire_name_and_doc()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("diplomat.yaml");
        var at = TempProject.PositionOf(text, "accreditedOn:", 2);
        var hover = session.Hover(project.SchemaPath("diplomat.yaml"), at.Line, at.Character)!.Contents.Value;
        Assert.Contains("**Diplomat.accreditedOn**: `date?`", hover, StringComparison.Ordinal);
        Assert.Contains("JSON: `\"accredited_on\"`", hover, StringComparison.Ordinal);
        var full = TempProject.PositionOf(text, "fullName:", 2);
        var fullName = session.Hover(project.SchemaPath("diplomat.yaml"), full.Line, full.Character)!.Contents.Value;
        Assert.Contains("minLength: 1 · maxLength: 200", fullName, StringComparison.Ordinal);
        Assert.Contains("Name as used in official correspondence.", fullName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_sub_expression_shows_its_type()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("diplomat.yaml");
        var at = TempProject.PositionOf(text, "members.all(m, m.country", "members.all(m, ".Length);
        var hover = session.Hover(project.SchemaPath("diplomat.yaml"), at.Line, at.Character)!.Contents.Value;
        Assert.Contains("`m` : `Diplomat`", hover, StringComparison.Ordinal);
        var call = TempProject.PositionOf(text, "members.all(m", "members.a".Length);
        Assert.Contains("`members.all(m, m.country == country)` : `bool`", session.Hover(project.SchemaPath("diplomat.yaml"), call.Line, call.Character)!.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_shows_its_explanation_from_the_documentation()
    {
        using var project = new TempProject([("broken.yaml", "types:\n  A:\n    fields:\n      b: Nope\n")]);
        var session = new LanguageServerSession(project.Folder);
        var hover = session.Hover(project.SchemaPath("broken.yaml"), 3, 10)!.Contents.Value;
        Assert.Contains("**DK0005:", hover, StringComparison.Ordinal);
        Assert.Contains("Fix:", hover, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_shows_what_it_means()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("mission.yaml");
        var at = TempProject.PositionOf(text, "    key: id", 5);
        Assert.Contains("**key** —", session.Hover(project.SchemaPath("mission.yaml"), at.Line, at.Character)!.Contents.Value, StringComparison.Ordinal);
    }
}
