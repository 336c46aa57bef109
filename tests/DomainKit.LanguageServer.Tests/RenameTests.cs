using DomainKit.Tests.Shared;

namespace DomainKit.LanguageServer.Tests;

public class RenameTests
{
    [Fact]
    public void Renaming_a_type_changes_every_file_and_the_project_stays_clean()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("consulate.yaml");
        var at = TempProject.PositionOf(text, "  Consulate:", 3);
        var edit = session.Rename(project.SchemaPath("consulate.yaml"), at.Line, at.Character, "ConsularPost")!;
        Assert.Equal(2, edit.Changes.Count);
        session.Apply(edit);
        Assert.Contains("list<ConsularPost>", session.TextOf(project.SchemaPath("mission.yaml")), StringComparison.Ordinal);
        Assert.All(session.Published.Values, d => Assert.Empty(d));
    }

    [Fact]
    public void Renaming_a_field_renames_its_uses_in_rules_of_other_types()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("diplomat.yaml");
        var at = TempProject.PositionOf(text, "a round of talks.\n    fields:\n      country", "a round of talks.\n    fields:\n      ".Length);
        var edit = session.Rename(project.SchemaPath("diplomat.yaml"), at.Line, at.Character, "nation")!;
        session.Apply(edit);
        Assert.Contains("delegations.unique(d, d.nation)", session.TextOf(project.SchemaPath("agenda.yaml")), StringComparison.Ordinal);
        Assert.Contains("head.country == nation && members.all(m, m.country == nation)", session.TextOf(project.SchemaPath("diplomat.yaml")), StringComparison.Ordinal);
        Assert.All(session.Published.Values, d => Assert.Empty(d));
    }

    [Fact]
    public void With_a_baseline_a_renamed_type_keeps_its_past_name_and_a_renamed_field_its_wire_name()
    {
        var schema = "types:\n  Envoy:\n    fields:\n      name: string\n      rank: { type: int, min: 0 }\n      post: string\n  Post:\n    fields:\n      city: string\n";
        using var project = new TempProject([("envoy.yaml", schema)], [("envoy.yaml", schema)]);
        var session = new LanguageServerSession(project.Folder);
        var path = project.SchemaPath("envoy.yaml");
        session.Apply(session.Rename(path, 3, 7, "fullName")!);
        session.Apply(session.Rename(path, 4, 7, "grade")!);
        session.Apply(session.Rename(path, 5, 7, "station")!);
        session.Apply(session.Rename(path, 6, 3, "Station")!);
        var text = session.TextOf(path);
        Assert.Contains("fullName: { type: string, json: name }", text, StringComparison.Ordinal);
        Assert.Contains("grade: { type: int, min: 0, json: rank }", text, StringComparison.Ordinal);
        Assert.Contains("  Station:\n    renamedFrom: [Post]\n", text, StringComparison.Ordinal);
        Assert.Empty(session.DiagnosticsOf(path));
    }

    [Fact]
    public void Under_backward_compatibility_a_renamed_field_reads_its_old_name()
    {
        var schema = "types:\n  Envoy:\n    fields:\n      name: string\n      rank:\n        type: int\n";
        using var project = new TempProject([("envoy.yaml", schema)], [("envoy.yaml", schema)], "<DomainKitCompatibility>backward</DomainKitCompatibility>");
        var session = new LanguageServerSession(project.Folder);
        var path = project.SchemaPath("envoy.yaml");
        session.Apply(session.Rename(path, 3, 7, "fullName")!);
        session.Apply(session.Rename(path, 4, 7, "grade")!);
        Assert.Equal("types:\n  Envoy:\n    fields:\n      fullName: { type: string, renamedFrom: [name] }\n      grade:\n        renamedFrom: [rank]\n        type: int\n", session.TextOf(path));
        Assert.Empty(session.DiagnosticsOf(path));
    }

    [Fact]
    public void A_name_that_is_not_a_name_is_refused()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("consulate.yaml");
        var at = TempProject.PositionOf(text, "  Consulate:", 3);
        var refused = Assert.Throws<Rpc.RpcException>(() => session.Rename(project.SchemaPath("consulate.yaml"), at.Line, at.Character, "not a name"));
        Assert.Equal(Rpc.RpcErrors.InvalidParams, refused.Code);
    }
}
