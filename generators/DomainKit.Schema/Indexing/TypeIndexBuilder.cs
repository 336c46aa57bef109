using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DomainKit.Schema.Indexing;

/// <summary>Builds the compilation-wide index of declared types, and reports names declared twice.</summary>
internal static class TypeIndexBuilder
{
    public static EquatableArray<DeclaredName> Declarations(ParsedSchema schema, string defaultNamespace)
    {
        var ns = NamespaceResolver.Resolve(schema.Namespace, defaultNamespace);
        return schema.Types.Select(type => new DeclaredName(
            new IndexedType
            {
                Name = type.Name.Text,
                Kind = type.Kind,
                FullName = FullName(ns, type.Name.Text),
                OwnerFile = schema.FilePath,
                Wrapped = WrappedPrimitive(type),
                EnumMembers = type.Members.Select(m => m.Name.Text).ToEquatableArray(),
                KeyType = KeyType(type),
            },
            type.Name.Span)).ToEquatableArray();
    }

    /// <summary>One entry per name (case-insensitively): the first by file path, then by position, wins.</summary>
    /// <summary><see cref="Build"/> contained: a bug is DK9999 without a location and an empty index (see <see cref="Contained"/>).</summary>
    public static TypeIndexResult BuildSafely(ImmutableArray<EquatableArray<DeclaredName>> files) =>
        Contained.Run("index", () => Build(files),
            e => new TypeIndexResult(new TypeIndex(EquatableArray<IndexedType>.Empty), new[] { Contained.Bug("", e) }.ToEquatableArray()));

    public static TypeIndexResult Build(ImmutableArray<EquatableArray<DeclaredName>> files)
    {
        var diagnostics = new DiagnosticBag();
        var owners = new Dictionary<string, DeclaredName>(StringComparer.OrdinalIgnoreCase);
        var ordered = files.SelectMany(f => f)
            .OrderBy(d => d.Type.OwnerFile, StringComparer.Ordinal)
            .ThenBy(d => d.NameSpan.StartOffset);
        foreach (var declared in ordered)
        {
            if (owners.TryGetValue(declared.Type.Name, out var owner))
            {
                var where = $"{Path.GetFileName(owner.Type.OwnerFile)}({(owner.NameSpan.StartLine + 1).ToString(CultureInfo.InvariantCulture)},{(owner.NameSpan.StartColumn + 1).ToString(CultureInfo.InvariantCulture)})";
                var name = owner.Type.Name == declared.Type.Name ? declared.Type.Name : $"{declared.Type.Name}' (differing only in case from '{owner.Type.Name}')";
                diagnostics.Report(DiagnosticCatalog.DuplicateType, declared.NameSpan, name, where);
                continue;
            }
            owners.Add(declared.Type.Name, declared);
        }
        var types = owners.Values.Select(d => d.Type).OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray();
        return new TypeIndexResult(new TypeIndex(types), diagnostics.ToEquatableArray());
    }

    public static string FullName(string ns, string name) => ns.Length == 0 ? "global::" + name : $"global::{ns}.{name}";

    /// <summary>The key field's type when the key names a required field that is not a collection; otherwise null (DK0037 at check time).</summary>
    public static TypeExpression? KeyType(TypeDeclaration type)
    {
        if (type.Key is null || type.Kind != TypeKind.Record) return null;
        var field = type.Fields.FirstOrDefault(f => f.Name.Text == type.Key.Text);
        var expression = field?.Type.Expression;
        if (expression is null || expression.Optional || field!.Default is not null || Array.IndexOf(PrimitiveCatalog.CollectionNames, expression.Name) >= 0 || expression.Name == "ref") return null;
        return expression;
    }

    private static PrimitiveKind WrappedPrimitive(TypeDeclaration type) =>
        type.Wrapped?.Type.Expression is { Optional: false, Arguments.Count: 0 } expression ? PrimitiveCatalog.KindOf(expression.Name) : PrimitiveKind.None;
}
