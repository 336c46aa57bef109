using DomainKit.Schema.Evolution;

namespace DomainKit.LanguageServer.Workspace;

/// <summary>
/// What the build tells the generator about one project: the folder, the namespace of files without
/// <c>namespace:</c> (<c>DomainKitNamespace</c>, else <c>RootNamespace</c>), the baseline folder, the compatibility,
/// and the schema files as MSBuild item patterns relative to the folder (<c>;</c>-separated).
/// </summary>
internal sealed record ProjectSettings(string Folder, string DefaultNamespace, string BaselineFolder, CompatibilitySetting Compatibility)
{
    /// <summary>What the package adds unless <c>DomainKitDefaultSchemas</c> is false.</summary>
    public const string DefaultSchemas = "schema/**/*.yaml;schema/**/*.yml";

    public string SchemaPatterns { get; init; } = DefaultSchemas;

    public static ProjectSettings Loose(string folder) =>
        new(folder, "", System.IO.Path.Combine(folder, "schema-baseline"), CompatibilitySetting.Default);
}
