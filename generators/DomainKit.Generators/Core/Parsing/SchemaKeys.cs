using System.Collections.Immutable;

namespace DomainKit.Generators.Core.Parsing;

/// <summary>The keys the schema language allows at each level.</summary>
internal static class SchemaKeys
{
    public static readonly ImmutableArray<string> File = ImmutableArray.Create("namespace", "types", "unknownFields");

    public static readonly ImmutableArray<string> Constraints = ImmutableArray.Create(
        "minLength", "maxLength", "pattern", "format",
        "min", "max", "exclusiveMin", "exclusiveMax",
        "minItems", "maxItems", "unique");

    public static readonly ImmutableArray<string> Field =
        ImmutableArray.Create("type", "doc", "default", "deprecated", "json").AddRange(Constraints);

    public static readonly ImmutableArray<string> Record = ImmutableArray.Create("fields", "doc", "deprecated", "rules");

    public static readonly ImmutableArray<string> Enum = ImmutableArray.Create("enum", "doc", "deprecated");

    public static readonly ImmutableArray<string> Value =
        ImmutableArray.Create("value", "doc", "deprecated").AddRange(Constraints);

    public static readonly ImmutableArray<string> EnumMember = ImmutableArray.Create("doc");
}
