using System.Collections.Immutable;
using System.Linq;

namespace DomainKit.Schema.Parsing;

/// <summary>The keys the schema language allows at each level.</summary>
internal static class SchemaKeys
{
    public static readonly ImmutableArray<string> File = ImmutableArray.Create("namespace", "types", "unknownFields");

    public static readonly ImmutableArray<string> Field =
        ImmutableArray.Create("type", "doc", "default", "deprecated", "json", "renamedFrom").AddRange(ConstraintCatalog.Keys);

    public static readonly ImmutableArray<string> Record = ImmutableArray.Create("fields", "doc", "deprecated", "rules", "key", "reserved", "renamedFrom");

    public static readonly ImmutableArray<string> Union = ImmutableArray.Create("union", "doc", "deprecated", "rules", "reserved", "renamedFrom");

    /// <summary>The keys inside <c>union:</c>.</summary>
    public static readonly ImmutableArray<string> UnionBody = ImmutableArray.Create("discriminator", "fields", "variants");

    public static readonly ImmutableArray<string> Variant = ImmutableArray.Create("fields", "doc", "deprecated", "rules", "tag", "renamedFrom", "reserved");

    public static readonly ImmutableArray<string> Rule = ImmutableArray.Create("check", "when", "require", "forbid", "path", "code", "message");

    public static readonly ImmutableArray<string> Enum = ImmutableArray.Create("enum", "doc", "deprecated", "reserved", "renamedFrom");

    /// <summary>The keys of an enum member written as a mapping.</summary>
    public static readonly ImmutableArray<string> EnumMember = ImmutableArray.Create("doc", "renamedFrom", "deprecated");

    public static readonly ImmutableArray<string> Value =
        ImmutableArray.Create("value", "doc", "deprecated", "renamedFrom").AddRange(ConstraintCatalog.Keys);

    /// <summary>The keys that say what kind a type is; a type has exactly one.</summary>
    public static readonly ImmutableArray<string> Kinds = ImmutableArray.Create("fields", "enum", "value", "union");

    /// <summary>Every key a type may have, whatever its kind: what an unknown key is compared with when the kind is not known.</summary>
    public static readonly ImmutableArray<string> AnyType = Record.AddRange(Enum).AddRange(Value).AddRange(Union).Distinct().ToImmutableArray();
}
