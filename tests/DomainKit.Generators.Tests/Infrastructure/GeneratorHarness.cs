using System.Collections.Immutable;
using DomainKit.Generators.Host;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DomainKit.Generators.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory schema files, the way the compiler would.</summary>
public static class GeneratorHarness
{
    public const string DefaultNamespace = "Test.Domain";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(DomainKit.ValidationResult).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    // Diagnose: doc comments are checked as in a project with GenerateDocumentationFile.
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) => CSharpCompilation.Create(
        "DomainKit.Consumer",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            // As the .NET SDK does by default (NoWarn 1701;1702): reference unification notices.
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            }));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, TestOptionsProvider? options = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new DomainKitGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options ?? Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static TestOptionsProvider Options(string? domainKitNamespace = null, string? rootNamespace = DefaultNamespace)
    {
        var global = new Dictionary<string, string>();
        if (domainKitNamespace is not null) global["build_property.DomainKitNamespace"] = domainKitNamespace;
        if (rootNamespace is not null) global["build_property.RootNamespace"] = rootNamespace;
        return new TestOptionsProvider(global);
    }

    public static IEnumerable<AdditionalText> Files(params (string Path, string Text)[] files) =>
        files.Select(f => new InMemoryAdditionalText(f.Path, f.Text));

    /// <summary>Runs the generator once; returns the result and the compilation with generated sources added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params (string Path, string Text)[] files) =>
        Run(Files(files), Options());

    /// <summary>
    /// Runs the generator, checks that the language server reports the same diagnostics, then proves caching on the schemas at hand: a second run on an equal compilation
    /// reuses everything (as NetEscapades.EnumGenerators' tests do), and a third, in which every file has
    /// a comment line put in front so that every position moves, recomputes the files but regenerates nothing.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<AdditionalText> files, TestOptionsProvider options)
    {
        var texts = files.ToList();
        var compilation = CreateCompilation();
        var driver = CreateDriver(texts, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var first = driver.GetRunResult();
        ServerAssert.SameDiagnostics(texts, options, first.Diagnostics);
        driver = driver.RunGenerators(compilation.Clone());
        CachingAssert.SecondRunReusedEverything(first.Results.Single(), driver.GetRunResult().Results.Single());
        foreach (var text in texts) driver = driver.ReplaceAdditionalText(text, new InMemoryAdditionalText(text.Path, MoveEveryLine(text.GetText()!.ToString())));
        CachingAssert.MovingTextRegeneratesNothing(first.Results.Single(), driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single());
        return (first, output);
    }

    /// <summary>The same schema one line further down (after a byte-order mark, which must stay first).</summary>
    private static string MoveEveryLine(string text)
    {
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        return bom + "# moved one line down by the caching check\n" + text[bom.Length..];
    }

    /// <summary>A run's generated files, hint name and text, for <c>GeneratedCode.MatchSourceSnapshots</c>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Sources(GeneratorDriverRunResult result) =>
        result.Results.SelectMany(r => r.GeneratedSources).Select(s => KeyValuePair.Create(s.HintName, s.SourceText.ToString()));

    /// <summary>The example schemas in the repository's schema/ folder.</summary>
    public static (string Path, string Text)[] ExampleSchemas() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "schema"), "*.yaml")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("schema/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
}
