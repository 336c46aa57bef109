using DomainKit.LanguageServer.Workspace;

namespace DomainKit.LanguageServer.Features;

/// <summary>The build's diagnostics as LSP diagnostics: the same id, message, severity and range, per file.</summary>
internal static class DiagnosticPublisher
{
    public const string Source = "domainkit";

    public static LspDiagnostic ToLsp(SchemaDiagnostic diagnostic, DiagnosticDocs docs) => new(
        TextLines.RangeOf(diagnostic.Span),
        diagnostic.Definition.Severity == Severity.Error ? 1 : 2,
        diagnostic.Definition.Id,
        new CodeDescription(docs.Link(diagnostic.Definition.Id)),
        Source,
        diagnostic.Message);

    /// <summary>Every file of the project (schemas and baseline) with its diagnostics, none for a clean file.</summary>
    public static Dictionary<string, LspDiagnostic[]> ByFile(CompiledProject project, DiagnosticDocs docs)
    {
        var files = project.Texts.Keys.ToDictionary(path => path, _ => new List<LspDiagnostic>(), StringComparer.Ordinal);
        foreach (var diagnostic in project.Diagnostics)
        {
            if (files.TryGetValue(diagnostic.Span.FilePath, out var list)) list.Add(ToLsp(diagnostic, docs));
        }
        return files.ToDictionary(f => f.Key, f => f.Value.OrderBy(d => (d.Range.Start.Line, d.Range.Start.Character)).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Problems of no file (a build property's value): shown as messages, as the build shows them without a location.</summary>
    public static IEnumerable<SchemaDiagnostic> OfNoFile(CompiledProject project) =>
        project.Diagnostics.Where(d => d.Span.FilePath.Length == 0);
}
