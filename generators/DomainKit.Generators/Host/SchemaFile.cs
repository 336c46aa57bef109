using DomainKit.Schema.Evolution;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DomainKit.Generators.Host;

/// <summary>
/// Which AdditionalFiles are schemas (<c>.yaml</c>/<c>.yml</c>, unless the item says <c>DomainKitSchema="false"</c>) and
/// which are the baseline's (<c>DomainKitSchema="baseline"</c>); the build properties the generator reads.
/// </summary>
internal static class SchemaFile
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.DomainKitSchema";

    public static bool IsSchema(string path, AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(MetadataKey, out var flag) && flag.Length > 0)
            return string.Equals(flag, "true", System.StringComparison.OrdinalIgnoreCase);
        return DomainKit.Schema.Parsing.SchemaFiles.IsYaml(path);
    }

    public static bool IsBaseline(AnalyzerConfigOptions options) =>
        options.TryGetValue(MetadataKey, out var flag) && string.Equals(flag, "baseline", System.StringComparison.OrdinalIgnoreCase);

    /// <summary><c>DomainKitCompatibility</c>: the directions checked, and the text when it names none (then all are checked).</summary>
    public static CompatibilitySetting Compatibility(AnalyzerConfigOptions global)
    {
        global.TryGetValue("build_property.DomainKitCompatibility", out var text);
        return CompatibilitySetting.Parse(text);
    }

    public static string DefaultNamespace(AnalyzerConfigOptions global)
    {
        if (global.TryGetValue("build_property.DomainKitNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns)) return ns.Trim();
        if (global.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root)) return root.Trim();
        return "";
    }
}
