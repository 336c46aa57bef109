using System.Collections.Generic;

namespace DomainKit.Schema.Model;

internal enum PrimitiveKind
{
    None,
    String,
    Bool,
    Int,
    Long,
    Decimal,
    Double,
    Date,
    Time,
    DateTime,
    Duration,
    Guid,
    Uri,
}

/// <summary>The schema language's built-in names and their C# types.</summary>
internal static class Primitives
{
    private static readonly Dictionary<string, (PrimitiveKind Kind, string CSharp, bool IsValueType)> ByName = new()
    {
        ["string"] = (PrimitiveKind.String, "string", false),
        ["bool"] = (PrimitiveKind.Bool, "bool", true),
        ["int"] = (PrimitiveKind.Int, "int", true),
        ["long"] = (PrimitiveKind.Long, "long", true),
        ["decimal"] = (PrimitiveKind.Decimal, "decimal", true),
        ["double"] = (PrimitiveKind.Double, "double", true),
        ["date"] = (PrimitiveKind.Date, "global::System.DateOnly", true),
        ["time"] = (PrimitiveKind.Time, "global::System.TimeOnly", true),
        ["datetime"] = (PrimitiveKind.DateTime, "global::System.DateTimeOffset", true),
        ["duration"] = (PrimitiveKind.Duration, "global::System.TimeSpan", true),
        ["guid"] = (PrimitiveKind.Guid, "global::System.Guid", true),
        ["uri"] = (PrimitiveKind.Uri, "global::System.Uri", false),
    };

    public static readonly IReadOnlyCollection<string> Names = ByName.Keys;

    public static readonly string[] CollectionNames = { "list", "set", "map" };

    public static bool TryGet(string name, out PrimitiveKind kind, out string csharp)
    {
        var found = ByName.TryGetValue(name, out var entry);
        kind = entry.Kind;
        csharp = entry.CSharp ?? "";
        return found;
    }

    public static PrimitiveKind KindOf(string name) => ByName.TryGetValue(name, out var entry) ? entry.Kind : PrimitiveKind.None;

    /// <summary>Whether the primitive's C# type is a reference type (string, Uri), which can be null.</summary>
    public static bool IsReferenceType(PrimitiveKind kind)
    {
        foreach (var entry in ByName.Values)
        {
            if (entry.Kind == kind) return !entry.IsValueType;
        }
        return false;
    }
}
