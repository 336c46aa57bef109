using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainKit.Generators.Core.Diagnostics;
using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Checking;

/// <summary>Builds the compilation-wide index of declared types, and reports names declared twice.</summary>
internal static class TypeIndexBuilder
{
    public static EquatableArray<DeclaredName> Declarations(ParsedSchema schema, string defaultNamespace)
    {
        var ns = NamespaceResolver.Resolve(schema.Namespace, defaultNamespace);
        return schema.Types.Select(type => new DeclaredName
        {
            Name = type.Name.Text,
            Kind = type.Kind,
            Namespace = ns,
            FilePath = schema.FilePath,
            NameSpan = type.Name.Span,
            Wrapped = WrappedPrimitive(type),
            EnumMembers = type.Members.Select(m => m.Name.Text).ToEquatableArray(),
        }).ToEquatableArray();
    }

    /// <summary>One entry per name (case-insensitively): the first by file path, then by position, wins.</summary>
    public static TypeIndexResult Build(ImmutableArray<EquatableArray<DeclaredName>> files)
    {
        var diagnostics = new DiagnosticBag();
        var owners = new Dictionary<string, DeclaredName>(StringComparer.OrdinalIgnoreCase);
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
        var types = owners.Values
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new IndexedType
            {
                Name = d.Name,
                Kind = d.Kind,
                FullName = FullName(d.Namespace, d.Name),
                OwnerFile = d.FilePath,
                Wrapped = d.Wrapped,
                EnumMembers = d.EnumMembers,
            })
            .ToEquatableArray();
        return new TypeIndexResult(new TypeIndex(types), diagnostics.ToEquatableArray());
    }

    public static string FullName(string ns, string name) => ns.Length == 0 ? "global::" + name : $"global::{ns}.{name}";

    private static PrimitiveKind WrappedPrimitive(TypeDeclaration type) =>
        type.Wrapped?.Type.Expression is { Optional: false, Arguments.Count: 0 } expression ? Primitives.KindOf(expression.Name) : PrimitiveKind.None;
}
