using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DomainKit.Schema;
using DomainKit.Schema.Emitting;
using DomainKit.Schema.Evolution;
using DomainKit.Schema.Parsing;

namespace DomainKit.Testing;

/// <summary>
/// Snapshots of the code a domain's schemas generate: one <c>{TestClass}.{TestMethod}.{HintName}.verified.cs</c> per
/// generated type beside the test. A difference writes <c>.received.cs</c> and fails with a unified diff; a verified
/// file nothing generates any more fails; the generator's version is scrubbed; <c>DOMAINKIT_ACCEPT_SNAPSHOTS=1</c>
/// accepts. The code is emitted by the generator's own schema compiler, as the build emits it.
/// </summary>
public static partial class GeneratedCode
{
    /// <summary>
    /// The schema files, namespace, baseline and compatibility of the calling test project as its build gives them
    /// to the generator (the package's props record them in the test assembly), compiled and matched.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void MatchSnapshots([CallerFilePath] string testFile = "", [CallerMemberName] string test = "") =>
        MatchSnapshots(BuildSettings.Of(Assembly.GetCallingAssembly()), testFile, test);

    /// <summary>The YAML files of <paramref name="schemaFolder"/> (and of the baseline folder beside it, <c>schema-baseline</c>), compiled and matched.</summary>
    /// <param name="schemaFolder">The folder of the schema files.</param>
    /// <param name="defaultNamespace">The namespace of files without <c>namespace:</c> (the build's <c>DomainKitNamespace</c> or <c>RootNamespace</c>).</param>
    /// <param name="testFile">The test's file: filled in by the compiler.</param>
    /// <param name="test">The test's name: filled in by the compiler.</param>
    public static void MatchFolderSnapshots(string schemaFolder, string defaultNamespace, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "") =>
        MatchSnapshots(BuildSettings.Folder(schemaFolder, defaultNamespace), testFile, test);

    /// <summary>Generated sources from any run of the generator (hint name and text, as <c>GeneratedSourceResult</c> gives them), matched.</summary>
    /// <param name="sources">Each generated file's hint name and text.</param>
    /// <param name="testFile">The test's file: filled in by the compiler.</param>
    /// <param name="test">The test's name: filled in by the compiler.</param>
    public static void MatchSourceSnapshots(IEnumerable<KeyValuePair<string, string>> sources, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var files = sources.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new SnapshotMismatchException("Nothing was generated: no schema file, or none with a type.");
        var failures = new List<string>();
        foreach (var (hintName, text) in files)
        {
            if (SnapshotFiles.Compare(ScrubVersion(text), NameOf(hintName), ".cs", testFile, test) is { } failure) failures.Add(failure);
        }
        var expected = files.Select(f => SnapshotFiles.PathOf(testFile, test, NameOf(f.Key), ".cs")).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in SnapshotFiles.Existing(testFile, test, ".cs").Where(p => !expected.Contains(p)))
        {
            if (SnapshotFiles.Accepting) File.Delete(stale);
            else failures.Add($"Stale snapshot (nothing generates it any more): {Path.GetFileName(stale)}");
        }
        SnapshotFiles.Fail(failures);
    }

    /// <summary>The generator's version in <c>[GeneratedCode("DomainKit", "…")]</c> replaced by <c>{version}</c>, so that an upgrade changes a snapshot only where the code changed.</summary>
    /// <param name="generated">A generated file's text.</param>
    public static string ScrubVersion(string generated) => Version().Replace(generated, "GeneratedCode(\"DomainKit\", \"{version}\")");

    private static void MatchSnapshots(BuildSettings settings, string testFile, string test)
    {
        var files = settings.Schemas.Select(path => SchemaParser.Parse(path, File.ReadAllText(path))).ToList();
        var project = ProjectChecker.Check(files, settings.DefaultNamespace);
        var diagnostics = project.Diagnostics.AsEnumerable();
        if (settings.Baseline.Count > 0)
        {
            var baseline = settings.Baseline.Select(path => SchemaParser.Parse(path, File.ReadAllText(path))).ToList();
            diagnostics = diagnostics.Concat(CompatibilityChecker.Run(baseline, files, settings.Compatibility.Checked));
        }
        var errors = diagnostics.Where(d => d.Definition.Severity == Schema.Diagnostics.Severity.Error).Select(d => d.Located).Distinct().Order(StringComparer.Ordinal).ToList();
        if (errors.Count > 0) throw new SnapshotMismatchException("The schemas have errors; nothing to snapshot:\n" + string.Join("\n", errors));
        MatchSourceSnapshots(project.Types.Select(type => KeyValuePair.Create(type.HintName, SourceEmitter.Emit(type))), testFile, test);
    }

    private static string NameOf(string hintName) => hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;

    [GeneratedRegex("GeneratedCode\\(\"DomainKit\", \"[^\"]*\"\\)")]
    private static partial Regex Version();
}
