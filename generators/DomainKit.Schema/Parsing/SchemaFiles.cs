using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DomainKit.Schema.Parsing;

/// <summary>Which files are schemas (<c>.yaml</c>, <c>.yml</c>), a folder's schema files, and the baseline folder beside it.</summary>
internal static class SchemaFiles
{
    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder's YAML files, its subfolders' included, in ordinal order; none when it does not exist.</summary>
    public static IReadOnlyList<string> In(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Where(IsYaml).OrderBy(f => f, StringComparer.Ordinal).ToList()
        : new List<string>();

    /// <summary>The baseline beside a schema folder: <c>schema</c> → <c>schema-baseline</c>.</summary>
    public static string BaselineBeside(string folder) =>
        Path.Combine(Path.GetDirectoryName(folder.TrimEnd('/', '\\')) ?? "", "schema-baseline");
}
