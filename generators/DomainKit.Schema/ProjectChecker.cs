using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit.Schema;

/// <summary>A folder of schemas checked at once: what the generator's pipeline does in steps, for the command line.</summary>
internal sealed record CheckedProject(ImmutableArray<CheckedSchema> Files, ImmutableArray<SchemaDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Rule.Severity == RuleSeverity.Error);

    public IEnumerable<TypeSpec> Types => Files.SelectMany(f => f.Types);
}

internal static class ProjectChecker
{
    /// <summary>The index, every file's check and the cross-file cycles, with the same core calls as the pipeline.</summary>
    public static CheckedProject Check(IReadOnlyList<ParsedSchema> files, string defaultNamespace)
    {
        var indexResult = TypeIndexBuilder.Build(files.Select(f => TypeIndexBuilder.Declarations(f, defaultNamespace)).ToImmutableArray());
        var allShapes = files.Select(RecordShapes.Of).ToImmutableArray();
        var checkedFiles = files
            .Select(f => SchemaChecker.CheckSafely(f, indexResult.Index, defaultNamespace, RecordShapes.ReachableFrom(f, allShapes)))
            .ToImmutableArray();
        var cycles = RequiredCycles.Find(files.Select(RequiredCycles.Links).ToImmutableArray(), indexResult.Index);
        var diagnostics = checkedFiles.SelectMany(f => f.Diagnostics).Concat(indexResult.Diagnostics).Concat(cycles);
        return new CheckedProject(checkedFiles, diagnostics.ToImmutableArray());
    }
}
