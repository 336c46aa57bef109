using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace DomainKit.Schema.Evolution;

/// <summary>
/// The breaking-change check between the baseline schemas (as last released) and the current ones, in pieces the
/// generator caches separately: the baseline read once; per current file, the baseline types it continues and the
/// comparison; and the types the baseline has that no current file continues. <see cref="Run"/> does it all at once.
/// </summary>
internal static class CompatibilityChecker
{
    /// <summary>The whole check over parsed files, as the command line runs it; nothing when there is no baseline.</summary>
    public static EquatableArray<SchemaDiagnostic> Run(IReadOnlyList<ParsedSchema> baselineFiles, IReadOnlyList<ParsedSchema> currentFiles, CompatibilityDirections @checked) =>
        Contained.Diagnostics("compare", "", () => RunUncontained(baselineFiles, currentFiles, @checked));

    private static EquatableArray<SchemaDiagnostic> RunUncontained(IReadOnlyList<ParsedSchema> baselineFiles, IReadOnlyList<ParsedSchema> currentFiles, CompatibilityDirections @checked)
    {
        var baseline = Read(baselineFiles.ToImmutableArray());
        var forms = currentFiles.SelectMany(f => FormsOf(f)).ToEquatableArray();
        var diagnostics = new List<SchemaDiagnostic>(baseline.Diagnostics);
        foreach (var file in currentFiles) diagnostics.AddRange(Compare(file, SliceFor(file, baseline), forms, @checked));
        diagnostics.AddRange(RemovedTypes(baseline, forms, currentFiles.Select(f => f.FilePath).ToEquatableArray(), @checked));
        return diagnostics.ToEquatableArray();
    }

    /// <summary>The baseline files, read; a file with errors is left out with a warning (its types would be compared wrongly).</summary>
    public static Baseline Read(ImmutableArray<ParsedSchema> files)
    {
        var types = new List<BaselineType>();
        var diagnostics = new DiagnosticBag();
        foreach (var file in files.OrderBy(f => f.FilePath, System.StringComparer.Ordinal))
        {
            if (file.Diagnostics.FirstOrDefault(d => d.Definition.Severity == Severity.Error) is { } error)
            {
                var where = $"{error.Definition.Id} at line {error.Span.StartLine + 1}: {error.Message}";
                diagnostics.Report(DiagnosticCatalog.BaselineUnreadable, SourceSpan.StartOf(file.FilePath), where);
                continue;
            }
            types.AddRange(file.Types.Select(t => new BaselineType(t, file.FilePath, file.UnknownFieldsError)));
        }
        return new Baseline
        {
            Types = types.ToEquatableArray(),
            Forms = types.Select(t => Form(t.Declaration)).ToEquatableArray(),
            Diagnostics = diagnostics.ToEquatableArray(),
        };
    }

    /// <summary>How a file's types stand for wire types, for comparing field types that name them.</summary>
    public static EquatableArray<TypeForm> FormsOf(ParsedSchema file) => file.Types.Select(Form).ToEquatableArray();

    /// <summary>The baseline types a current file's types continue (by name or <c>renamedFrom</c>): all its comparison reads of the baseline.</summary>
    public static BaselineSlice SliceFor(ParsedSchema file, Baseline baseline)
    {
        if (baseline.Types.Count == 0) return BaselineSlice.Empty;
        var names = new HashSet<string>(file.Types.SelectMany(t => t.RenamedFrom.Select(r => r.Text).Append(t.Name.Text)));
        return new BaselineSlice(baseline.Types.Where(t => names.Contains(t.Name)).ToEquatableArray(), baseline.Forms);
    }

    /// <summary>Every break of a checked direction between one current file's types and the baseline types they continue.</summary>
    public static EquatableArray<SchemaDiagnostic> Compare(ParsedSchema file, BaselineSlice slice, EquatableArray<TypeForm> currentForms, CompatibilityDirections @checked)
    {
        if (slice.Types.Count == 0 || @checked == CompatibilityDirections.None) return EquatableArray<SchemaDiagnostic>.Empty;
        var types = new WireTypes(slice.Forms, currentForms);
        var diagnostics = new DiagnosticBag();
        var comparer = new TypeComparer(@checked, types, diagnostics);
        foreach (var type in file.Types)
        {
            var baseline = slice.Types.FirstOrDefault(t => t.Name == type.Name.Text)
                ?? slice.Types.FirstOrDefault(t => type.RenamedFrom.Any(r => r.Text == t.Name) && !types.IsDeclaredNow(t.Name));
            if (baseline is not null) comparer.Compare(baseline, type);
        }
        return diagnostics.ToEquatableArray();
    }

    /// <summary>
    /// Baseline types no current type continues: documents of them are no longer read. Reported at the start of the
    /// current file of the same name when there is one, else at the type in the baseline file.
    /// </summary>
    public static EquatableArray<SchemaDiagnostic> RemovedTypes(Baseline baseline, EquatableArray<TypeForm> currentForms, EquatableArray<string> currentFiles, CompatibilityDirections @checked)
    {
        if ((@checked & CompatibilityDirections.Backward) == CompatibilityDirections.None) return EquatableArray<SchemaDiagnostic>.Empty;
        var continued = new HashSet<string>(currentForms.SelectMany(f => f.RenamedFrom.Append(f.Name)));
        var diagnostics = new DiagnosticBag();
        foreach (var type in baseline.Types.Where(t => !continued.Contains(t.Name)))
        {
            var fileName = Path.GetFileName(type.FilePath);
            var sameFile = currentFiles.Where(f => Path.GetFileName(f) == fileName).OrderBy(f => f, System.StringComparer.Ordinal).FirstOrDefault();
            var span = sameFile is not null ? SourceSpan.StartOf(sameFile) : type.Declaration.Name.Span;
            diagnostics.Report(DiagnosticCatalog.TypeRemoved, span, type.Name, fileName,
                $" (if another type is it renamed, give that type renamedFrom: [{type.Name}])", Compatibility.Describe(CompatibilityDirections.Backward));
        }
        return diagnostics.ToEquatableArray();
    }

    private static TypeForm Form(TypeDeclaration type)
    {
        var wrapped = type.Wrapped?.Type.Expression is { Arguments.Count: 0 } primitive ? primitive.Name : null;
        return new TypeForm(type.Name.Text, type.Kind, wrapped, type.RenamedFrom.Select(r => r.Text).ToEquatableArray());
    }
}
