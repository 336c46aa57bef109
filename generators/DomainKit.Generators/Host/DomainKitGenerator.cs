using System;
using System.Linq;
using DomainKit.Schema.Checking;
using DomainKit.Schema.Diagnostics;
using DomainKit.Schema.Emitting;
using DomainKit.Schema.Evolution;
using DomainKit.Schema.Indexing;
using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Generators.Host;

/// <summary>
/// The Roslyn shell around the core: feeds schema AdditionalFiles in, one parse per file; builds a
/// type index across files; checks each file against it; emits one source per type; reports the
/// core's diagnostics at their YAML positions.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DomainKitGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var defaultNamespace = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => SchemaFile.DefaultNamespace(options.GlobalOptions))
            .WithTrackingName(TrackingNames.DefaultNamespace);

        var schemaTexts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SchemaFile.IsSchema(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .Select((pair, cancellation) => (Path: pair.Left.Path, Text: pair.Left.GetText(cancellation)?.ToString()))
            .WithTrackingName(TrackingNames.SchemaFiles);

        var parsed = schemaTexts
            .Select((file, _) => SchemaParser.Parse(file.Path, file.Text ?? ""))
            .WithTrackingName(TrackingNames.Parsed);

        // Every stage is contained: a bug in one is a DK9999 at the file it concerns (Contained), never CS8785.
        var declaredNames = parsed
            .Combine(defaultNamespace)
            .Select((pair, _) => Contained.Run("index", pair.Left.FilePath, () => TypeIndexBuilder.Declarations(pair.Left, pair.Right), EquatableArray<DeclaredName>.Empty))
            .WithTrackingName(TrackingNames.DeclaredNames);
        context.RegisterSourceOutput(declaredNames.Select((names, _) => names.Bugs), Report);

        var indexResult = declaredNames
            .Select((names, _) => names.Value)
            .Collect()
            .Select((files, _) => TypeIndexBuilder.BuildSafely(files))
            .WithTrackingName(TrackingNames.IndexResult);

        var index = indexResult.Select((result, _) => result.Index).WithTrackingName(TrackingNames.Index);

        var shapes = parsed
            .Select((schema, _) => Contained.Run("shapes", schema.FilePath, () => RecordShapes.Of(schema), EquatableArray<RecordShape>.Empty))
            .WithTrackingName(TrackingNames.RecordShapes);
        context.RegisterSourceOutput(shapes.Select((file, _) => file.Bugs), Report);
        var allShapes = shapes.Select((file, _) => file.Value).Collect();

        // Each file with the shapes its rules can reach: empty for a file without rules, so that
        // editing a record's fields re-checks only the files whose rules might read them.
        var withShapes = parsed
            .Combine(allShapes)
            .Select((pair, _) => (Schema: pair.Left, Shapes: Contained.Run("shapes", pair.Left.FilePath, () => RecordShapes.ReachableFrom(pair.Left, pair.Right), EquatableArray<RecordShape>.Empty)))
            .WithTrackingName(TrackingNames.RuleShapes);

        var checkedFiles = withShapes
            .Combine(index)
            .Combine(defaultNamespace)
            .Select((input, _) => SchemaChecker.CheckSafely(input.Left.Left.Schema, input.Left.Right, input.Right, input.Left.Left.Shapes.Value).WithBugs(input.Left.Left.Shapes.Bugs))
            .WithTrackingName(TrackingNames.Checked);

        var types = checkedFiles
            .SelectMany((file, _) => file.Types.Items)
            .WithTrackingName(TrackingNames.Types);

        context.RegisterSourceOutput(types, static (output, type) =>
        {
            var source = Contained.Run<string?>("emit", () => SourceEmitter.Emit(type), e =>
            {
                output.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(Contained.Bug(type.SourceFile, e)));
                return null;
            });
            if (source is not null) output.AddSource(type.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
        });

        var fileDiagnostics = checkedFiles
            .Select((file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, Report);

        var indexDiagnostics = indexResult
            .Select((result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.IndexDiagnostics);
        context.RegisterSourceOutput(indexDiagnostics, Report);

        var requiredLinks = parsed
            .Select((schema, _) => Contained.Run("cycles", schema.FilePath, () => RequiredCycles.Links(schema), EquatableArray<RequiredLink>.Empty))
            .WithTrackingName(TrackingNames.RequiredLinks);
        context.RegisterSourceOutput(requiredLinks.Select((links, _) => links.Bugs), Report);
        var cycleDiagnostics = requiredLinks
            .Select((links, _) => links.Value)
            .Collect()
            .Combine(index)
            .Select((pair, _) => Contained.Diagnostics("cycles", "", () => RequiredCycles.Find(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.CycleDiagnostics);
        context.RegisterSourceOutput(cycleDiagnostics, Report);

        RegisterCompatibilityCheck(context, parsed);
    }

    /// <summary>
    /// The breaking-change check against the baseline files. Nothing here feeds the emitted sources, so a baseline
    /// edit regenerates no code; each current file is compared only with the baseline types it continues.
    /// </summary>
    private static void RegisterCompatibilityCheck(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedSchema> parsed)
    {
        var compatibility = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => SchemaFile.Compatibility(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Compatibility);
        var checkedDirections = compatibility.Select((setting, _) => setting.Checked);

        var baseline = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SchemaFile.IsBaseline(pair.Right.GetOptions(pair.Left)))
            .Select((pair, cancellation) => (Path: pair.Left.Path, Text: pair.Left.GetText(cancellation)?.ToString()))
            .WithTrackingName(TrackingNames.BaselineFiles)
            .Select((file, _) => SchemaParser.Parse(file.Path, file.Text ?? ""))
            .WithTrackingName(TrackingNames.BaselineParsed)
            .Collect()
            .Select((files, _) => Contained.Run("compare", () => CompatibilityChecker.Read(files),
                e => new Baseline { Diagnostics = new[] { Contained.Bug("", e) }.ToEquatableArray() }))
            .WithTrackingName(TrackingNames.Baseline);

        var typeForms = parsed
            .Select((schema, _) => Contained.Run("compare", schema.FilePath, () => CompatibilityChecker.FormsOf(schema), EquatableArray<TypeForm>.Empty))
            .WithTrackingName(TrackingNames.TypeForms);
        context.RegisterSourceOutput(typeForms.Select((forms, _) => forms.Bugs), Report);
        var currentForms = typeForms
            .Collect()
            .Select((forms, _) => forms.SelectMany(f => f.Value.Items).ToEquatableArray());

        var breakingChanges = parsed
            .Combine(baseline)
            .Select((pair, _) => (Schema: pair.Left, Slice: Contained.Run("compare", pair.Left.FilePath, () => CompatibilityChecker.SliceFor(pair.Left, pair.Right), BaselineSlice.Empty)))
            .WithTrackingName(TrackingNames.BaselineSlices)
            .Combine(currentForms)
            .Combine(checkedDirections)
            .Select((input, _) => input.Left.Left.Slice.Bugs.Count > 0
                ? input.Left.Left.Slice.Bugs
                : Contained.Diagnostics("compare", input.Left.Left.Schema.FilePath, () => CompatibilityChecker.Compare(input.Left.Left.Schema, input.Left.Left.Slice.Value, input.Left.Right, input.Right)))
            .WithTrackingName(TrackingNames.BreakingChanges);
        context.RegisterSourceOutput(breakingChanges, Report);

        var paths = parsed.Select((schema, _) => schema.FilePath).WithTrackingName(TrackingNames.SchemaPaths).Collect();
        var removedTypes = baseline
            .Combine(currentForms)
            .Combine(paths)
            .Combine(checkedDirections)
            .Select((input, _) => Contained.Diagnostics("compare", "", () => CompatibilityChecker.RemovedTypes(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right.ToEquatableArray(), input.Right)))
            .WithTrackingName(TrackingNames.RemovedTypes);
        context.RegisterSourceOutput(removedTypes, Report);

        var baselineDiagnostics = baseline
            .Combine(compatibility)
            .Select((pair, _) => pair.Right.Diagnostics(pair.Left))
            .WithTrackingName(TrackingNames.BaselineDiagnostics);
        context.RegisterSourceOutput(baselineDiagnostics, Report);
    }

    private static void Report(SourceProductionContext output, EquatableArray<SchemaDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) output.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(diagnostic));
    }
}
