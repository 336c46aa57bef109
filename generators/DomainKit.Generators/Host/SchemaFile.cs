using Microsoft.CodeAnalysis.Diagnostics;

namespace DomainKit.Generators.Host;

/// <summary>Which AdditionalFiles are schemas: <c>.yaml</c>/<c>.yml</c>, unless the item says <c>DomainKitSchema="false"</c>.</summary>
internal static class SchemaFile
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.DomainKitSchema";

    public static bool IsSchema(string path, AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(MetadataKey, out var flag) && flag.Length > 0)
            return string.Equals(flag, "true", System.StringComparison.OrdinalIgnoreCase);
        return path.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase);
    }

    public static string DefaultNamespace(AnalyzerConfigOptions global)
    {
        if (global.TryGetValue("build_property.DomainKitNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns)) return ns.Trim();
        if (global.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root)) return root.Trim();
        return "";
    }
}
