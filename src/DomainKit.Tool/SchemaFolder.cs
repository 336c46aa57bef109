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
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.Exists(folder) ? SchemaFiles.In(folder) : throw new UsageException($"no folder '{folder}'");

    public static IReadOnlyList<ParsedSchema> Parse(string folder) =>
        Files(folder).Select(path => SchemaParser.Parse(path, File.ReadAllText(path))).ToList();

    /// <summary>The baseline beside a schema folder: <c>schema</c> → <c>schema-baseline</c>.</summary>
    public static string BaselineBeside(string folder) => SchemaFiles.BaselineBeside(folder);
}
