using DomainKit.Tests.Shared;

namespace DomainKit.LanguageServer.Tests;

public class NavigationTests
{
    [Fact]
    public void Definition_of_a_type_name_lands_on_its_declaration_in_another_file()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("mission.yaml");
        var at = TempProject.PositionOf(text, "list<Consulate>", "list<Cons".Length);
        var target = Assert.Single(session.Definition(project.SchemaPath("mission.yaml"), at.Line, at.Character));
        Assert.Equal(new Uri(project.SchemaPath("consulate.yaml")).AbsoluteUri, target.Uri);
        Assert.Equal(TempProject.PositionOf(TempProject.Example("consulate.yaml"), "  Consulate:", 2), target.Range.Start);
    }

    [Fact]
    public void Inside_ref_and_rules_names_lead_to_their_declarations()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var agenda = TempProject.Example("agenda.yaml");
        var inRef = TempProject.PositionOf(agenda, "ref<Mission>", "ref<".Length);
        Assert.Equal(new Uri(project.SchemaPath("mission.yaml")).AbsoluteUri, Assert.Single(session.Definition(project.SchemaPath("agenda.yaml"), inRef.Line, inRef.Character)).Uri);

        var throughMacro = TempProject.PositionOf(agenda, "d.country", 2);
        var country = Assert.Single(session.Definition(project.SchemaPath("agenda.yaml"), throughMacro.Line, throughMacro.Character));
        Assert.Equal(new Uri(project.SchemaPath("diplomat.yaml")).AbsoluteUri, country.Uri);
        // d is a Delegation: its country, not a diplomat's.
        Assert.Equal(TempProject.PositionOf(TempProject.Example("diplomat.yaml"), "a round of talks.\n    fields:\n      country", "a round of talks.\n    fields:\n      ".Length), country.Range.Start);
    }

    [Fact]
    public void References_of_a_field_include_rules_require_and_key_uses()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("mission.yaml");
        var at = TempProject.PositionOf(text, "      closedOn: date?", 6);
        var references = session.References(project.SchemaPath("mission.yaml"), at.Line, at.Character);
        // The declaration, two uses in the second check, the rule's path, require and forbid.
        Assert.Equal(6, references.Length);
        Assert.Equal(5, session.References(project.SchemaPath("mission.yaml"), at.Line, at.Character, includeDeclaration: false).Length);
        var id = TempProject.PositionOf(text, "    key: id", "    key: ".Length);
        Assert.Contains(session.Definition(project.SchemaPath("mission.yaml"), id.Line, id.Character), l => l.Range.Start == TempProject.PositionOf(text, "      id: MissionId", 6));
    }

    [Fact]
    public void Highlights_mark_the_declaration_as_written_and_uses_as_read_in_this_file()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("mission.yaml");
        var at = TempProject.PositionOf(text, "      status: PostStatus", 6);
        var highlights = session.Request("textDocument/documentHighlight", LanguageServerSession.At(project.SchemaPath("mission.yaml"), at.Line, at.Character),
            LspJson.Default.TextDocumentPositionParams, LspJson.Default.DocumentHighlightArray)!;
        Assert.Single(highlights, h => h.Kind == 3);
        Assert.True(highlights.Count(h => h.Kind == 2) >= 2);
    }
}
