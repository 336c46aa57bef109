using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainKit.Generators.Core.Diagnostics;
using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Checking;

/// <summary>Builds the compilation-wide table of declared types, and reports names declared twice.</summary>
internal static class TypeIndexBuilder
{
    public static EquatableArray<DeclaredType> Declarations(ParsedSchema schema, string defaultNamespace)
    {
        var ns = NamespaceResolver.Resolve(schema.Namespace, defaultNamespace);
        return schema.Types.Select(type => new DeclaredType(
            type.Name.Text,
            type.Kind,
            ns,
            schema.FilePath,
            type.Name.Span,
            WrappedPrimitive(type),
            type.Members.Select(m => m.Name.Text).ToEquatableArray())).ToEquatableArray();
    }

    /// <summary>One entry per name (case-insensitively): the first by file path, then by position, wins.</summary>
    public static TypeIndex Build(ImmutableArray<EquatableArray<DeclaredType>> files)
    {
        var diagnostics = new DiagnosticBag();
        var owners = new Dictionary<string, DeclaredType>(StringComparer.OrdinalIgnoreCase);
        var ordered = files.SelectMany(f => f)
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.NameSpan.StartOffset);
        foreach (var declared in ordered)
        {
            if (owners.TryGetValue(declared.Name, out var owner))
            {
                var where = $"{Path.GetFileName(owner.FilePath)}({(owner.NameSpan.StartLine + 1).ToString(CultureInfo.InvariantCulture)},{(owner.NameSpan.StartColumn + 1).ToString(CultureInfo.InvariantCulture)})";
                var name = owner.Name == declared.Name ? declared.Name : $"{declared.Name}' (differing only in case from '{owner.Name}')";
                diagnostics.Report(DiagnosticCatalog.DuplicateType, declared.NameSpan, name, where);
                continue;
            }
            owners.Add(declared.Name, declared);
        }
        var entries = owners.Values
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new TypeEntry(d.Name, d.Kind, FullName(d.Namespace, d.Name), d.FilePath, d.Wrapped, d.EnumMembers))
            .ToEquatableArray();
        return new TypeIndex(new TypeTable(entries), diagnostics.ToEquatableArray());
    }

    public static string FullName(string ns, string name) => ns.Length == 0 ? "global::" + name : $"global::{ns}.{name}";

    private static PrimitiveKind WrappedPrimitive(TypeDeclaration type) =>
        type.Wrapped?.ParsedType.Expression is { Optional: false, Arguments.Count: 0 } expression ? Primitives.KindOf(expression.Name) : PrimitiveKind.None;
}
