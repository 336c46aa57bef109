using DomainKit.Schema.Evolution;

namespace DomainKit.LanguageServer.Workspace;

/// <summary>One project after a check: every file parsed and checked, the index, and every diagnostic the build would report.</summary>
internal sealed record CompiledProject(
    ProjectSettings Settings,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyList<ParsedSchema> Parsed,
    IReadOnlyList<ParsedSchema> BaselineParsed,
    IReadOnlyDictionary<string, CheckedSchema> Checked,
    TypeIndex Index,
    Baseline Baseline,
    IReadOnlyList<SchemaDiagnostic> Diagnostics)
{
    public IEnumerable<ParsedSchema> AllParsed => Parsed.Concat(BaselineParsed);

    public bool HasBaseline => BaselineParsed.Count > 0;

    public ParsedSchema? ParsedAt(string path) => AllParsed.FirstOrDefault(p => string.Equals(p.FilePath, path, StringComparison.Ordinal));

    public bool IsBaselineFile(string path) => BaselineParsed.Any(p => string.Equals(p.FilePath, path, StringComparison.Ordinal));

    public IEnumerable<SchemaDiagnostic> DiagnosticsAt(string path) =>
        Diagnostics.Where(d => string.Equals(d.Span.FilePath, path, StringComparison.Ordinal));
}
