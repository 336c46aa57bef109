using DomainKit.LanguageServer.Workspace;
using DomainKit.Schema.Evolution;
using DomainKit.Schema.Text;

namespace DomainKit.LanguageServer.Features;

/// <summary>
/// Quick fixes for the diagnostics in a range: every "did you mean" takes its suggestion; a removed field can be
/// reserved, or kept as the field that renamed it (its old wire name); DK0026 makes the closing field optional.
/// </summary>
internal static class CodeActionFeature
{
    public static CodeAction[] Actions(ProjectView view, string path, Range range, DiagnosticDocs docs)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in view.Compiled.DiagnosticsAt(path).Where(d => Overlaps(TextLines.RangeOf(d.Span), range)))
        {
            var lsp = DiagnosticPublisher.ToLsp(diagnostic, docs);
            if (DidYouMean(view, diagnostic) is { } replace) actions.Add(Fix($"Change to '{replace.NewText}'", lsp, path, replace, preferred: true));
            if (diagnostic.Definition == DiagnosticCatalog.RequiredCycle && MakeOptional(view, diagnostic) is { } optional)
                actions.Add(Fix($"Make '{diagnostic.Arguments[0]}' optional", lsp, path, optional, preferred: true));
            if (diagnostic.Definition == DiagnosticCatalog.FieldRemoved)
            {
                if (Reserve(view, diagnostic) is { } reserve) actions.Add(Fix($"Reserve '{diagnostic.Arguments[0]}'", lsp, reserve.FilePath, reserve.Edit, preferred: false));
                if (Renamed(view, diagnostic) is { } renamed) actions.Add(Fix($"Keep '{renamed.Field}' readable as '{diagnostic.Arguments[0]}'", lsp, renamed.FilePath, renamed.Edit, preferred: true));
            }
        }
        return actions.ToArray();
    }

    private static CodeAction Fix(string title, LspDiagnostic diagnostic, string path, TextEdit edit, bool preferred) =>
        new(title, "quickfix", [diagnostic], new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [DocumentUri.FromPath(path)] = [edit] }), preferred);

    /// <summary>The misspelt name in the diagnostic's range replaced by the suggestion.</summary>
    private static TextEdit? DidYouMean(ProjectView view, SchemaDiagnostic diagnostic)
    {
        if (NameSuggester.SuggestionIn(diagnostic.Message) is not { } suggestion) return null;
        var span = diagnostic.Span;
        var text = view.LinesOf(span.FilePath).Text;
        if (span.EndOffset > text.Length || span.StartOffset > span.EndOffset) return null;
        var written = text[span.StartOffset..span.EndOffset];
        foreach (var name in diagnostic.Arguments.Where(a => a.Length > 0 && a != suggestion))
        {
            var at = written.IndexOf(name, StringComparison.Ordinal);
            if (at < 0 || written.IndexOf(name, at + 1, StringComparison.Ordinal) >= 0) continue;
            var lines = view.LinesOf(span.FilePath);
            return new TextEdit(new Range(lines.PositionOf(span.StartOffset + at), lines.PositionOf(span.StartOffset + at + name.Length)), suggestion);
        }
        return null;
    }

    /// <summary>DK0026: a <c>?</c> after the closing field's type.</summary>
    private static TextEdit? MakeOptional(ProjectView view, SchemaDiagnostic diagnostic)
    {
        var field = view.Symbols.FieldOf(diagnostic.Arguments[1], diagnostic.Arguments[0])?.Field;
        if (field is null || field.Type.Text.EndsWith('?')) return null;
        var span = field.Type.Source.Span;
        if (span.StartLine != span.EndLine) return null;
        var end = new Position(span.EndLine, field.Type.Source.IsPlain ? span.EndColumn : span.EndColumn - 1);
        return new TextEdit(new Range(end, end), "?");
    }

    /// <summary>DK0044: the removed field's wire name under the owner's <c>reserved</c>.</summary>
    private static (string FilePath, TextEdit Edit)? Reserve(ProjectView view, SchemaDiagnostic diagnostic)
    {
        var wire = diagnostic.Arguments[0];
        var owner = diagnostic.Arguments[1];
        var dot = owner.IndexOf('.', StringComparison.Ordinal);
        if (view.Symbols.TypeNamed(dot < 0 ? owner : owner[..dot]) is not { } type) return null;
        var variant = dot < 0 ? null : type.Union?.Variants.FirstOrDefault(v => v.Name.Text == owner[(dot + 1)..]);
        var (name, reserved) = variant is null ? (type.Name, type.Reserved) : (variant.Name, variant.Reserved);
        var lines = view.LinesOf(name.Span.FilePath);
        var edit = reserved.Count > 0 ? YamlEdits.AppendItem(lines, reserved[reserved.Count - 1], wire) : YamlEdits.InsertKey(lines, name.Span, "reserved", "[" + wire + "]");
        return edit is null ? null : (name.Span.FilePath, edit);
    }

    /// <summary>DK0044 with the hint that one field was added as one was removed: the added one keeps the old wire name (<see cref="RenameFeature.KeepWireName"/>).</summary>
    private static (string Field, string FilePath, TextEdit Edit)? Renamed(ProjectView view, SchemaDiagnostic diagnostic)
    {
        if (TypeComparer.RenamedIn(diagnostic.Message) is not { } added) return null;
        var owner = diagnostic.Arguments[1].Replace('.', '/');
        if (view.Symbols.FieldOf(owner, added) is not { } found) return null;
        return RenameFeature.KeepWireName(view, found.Field, diagnostic.Arguments[0]) is { } edit ? (added, edit.FilePath, edit.Edit) : null;
    }

    private static bool Overlaps(Range a, Range b) =>
        (a.Start.Line, a.Start.Character).CompareTo((b.End.Line, b.End.Character)) <= 0
        && (b.Start.Line, b.Start.Character).CompareTo((a.End.Line, a.End.Character)) <= 0;
}
