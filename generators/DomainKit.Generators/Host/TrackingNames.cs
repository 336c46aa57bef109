namespace DomainKit.Generators.Host;

/// <summary>Names of the incremental pipeline steps, for caching tests.</summary>
public static class TrackingNames
{
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string DefaultNamespace = nameof(DefaultNamespace);
    public const string Parsed = nameof(Parsed);
    public const string Declarations = nameof(Declarations);
    public const string Index = nameof(Index);
    public const string Table = nameof(Table);
    public const string Checked = nameof(Checked);
    public const string Types = nameof(Types);
    public const string FileDiagnostics = nameof(FileDiagnostics);
    public const string IndexDiagnostics = nameof(IndexDiagnostics);
}
