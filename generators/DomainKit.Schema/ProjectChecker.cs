using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit.Schema;

/// <summary>A folder of schemas checked at once: what the generator's pipeline does in steps, for the command line.</summary>
internal sealed record CheckedProject(ImmutableArray<CheckedSchema> Files, ImmutableArray<SchemaDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Definition.Severity == Severity.Error);

    public IEnumerable<TypeSpec> Types => Files.SelectMany(f => f.Types);
}

internal static class ProjectChecker
{
    /// <summary>The index, every file's check and the cross-file cycles, with the same core calls as the pipeline.</summary>
    public static CheckedProject Check(IReadOnlyList<ParsedSchema> files, string defaultNamespace)
    {
        var bugs = new List<SchemaDiagnostic>();
        T Run<T>(string stage, string file, Func<T> body, T fallback)
        {
            var staged = Contained.Run(stage, file, body, fallback);
            bugs.AddRange(staged.Bugs);
            return staged.Value;
        }
        var declared = files.Select(f => Run("index", f.FilePath, () => TypeIndexBuilder.Declarations(f, defaultNamespace), EquatableArray<DeclaredName>.Empty)).ToImmutableArray();
        var indexResult = TypeIndexBuilder.BuildSafely(declared);
        var allShapes = files.Select(f => Run("shapes", f.FilePath, () => RecordShapes.Of(f), EquatableArray<RecordShape>.Empty)).ToImmutableArray();
        var checkedFiles = files
            .Select(f => SchemaChecker.CheckSafely(f, indexResult.Index, defaultNamespace,
                Run("shapes", f.FilePath, () => RecordShapes.ReachableFrom(f, allShapes), EquatableArray<RecordShape>.Empty)))
            .ToImmutableArray();
        var links = files.Select(f => Run("cycles", f.FilePath, () => RequiredCycles.Links(f), EquatableArray<RequiredLink>.Empty)).ToImmutableArray();
        var cycles = Contained.Diagnostics("cycles", "", () => RequiredCycles.Find(links, indexResult.Index));
        var diagnostics = checkedFiles.SelectMany(f => f.Diagnostics).Concat(indexResult.Diagnostics).Concat(cycles).Concat(bugs);
        return new CheckedProject(checkedFiles, diagnostics.ToImmutableArray());
    }
}
