using DomainKit.Tests.Shared;

namespace DomainKit.LanguageServer.Tests;

public class CompletionTests
{
    private static (LanguageServerSession Session, string Path) Edited(TempProject project, string file, string text)
    {
        var session = new LanguageServerSession(project.Folder);
        var path = project.SchemaPath(file);
        session.Open(path, text);
        return (session, path);
    }

    private static string[] Labels(CompletionList list) => list.Items.Select(i => i.Label).ToArray();

    [Fact]
    public void A_type_position_offers_the_workspace_types_the_primitives_and_the_generic_forms()
    {
        using var project = new TempProject();
        var text = TempProject.Example("mission.yaml");
        var (session, path) = Edited(project, "mission.yaml", text);
        var at = TempProject.PositionOf(text, "list<Consulate>", "list<".Length);
        var labels = Labels(session.Completion(path, at.Line, at.Character));
        Assert.Contains("Consulate", labels);
        Assert.Contains("Agenda", labels);
        Assert.Contains("string", labels);
        Assert.Contains("ref<", labels);
        var consulate = session.Completion(path, at.Line, at.Character).Items.Single(i => i.Label == "Consulate");
        Assert.Contains("consular post", consulate.Documentation!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Inside_ref_only_keyed_types_are_offered()
    {
        using var project = new TempProject();
        var text = TempProject.Example("agenda.yaml");
        var (session, path) = Edited(project, "agenda.yaml", text);
        var at = TempProject.PositionOf(text, "ref<Mission>", "ref<".Length);
        var labels = Labels(session.Completion(path, at.Line, at.Character));
        Assert.Contains("Mission", labels);
        Assert.DoesNotContain("Consulate", labels);
        Assert.DoesNotContain("string", labels);
    }

    [Fact]
    public void A_fields_options_fit_its_type()
    {
        using var project = new TempProject();
        var text = TempProject.Example("mission.yaml");
        var (session, path) = Edited(project, "mission.yaml", text);
        var onInt = TempProject.PositionOf(text, "staffCeiling: { type: int, ", "staffCeiling: { type: int, ".Length);
        var intKeys = Labels(session.Completion(path, onInt.Line, onInt.Character));
        Assert.Contains("min", intKeys);
        Assert.Contains("doc", intKeys);
        Assert.DoesNotContain("maxLength", intKeys);
        Assert.DoesNotContain("minItems", intKeys);

        var onString = TempProject.PositionOf(text, "city: { type: string, ", "city: { type: string, ".Length);
        var stringKeys = session.Completion(path, onString.Line, onString.Character);
        Assert.Contains("maxLength", Labels(stringKeys));
        Assert.DoesNotContain("min", Labels(stringKeys));
        Assert.NotNull(stringKeys.Items.Single(i => i.Label == "maxLength").Documentation);
    }

    [Fact]
    public void A_types_keys_and_a_rules_keys_are_offered_where_they_belong()
    {
        using var project = new TempProject();
        var text = TempProject.Example("mission.yaml").Replace("    key: id\n", "    key: id\n    \n", StringComparison.Ordinal);
        var (session, path) = Edited(project, "mission.yaml", text);
        var blank = TempProject.PositionOf(text, "    key: id\n    \n", "    key: id\n    ".Length);
        var keys = Labels(session.Completion(path, blank.Line, blank.Character));
        Assert.Contains("rules", keys);
        Assert.Contains("reserved", keys);
        Assert.DoesNotContain("enum", keys);
        var rule = TempProject.PositionOf(text, "        path: staffPresent", 8);
        Assert.Contains("message", Labels(session.Completion(path, rule.Line, rule.Character)));
    }

    [Fact]
    public void A_default_of_an_enum_field_offers_its_members()
    {
        using var project = new TempProject();
        var text = TempProject.Example("consulate.yaml");
        var (session, path) = Edited(project, "consulate.yaml", text);
        var at = TempProject.PositionOf(text, "default: operating", "default: ".Length);
        var labels = Labels(session.Completion(path, at.Line, at.Character));
        Assert.Equal(["operating", "reduced-staff", "suspended", "closed"], labels);
    }

    [Fact]
    public void In_a_rule_the_fields_in_scope_functions_and_members_through_records_are_offered()
    {
        using var project = new TempProject();
        var text = TempProject.Example("mission.yaml");
        var (session, path) = Edited(project, "mission.yaml", text);
        var start = TempProject.PositionOf(text, "check: staffPresent", "check: ".Length);
        var names = Labels(session.Completion(path, start.Line, start.Character));
        Assert.Contains("staffCeiling", names);
        Assert.Contains("has", names);
        Assert.Contains("PostStatus", names);

        var edited = text.Replace("check: staffPresent <= staffCeiling", "check: head.", StringComparison.Ordinal);
        session.Change(path, 2, new TextDocumentContentChangeEvent(null, edited));
        var member = TempProject.PositionOf(edited, "check: head.", "check: head.".Length);
        var diplomat = Labels(session.Completion(path, member.Line, member.Character));
        Assert.Contains("rank", diplomat);
        Assert.Contains("startsWith", diplomat);
        Assert.DoesNotContain("staffCeiling", diplomat);
    }

    [Fact]
    public void A_macro_variable_is_offered_and_completes_through_its_items()
    {
        using var project = new TempProject();
        var text = TempProject.Example("agenda.yaml");
        var edited = text.Replace("check: delegations.unique(d, d.country)", "check: delegations.all(d, d.", StringComparison.Ordinal);
        var (session, path) = Edited(project, "agenda.yaml", edited);
        var at = TempProject.PositionOf(edited, "delegations.all(d, d.", "delegations.all(d, d.".Length);
        Assert.Contains("country", Labels(session.Completion(path, at.Line, at.Character)));
        var bare = TempProject.PositionOf(edited, "delegations.all(d, d.", "delegations.all(d, ".Length);
        Assert.Contains("d", Labels(session.Completion(path, bare.Line, bare.Character)));
    }
}
