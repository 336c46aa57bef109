using System.Collections.Immutable;
using DomainKit.Schema.Checking;
using DomainKit.Schema.Evolution;
using DomainKit.Schema.Indexing;
using DomainKit.Schema.Parsing;

namespace DomainKit.LanguageServer.Workspace;

/// <summary>
/// One project's schema and baseline texts, checked the way the generator's incremental pipeline checks them: the
/// same compiler calls, step by step, each step run again only when its input changed (so an edit re-checks what a
/// build would, not the whole project). <see cref="Counts"/> says how often each step ran.
/// </summary>
internal sealed class SchemaProject(ProjectSettings settings)
{
    private readonly List<string> _schemaPaths = new();
    private readonly List<string> _baselinePaths = new();
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileSteps> _steps = new(StringComparer.Ordinal);
    private readonly ProjectSteps _project = new();
    private CompiledProject? _compiled;

    public ProjectSettings Settings { get; private set; } = settings;

    public IReadOnlyList<string> SchemaPaths => _schemaPaths;

    public IReadOnlyList<string> BaselinePaths => _baselinePaths;

    public bool Contains(string path) => _texts.ContainsKey(path);

    public string? TextOf(string path) => _texts.TryGetValue(path, out var text) ? text : null;

    public void SetSettings(ProjectSettings value)
    {
        if (value == Settings) return;
        Settings = value;
        _compiled = null;
    }

    /// <summary>Adds or replaces a file's text (a baseline file when <paramref name="baseline"/>).</summary>
    public void SetText(string path, string text, bool baseline = false)
    {
        var paths = baseline ? _baselinePaths : _schemaPaths;
        if (!_texts.ContainsKey(path)) paths.Add(path);
        else if (_texts[path] == text) return;
        _texts[path] = text;
        _compiled = null;
    }

    public void Remove(string path)
    {
        if (!_texts.Remove(path)) return;
        _schemaPaths.Remove(path);
        _baselinePaths.Remove(path);
        _steps.Remove(path);
        _compiled = null;
    }

    public StepCounts Counts => new(
        _steps.Values.Sum(s => s.Parse.Runs),
        _steps.Values.Sum(s => s.Check.Runs),
        _project.Index.Runs,
        _steps.Values.Sum(s => s.Compare.Runs));

    public CompiledProject Compile() => _compiled ??= CompileNow();

    private CompiledProject CompileNow()
    {
        var ns = Settings.DefaultNamespace;
        var bugs = new List<SchemaDiagnostic>();
        var parsed = _schemaPaths.Select(p => StepsOf(p).Parse.Get(_texts[p], text => SchemaParser.Parse(p, text))).ToList();

        var declared = parsed.Select(f => Keep(StepsOf(f.FilePath).Declare.Get((f, ns), input =>
            Contained.Run("index", input.Item1.FilePath, () => TypeIndexBuilder.Declarations(input.Item1, input.Item2), EquatableArray<DeclaredName>.Empty)), bugs)).ToEquatableArray();
        var indexResult = _project.Index.Get(declared, files => TypeIndexBuilder.BuildSafely(files.Items));

        var shapes = parsed.Select(f => Keep(StepsOf(f.FilePath).Shapes.Get(f, schema =>
            Contained.Run("shapes", schema.FilePath, () => RecordShapes.Of(schema), EquatableArray<RecordShape>.Empty)), bugs)).ToEquatableArray();
        var checkedFiles = new Dictionary<string, CheckedSchema>(StringComparer.Ordinal);
        foreach (var file in parsed)
        {
            var steps = StepsOf(file.FilePath);
            var reachable = steps.Reachable.Get((file, shapes), input =>
                Contained.Run("shapes", input.Item1.FilePath, () => RecordShapes.ReachableFrom(input.Item1, input.Item2.Items), EquatableArray<RecordShape>.Empty));
            checkedFiles[file.FilePath] = steps.Check.Get((file, indexResult.Index, ns, reachable), input =>
                SchemaChecker.CheckSafely(input.Item1, input.Item2, input.Item3, input.Item4.Value).WithBugs(input.Item4.Bugs));
        }

        var links = parsed.Select(f => Keep(StepsOf(f.FilePath).Links.Get(f, schema =>
            Contained.Run("cycles", schema.FilePath, () => RequiredCycles.Links(schema), EquatableArray<RequiredLink>.Empty)), bugs)).ToEquatableArray();
        var cycles = _project.Cycles.Get((links, indexResult.Index), input =>
            Contained.Diagnostics("cycles", "", () => RequiredCycles.Find(input.Item1.Items, input.Item2)));

        var baselineParsed = _baselinePaths.Select(p => StepsOf(p).Parse.Get(_texts[p], text => SchemaParser.Parse(p, text))).ToList();
        var baseline = _project.Baseline.Get(baselineParsed.ToEquatableArray(), files => Contained.Run("compare", () => CompatibilityChecker.Read(files.Items),
            e => new Baseline { Diagnostics = new[] { Contained.Bug("", e) }.ToEquatableArray() }));
        var breaking = Compare(parsed, baseline, bugs);

        var diagnostics = checkedFiles.Values.SelectMany(f => f.Diagnostics)
            .Concat(indexResult.Diagnostics).Concat(cycles).Concat(breaking).Concat(Settings.Compatibility.Diagnostics(baseline)).Concat(bugs)
            .ToList();
        return new CompiledProject(Settings, new Dictionary<string, string>(_texts, StringComparer.Ordinal), parsed, baselineParsed, checkedFiles, indexResult.Index, baseline, diagnostics);
    }

    private List<SchemaDiagnostic> Compare(List<ParsedSchema> parsed, Baseline baseline, List<SchemaDiagnostic> bugs)
    {
        var directions = Settings.Compatibility.Checked;
        var currentForms = parsed.SelectMany(f => Keep(StepsOf(f.FilePath).Forms.Get(f, schema =>
            Contained.Run("compare", schema.FilePath, () => CompatibilityChecker.FormsOf(schema), EquatableArray<TypeForm>.Empty)), bugs).Items).ToEquatableArray();
        var breaking = new List<SchemaDiagnostic>();
        foreach (var file in parsed)
        {
            var steps = StepsOf(file.FilePath);
            var slice = steps.Slice.Get((file, baseline), input =>
                Contained.Run("compare", input.Item1.FilePath, () => CompatibilityChecker.SliceFor(input.Item1, input.Item2), BaselineSlice.Empty));
            breaking.AddRange(steps.Compare.Get((file, slice, currentForms, directions), input => input.Item2.Bugs.Count > 0
                ? input.Item2.Bugs
                : Contained.Diagnostics("compare", input.Item1.FilePath, () => CompatibilityChecker.Compare(input.Item1, input.Item2.Value, input.Item3, input.Item4))));
        }
        var paths = parsed.Select(f => f.FilePath).ToEquatableArray();
        breaking.AddRange(_project.Removed.Get((baseline, currentForms, paths, directions), input =>
            Contained.Diagnostics("compare", "", () => CompatibilityChecker.RemovedTypes(input.Item1, input.Item2, input.Item3, input.Item4))));
        return breaking;
    }

    private static T Keep<T>(Staged<T> staged, List<SchemaDiagnostic> bugs)
    {
        bugs.AddRange(staged.Bugs);
        return staged.Value;
    }

    private FileSteps StepsOf(string path)
    {
        if (!_steps.TryGetValue(path, out var steps)) _steps[path] = steps = new FileSteps();
        return steps;
    }

    /// <summary>A file's steps, one memo each, as the generator's per-file pipeline nodes.</summary>
    private sealed class FileSteps
    {
        public Memo<string, ParsedSchema> Parse { get; } = new();
        public Memo<(ParsedSchema, string), Staged<EquatableArray<DeclaredName>>> Declare { get; } = new();
        public Memo<ParsedSchema, Staged<EquatableArray<RecordShape>>> Shapes { get; } = new();
        public Memo<(ParsedSchema, EquatableArray<EquatableArray<RecordShape>>), Staged<EquatableArray<RecordShape>>> Reachable { get; } = new();
        public Memo<(ParsedSchema, TypeIndex, string, Staged<EquatableArray<RecordShape>>), CheckedSchema> Check { get; } = new();
        public Memo<ParsedSchema, Staged<EquatableArray<RequiredLink>>> Links { get; } = new();
        public Memo<ParsedSchema, Staged<EquatableArray<TypeForm>>> Forms { get; } = new();
        public Memo<(ParsedSchema, Baseline), Staged<BaselineSlice>> Slice { get; } = new();
        public Memo<(ParsedSchema, Staged<BaselineSlice>, EquatableArray<TypeForm>, CompatibilityDirections), EquatableArray<SchemaDiagnostic>> Compare { get; } = new();
    }

    /// <summary>The steps over all files: the index, the cycles, the baseline, the removed types.</summary>
    private sealed class ProjectSteps
    {
        public Memo<EquatableArray<EquatableArray<DeclaredName>>, TypeIndexResult> Index { get; } = new();
        public Memo<(EquatableArray<EquatableArray<RequiredLink>>, TypeIndex), EquatableArray<SchemaDiagnostic>> Cycles { get; } = new();
        public Memo<EquatableArray<ParsedSchema>, Baseline> Baseline { get; } = new();
        public Memo<(Baseline, EquatableArray<TypeForm>, EquatableArray<string>, CompatibilityDirections), EquatableArray<SchemaDiagnostic>> Removed { get; } = new();
    }
}

/// <summary>How many times each step ran since the project was made.</summary>
internal sealed record StepCounts(int Parses, int Checks, int Indexes, int Compares);
