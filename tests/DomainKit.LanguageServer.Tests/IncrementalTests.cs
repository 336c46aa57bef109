using DomainKit.LanguageServer.Workspace;
using DomainKit.Tests.Shared;

namespace DomainKit.LanguageServer.Tests;

/// <summary>An edit re-checks what the generator's incremental pipeline would: the edited file, and others only when what they see changed.</summary>
public class IncrementalTests
{
    private static (LanguageServerSession Session, SchemaProject Project, string Path, string Text) Opened(TempProject folder, string file)
    {
        var session = new LanguageServerSession(folder.Folder);
        var path = folder.SchemaPath(file);
        var text = TempProject.Example(file);
        session.Open(path, text);
        return (session, session.Server.Workspace.ProjectOf(path)!, path, text);
    }

    [Fact]
    public void Editing_a_doc_reparses_and_rechecks_only_that_file()
    {
        using var folder = new TempProject();
        var (session, project, path, text) = Opened(folder, "consulate.yaml");
        var before = project.Counts;
        var at = TempProject.PositionOf(text, "A consular post", 2);
        session.Change(path, 2, new TextDocumentContentChangeEvent(new Range(at, at), "x"));
        var after = project.Counts;
        Assert.Equal(before.Parses + 1, after.Parses);
        // The names moved, so the index is rebuilt (as the generator's is), but it comes out equal: no other file is re-checked.
        Assert.Equal(before.Checks + 1, after.Checks);
    }

    [Fact]
    public void Declaring_a_type_rebuilds_the_index_and_rechecks_every_file()
    {
        using var folder = new TempProject();
        var (session, project, path, text) = Opened(folder, "consulate.yaml");
        var before = project.Counts;
        session.Change(path, 2, new TextDocumentContentChangeEvent(null, text + "  Annex:\n    fields:\n      name: string\n"));
        var after = project.Counts;
        Assert.Equal(before.Indexes + 1, after.Indexes);
        Assert.Equal(before.Checks + TempProject.ExampleSchemas().Length, after.Checks);
    }

    [Fact]
    public void Closing_a_document_goes_back_to_the_text_on_disk()
    {
        using var folder = new TempProject();
        var (session, _, path, text) = Opened(folder, "consulate.yaml");
        session.Change(path, 2, new TextDocumentContentChangeEvent(null, text.Replace("PostStatus, default", "PostStatuz, default", StringComparison.Ordinal)));
        Assert.NotEmpty(session.DiagnosticsOf(path));
        session.Notify("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(new Uri(path).AbsoluteUri)), LspJson.Default.DidCloseTextDocumentParams);
        Assert.Empty(session.DiagnosticsOf(path));
    }

    [Fact]
    public void A_file_deleted_on_disk_leaves_the_project_and_its_diagnostics_are_cleared()
    {
        using var folder = new TempProject([("a.yaml", "types:\n  A:\n    fields:\n      b: Nope\n")]);
        var session = new LanguageServerSession(folder.Folder);
        var path = folder.SchemaPath("a.yaml");
        Assert.NotEmpty(session.DiagnosticsOf(path));
        File.Delete(path);
        session.Notify("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(new Uri(path).AbsoluteUri, 3)]), LspJson.Default.DidChangeWatchedFilesParams);
        Assert.Empty(session.DiagnosticsOf(path));
        Assert.Null(session.Server.Workspace.ProjectOf(path));
    }
}
