using System.Reflection;
using DomainKit.Schema.Evolution;
using DomainKit.Schema.Parsing;

namespace DomainKit.Testing;

/// <summary>What a project's build hands the generator: its schema files, baseline files, default namespace and compatibility.</summary>
internal sealed record BuildSettings(IReadOnlyList<string> Schemas, IReadOnlyList<string> Baseline, string DefaultNamespace, CompatibilitySetting Compatibility)
{
    public const string Prefix = "DomainKit.Testing.";

    /// <summary>From the <c>AssemblyMetadata</c> the package's props write into the test assembly.</summary>
    public static BuildSettings Of(Assembly assembly)
    {
        var metadata = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(a => a.Key[Prefix.Length..], a => a.Value ?? "", StringComparer.Ordinal);
        if (!metadata.TryGetValue("Schemas", out var schemas))
            throw new SnapshotMismatchException($"{assembly.GetName().Name} does not say where its schemas are: reference DomainKit.Testing by PackageReference (its props record them), or pass the schema folder.");
        return new BuildSettings(
            Split(schemas),
            Split(metadata.GetValueOrDefault("Baseline", "")),
            metadata.GetValueOrDefault("Namespace", ""),
            CompatibilitySetting.Parse(metadata.GetValueOrDefault("Compatibility")));
    }

    /// <summary>A folder's YAML files, and those of <c>schema-baseline</c> beside it.</summary>
    public static BuildSettings Folder(string folder, string defaultNamespace)
    {
        var full = Path.GetFullPath(folder);
        return new BuildSettings(SchemaFiles.In(full), SchemaFiles.In(SchemaFiles.BaselineBeside(full)), defaultNamespace, CompatibilitySetting.Default);
    }

    private static List<string> Split(string list) =>
        list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();
}
