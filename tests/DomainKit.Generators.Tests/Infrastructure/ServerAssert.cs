using System.Globalization;
using DomainKit.LanguageServer.Features;
using DomainKit.LanguageServer.Workspace;
using DomainKit.Schema.Diagnostics;
using DomainKit.Schema.Evolution;
using DomainKit.Schema.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DomainKit.Generators.Tests.Infrastructure;

/// <summary>
/// The language server's diagnostics for the files of a generator run, compared with the build's: the same ids,
/// messages, severities, files and ranges. Every test that runs the generator through <see cref="GeneratorHarness"/> checks it.
/// </summary>
public static class ServerAssert
{
    private const string SchemaMetadata = "build_metadata.AdditionalFiles.DomainKitSchema";

    public static void SameDiagnostics(IReadOnlyList<AdditionalText> files, AnalyzerConfigOptionsProvider options, IEnumerable<Diagnostic> build)
    {
        // A fault played into a stage (containment tests) has no counterpart in the server, which emits no C#.
        if (Contained.InjectFault is not null) return;
        var schemas = new List<(string, string)>();
        var baseline = new List<(string, string)>();
        foreach (var file in files)
        {
            options.GetOptions(file).TryGetValue(SchemaMetadata, out var flag);
            var text = (file.Path, file.GetText()!.ToString());
            if (string.Equals(flag, "baseline", StringComparison.OrdinalIgnoreCase)) baseline.Add(text);
            else if (flag is { Length: > 0 } ? string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase) : SchemaFiles.IsYaml(file.Path)) schemas.Add(text);
        }
        var global = options.GlobalOptions;
        var ns = Property(global, "DomainKitNamespace") ?? Property(global, "RootNamespace") ?? "";
        global.TryGetValue("build_property.DomainKitCompatibility", out var compatibility);
        var settings = new ProjectSettings("", ns, "schema-baseline", CompatibilitySetting.Parse(compatibility));
        var compiled = new SchemaWorkspace(_ => null).AddProject(settings, schemas, baseline).Compile();

        var docs = new DiagnosticDocs("docs/diagnostics.md");
        var server = DiagnosticPublisher.ByFile(compiled, docs)
            .SelectMany(file => file.Value.Select(d => Line(file.Key, d.Code, d.Severity == 1, d.Message, d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character)))
            .Concat(DiagnosticPublisher.OfNoFile(compiled).Select(d => Line("", d.Definition.Id, d.Definition.Severity == Severity.Error, d.Message, 0, 0, 0, 0)))
            .Order(StringComparer.Ordinal).ToList();
        var built = build.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var located = d.Location != Location.None;
            return Line(located ? span.Path : "", d.Id, d.DefaultSeverity == DiagnosticSeverity.Error, d.GetMessage(CultureInfo.InvariantCulture),
                located ? span.StartLinePosition.Line : 0, located ? span.StartLinePosition.Character : 0,
                located ? span.EndLinePosition.Line : 0, located ? span.EndLinePosition.Character : 0);
        }).Order(StringComparer.Ordinal).ToList();
        Assert.True(built.SequenceEqual(server), $"The language server's diagnostics differ from the build's.\nbuild:\n{string.Join("\n", built)}\nserver:\n{string.Join("\n", server)}");
    }

    private static string? Property(AnalyzerConfigOptions global, string name) =>
        global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Line(string path, string id, bool error, string message, int startLine, int startColumn, int endLine, int endColumn) =>
        $"{path}({startLine + 1},{startColumn + 1})-({endLine + 1},{endColumn + 1}) {(error ? "error" : "warning")} {id}: {message}";
}
