namespace DomainKit.Generators.Host;

/// <summary>Names of the incremental pipeline steps, for caching tests.</summary>
public static class TrackingNames
{
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string DefaultNamespace = nameof(DefaultNamespace);
    public const string Parsed = nameof(Parsed);
    public const string DeclaredNames = nameof(DeclaredNames);
    public const string IndexResult = nameof(IndexResult);
    public const string Index = nameof(Index);
    public const string RecordShapes = nameof(RecordShapes);
    public const string RuleShapes = nameof(RuleShapes);
    public const string Checked = nameof(Checked);
    public const string Types = nameof(Types);
    public const string FileDiagnostics = nameof(FileDiagnostics);
    public const string IndexDiagnostics = nameof(IndexDiagnostics);
    public const string RequiredLinks = nameof(RequiredLinks);
    public const string CycleDiagnostics = nameof(CycleDiagnostics);
    public const string Compatibility = nameof(Compatibility);
    public const string BaselineFiles = nameof(BaselineFiles);
    public const string BaselineParsed = nameof(BaselineParsed);
    public const string Baseline = nameof(Baseline);
    public const string TypeForms = nameof(TypeForms);
    public const string BaselineSlices = nameof(BaselineSlices);
    public const string BreakingChanges = nameof(BreakingChanges);
    public const string SchemaPaths = nameof(SchemaPaths);
    public const string RemovedTypes = nameof(RemovedTypes);
    public const string BaselineDiagnostics = nameof(BaselineDiagnostics);
}
