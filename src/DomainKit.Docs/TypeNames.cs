using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>A field's type as a schema writes it: <c>list&lt;Consulate&gt;</c>, <c>Diplomat?</c>, <c>set&lt;ref&lt;Mission&gt;&gt;</c>.</summary>
internal static class TypeNames
{
    public static string Schema(FieldTypeSpec type) => Written(type) + (type.Optional ? "?" : "");

    /// <summary>The short name of a fully qualified C# name (<c>global::Diplomacy.Domain.Mission</c> → <c>Mission</c>).</summary>
    public static string Short(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..].Replace("global::", "", StringComparison.Ordinal);

    private static string Written(FieldTypeSpec type)
    {
        if (type.Reference is { } referenced) return $"ref<{Short(referenced)}>";
        return type.Kind switch
        {
            FieldTypeKind.List => $"list<{Schema(type.Element!)}>",
            FieldTypeKind.Set => $"set<{Schema(type.Element!)}>",
            FieldTypeKind.Map => $"map<{Schema(type.Element!)}>",
            FieldTypeKind.Primitive => PrimitiveCatalog.Of(type.Primitive)?.Name ?? Short(type.CSharpType),
            _ => type.DeclaredName ?? Short(type.CSharpType),
        };
    }
}
