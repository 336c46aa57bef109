using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;

namespace DomainKit.Tool;

/// <summary>A folder's <c>*.yaml</c> and <c>*.yml</c> files, parsed by the generator's parser; paths as the user wrote the folder.</summary>
internal static class SchemaFolder
{
    public static IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder)) throw new UsageException($"no folder '{folder}'");
        return Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<ParsedSchema> Parse(string folder) =>
        Files(folder).Select(path => SchemaParser.Parse(path, File.ReadAllText(path))).ToList();

    /// <summary>The baseline beside a schema folder: <c>schema</c> → <c>schema-baseline</c>.</summary>
    public static string BaselineBeside(string folder)
    {
        var trimmed = folder.TrimEnd('/', '\\');
        return Path.Combine(Path.GetDirectoryName(trimmed) ?? "", "schema-baseline");
    }
}
