using DomainKit.Tests.Shared;

namespace DomainKit.LanguageServer.Tests;

public class CodeActionTests
{
    private static Range Whole(int lines) => new(new Position(0, 0), new Position(lines, 0));

    [Fact]
    public void Every_did_you_mean_is_a_quick_fix_that_clears_its_diagnostic()
    {
        var schema = "types:\n  Post:\n    fields:\n      city: strng\n      next: { type: list<Pots>, minItem: 1 }\n    rules:\n      - check: size(cty) > 0\n";
        using var project = new TempProject([("post.yaml", schema)]);
        var session = new LanguageServerSession(project.Folder);
        var path = project.SchemaPath("post.yaml");
        Assert.True(session.DiagnosticsOf(path).Length >= 3);
        for (var round = 0; round < 5 && session.DiagnosticsOf(path).Length > 0; round++)
        {
            var fix = session.CodeActions(path, Whole(10)).First(a => a.IsPreferred);
            session.Apply(fix.Edit);
        }
        Assert.Empty(session.DiagnosticsOf(path));
        Assert.Equal("types:\n  Post:\n    fields:\n      city: string\n      next: { type: list<Post>, minItems: 1 }\n    rules:\n      - check: size(city) > 0\n", session.TextOf(path));
    }

    [Fact]
    public void A_required_cycle_offers_to_make_the_closing_field_optional()
    {
        var schema = "types:\n  A:\n    fields:\n      b: B\n  B:\n    fields:\n      a: A\n";
        using var project = new TempProject([("cycle.yaml", schema)]);
        var session = new LanguageServerSession(project.Folder);
        var path = project.SchemaPath("cycle.yaml");
        Assert.Equal("DK0026", Assert.Single(session.DiagnosticsOf(path)).Code);
        var fix = Assert.Single(session.CodeActions(path, Whole(8)));
        Assert.StartsWith("Make '", fix.Title, StringComparison.Ordinal);
        session.Apply(fix.Edit);
        Assert.Empty(session.DiagnosticsOf(path));
    }

    [Fact]
    public void A_removed_field_can_be_reserved_or_marked_as_renamed()
    {
        var baseline = "types:\n  Envoy:\n    fields:\n      name: string\n      rank: int?\n";
        using var project = new TempProject([("envoy.yaml", "types:\n  Envoy:\n    fields:\n      name: string\n")], [("envoy.yaml", baseline)]);
        var session = new LanguageServerSession(project.Folder);
        var path = project.SchemaPath("envoy.yaml");
        var reserve = Assert.Single(session.CodeActions(path, Whole(5)));
        Assert.Equal("Reserve 'rank'", reserve.Title);
        session.Apply(reserve.Edit);
        Assert.Equal("types:\n  Envoy:\n    reserved: [rank]\n    fields:\n      name: string\n", session.TextOf(path));
        Assert.Empty(session.DiagnosticsOf(path));

        using var renamed = new TempProject([("envoy.yaml", "types:\n  Envoy:\n    fields:\n      name: string\n      grade: int?\n")], [("envoy.yaml", baseline)], "<DomainKitCompatibility>backward</DomainKitCompatibility>");
        var other = new LanguageServerSession(renamed.Folder);
        var renamedPath = renamed.SchemaPath("envoy.yaml");
        var fix = Assert.Single(other.CodeActions(renamedPath, Whole(6)), a => a.Title.StartsWith("Keep", StringComparison.Ordinal));
        other.Apply(fix.Edit);
        Assert.Contains("grade: { type: int?, renamedFrom: [rank] }", other.TextOf(renamedPath), StringComparison.Ordinal);
        Assert.Empty(other.DiagnosticsOf(renamedPath));
    }
}
