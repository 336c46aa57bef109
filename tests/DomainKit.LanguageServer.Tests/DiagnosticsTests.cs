using DomainKit.LanguageServer.Rpc;
using DomainKit.Tests.Shared;

namespace DomainKit.LanguageServer.Tests;

public class DiagnosticsTests
{
    [Fact]
    public void Every_schema_file_of_the_project_is_published_open_or_not()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        foreach (var (name, _) in TempProject.ExampleSchemas())
        {
            Assert.True(session.Published.ContainsKey(new Uri(project.SchemaPath(name)).AbsoluteUri), name + " was not published");
            Assert.Empty(session.DiagnosticsOf(project.SchemaPath(name)));
        }
    }

    [Fact]
    public void A_typo_typed_in_an_open_file_is_reported_at_its_line_and_column_and_cleared_when_fixed()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var path = project.SchemaPath("mission.yaml");
        var text = TempProject.Example("mission.yaml");
        session.Open(path, text);
        var at = TempProject.PositionOf(text, "list<Consulate>", "list<".Length + "Consulat".Length);
        session.Change(path, 2, new TextDocumentContentChangeEvent(new Range(at, new Position(at.Line, at.Character + 1)), ""));

        var diagnostic = Assert.Single(session.DiagnosticsOf(path));
        Assert.Equal("DK0005", diagnostic.Code);
        Assert.Equal(1, diagnostic.Severity);
        Assert.Equal("domainkit", diagnostic.Source);
        Assert.Contains("Unknown type 'Consulat'; did you mean 'Consulate'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new Range(new Position(at.Line, at.Character - "Consulat".Length), at), diagnostic.Range);
        Assert.EndsWith("diagnostics.md#dk0005", diagnostic.CodeDescription.Href, StringComparison.Ordinal);

        session.Change(path, 3, new TextDocumentContentChangeEvent(new Range(at, at), "e"));
        Assert.Empty(session.DiagnosticsOf(path));
    }

    [Fact]
    public void An_edit_in_one_file_reports_in_the_files_that_depend_on_it()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var path = project.SchemaPath("consulate.yaml");
        var text = TempProject.Example("consulate.yaml");
        session.Open(path, text);
        var at = TempProject.PositionOf(text, "  Consulate:", 2);
        session.Change(path, 2, new TextDocumentContentChangeEvent(new Range(at, new Position(at.Line, at.Character + "Consulate".Length)), "Post"));

        var other = Assert.Single(session.DiagnosticsOf(project.SchemaPath("mission.yaml")));
        Assert.Equal("DK0005", other.Code);
    }

    [Fact]
    public void The_baseline_beside_the_schemas_is_checked_as_the_build_checks_it()
    {
        var baseline = "types:\n  Envoy:\n    fields:\n      name: string\n      rank: int\n";
        var current = "types:\n  Envoy:\n    fields:\n      name: string\n";
        using var project = new TempProject([("envoy.yaml", current)], [("envoy.yaml", baseline)]);
        var session = new LanguageServerSession(project.Folder);
        var removed = Assert.Single(session.DiagnosticsOf(project.SchemaPath("envoy.yaml")));
        Assert.Equal("DK0044", removed.Code);
        Assert.Empty(session.DiagnosticsOf(project.BaselinePath("envoy.yaml")));
    }

    [Fact]
    public void A_requests_before_initialize_and_unknown_methods_are_refused_with_their_codes()
    {
        var server = new SchemaLanguageServer(_ => { }, (_, _) => { });
        var early = Assert.Throws<RpcException>(() => server.Handle(new RpcMessage(System.Text.Json.JsonDocument.Parse("1").RootElement, "textDocument/hover", default), CancellationToken.None));
        Assert.Equal(RpcErrors.ServerNotInitialized, early.Code);

        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var unknown = Assert.Throws<RpcException>(() => session.Request("textDocument/noSuchThing", "x", LspJson.Default.String, LspJson.Default.Hover));
        Assert.Equal(RpcErrors.MethodNotFound, unknown.Code);
        var outside = Assert.Throws<RpcException>(() => session.Hover("/nowhere/x.yaml", 0, 0));
        Assert.Equal(RpcErrors.InvalidParams, outside.Code);
    }
}
