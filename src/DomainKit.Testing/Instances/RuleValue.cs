using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>Where a value read by a rule sits in the JSON being generated: a property of an object, or an item of an array.</summary>
internal sealed record TreeSlot(JsonObject? Owner, string? Name, JsonArray? Array, int Index)
{
    /// <summary>Sets the value; null leaves a property out (an array item becomes JSON null).</summary>
    public void Set(JsonTree? value)
    {
        if (Owner is not null) Owner[Name!] = value;
        else Array!.Items[Index] = value ?? JsonScalar.Null;
    }
}

/// <summary>
/// A value as a rule sees it: a node of the JSON with its schema type (a record's <c>Properties</c>, or a field type),
/// and where it sits; or a value the rule computed (<c>Computed</c>).
/// </summary>
internal sealed record RuleValue(JsonTree? Node, FieldTypeSpec? Type, IReadOnlyList<PropertySpec>? Properties, TreeSlot? Slot, object? Computed = null, PropertySpec? Property = null)
{
    public static RuleValue Of(object? computed) => new(null, null, null, null, computed);

    public bool IsNull => Node is null or JsonScalar { Kind: ScalarKind.Null } && Computed is null;
}
