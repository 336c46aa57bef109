using System;
using System.Collections.Immutable;
using System.Linq;
using DomainKit.Generators.Core.Checking;
using DomainKit.Generators.Core.Diagnostics;
using DomainKit.Generators.Core.Emitting;
using DomainKit.Generators.Core.Model;
using DomainKit.Generators.Core.Parsing;
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

        var indexResult = parsed
            .Combine(defaultNamespace)
            .Select((pair, _) => TypeIndexBuilder.Declarations(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.DeclaredNames)
            .Collect()
            .Select((files, _) => TypeIndexBuilder.Build(files))
            .WithTrackingName(TrackingNames.IndexResult);

        var index = indexResult.Select((result, _) => result.Index).WithTrackingName(TrackingNames.Index);

        var allShapes = parsed
            .Select((schema, _) => RecordShapes.Of(schema))
            .WithTrackingName(TrackingNames.RecordShapes)
            .Collect();

        // Each file with the shapes its rules can reach: empty for a file without rules, so that
        // editing a record's fields re-checks only the files whose rules might read them.
        var withShapes = parsed
            .Combine(allShapes)
            .Select((pair, _) => (Schema: pair.Left, Shapes: RecordShapes.ReachableFrom(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.RuleShapes);

        var checkedFiles = withShapes
            .Combine(index)
            .Combine(defaultNamespace)
            .Select((input, _) => CheckSafely(input.Left.Left.Schema, input.Left.Right, input.Right, input.Left.Left.Shapes))
            .WithTrackingName(TrackingNames.Checked);

        var types = checkedFiles
            .SelectMany((file, _) => file.Types.Items)
            .WithTrackingName(TrackingNames.Types);

        context.RegisterSourceOutput(types, static (output, type) =>
            output.AddSource(type.HintName, SourceText.From(SourceEmitter.Emit(type), System.Text.Encoding.UTF8)));

        var fileDiagnostics = checkedFiles
            .Select((file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, Report);

        var indexDiagnostics = indexResult
            .Select((result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.IndexDiagnostics);
        context.RegisterSourceOutput(indexDiagnostics, Report);

        var cycleDiagnostics = parsed
            .Select((schema, _) => RequiredCycles.Links(schema))
            .WithTrackingName(TrackingNames.RequiredLinks)
            .Collect()
            .Combine(index)
            .Select((pair, _) => RequiredCycles.Find(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CycleDiagnostics);
        context.RegisterSourceOutput(cycleDiagnostics, Report);
    }

    private static void Report(SourceProductionContext output, EquatableArray<SchemaDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) output.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(diagnostic));
    }

    // The core is written not to throw; this turns a bug into a DK9999 on the file instead of CS8785.
    internal static CheckedSchema CheckSafely(ParsedSchema schema, TypeIndex index, string defaultNamespace, EquatableArray<RecordShape> shapes = default)
    {
        try
        {
            return SchemaChecker.Check(schema, index, defaultNamespace, shapes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var span = new SourceSpan(schema.FilePath, 0, 0, 0, 0, 0, 0);
            var diagnostic = new SchemaDiagnostic(DiagnosticCatalog.InternalError, span,
                ImmutableArray.Create(e.GetType().Name + ": " + e.Message).ToEquatableArray());
            return new CheckedSchema { FilePath = schema.FilePath, Diagnostics = schema.Diagnostics.Concat(new[] { diagnostic }).ToEquatableArray() };
        }
    }
}
