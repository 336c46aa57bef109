using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Rules;

/// <summary>
/// A <c>when</c> rule as JSON Schema <c>if</c>/<c>then</c>, where that can be said without making the schema
/// stricter than DomainKit: the <c>if</c> holds only in documents where the condition holds (<c>has(f)</c>,
/// <c>f == literal</c>, a bool field, and <c>&amp;&amp;</c>/<c>||</c> of those), and the <c>then</c> asks no
/// more than <c>require</c>/<c>forbid</c> do (a field with a default is not required to be written).
/// </summary>
internal static class JsonSchemaRules
{
    /// <summary>The rule as <c>{"if":…,"then":…}</c>; null for a <c>check</c>, or a condition with no exact-enough translation.</summary>
    public static string? IfThen(RuleSpec rule) =>
        rule.IsWhen && If(rule.Condition) is { } condition ? $"{{\"if\":{condition},\"then\":{Then(rule.Required, rule.Forbidden)}}}" : null;

    private static string? If(RuleNode condition)
    {
        switch (condition)
        {
            case BinaryNode { Operator: "&&" or "||", Checked: false, Ordinal: false } both:
                if (If(both.Left) is not { } left || If(both.Right) is not { } right) return null;
                return $"{{\"{(both.Operator == "&&" ? "allOf" : "anyOf")}\":[{left},{right}]}}";
            case NullTestNode { IsNull: false } has when Field(has.Operand) is { } field:
                return Holds(field, "{\"not\":{\"type\":\"null\"}}");
            case ReadNode read when Field(read) is { Type: { Kind: FieldTypeKind.Primitive, Primitive: PrimitiveKind.Bool } } flag:
                return Holds(flag, "{\"const\":true}");
            case BinaryNode { Operator: "==", Checked: false, Ordinal: false } equal:
                return Equals(equal.Left, equal.Right) ?? Equals(equal.Right, equal.Left);
            default:
                return null;
        }
    }

    /// <summary>What <c>require</c> and <c>forbid</c> ask of a document, for every field listed.</summary>
    private static string Then(EquatableArray<RuleField> required, EquatableArray<RuleField> forbidden)
    {
        var clauses = new List<string>();
        foreach (var field in required)
        {
            var names = new[] { field.WireName }.Concat(field.RenamedFrom).ToList();
            var value = Empty(field.Type) is { } empty ? $"{{\"not\":{{\"anyOf\":[{{\"type\":\"null\"}},{empty}]}}}}" : "{\"not\":{\"type\":\"null\"}}";
            var properties = "{\"properties\":{" + string.Join(",", names.Select(n => $"{JsonLiteral.String(n)}:{value}")) + "}}";
            clauses.Add(properties);
            var present = names.Select(n => $"{{\"required\":[{JsonLiteral.String(n)}]}}").ToList();
            if (!field.HasDefault) clauses.Add(present.Count == 1 ? present[0] : "{\"anyOf\":[" + string.Join(",", present) + "]}");
        }
        foreach (var field in forbidden)
        {
            var names = new[] { field.WireName }.Concat(field.RenamedFrom);
            var value = Empty(field.Type) is { } empty ? $"{{\"anyOf\":[{{\"type\":\"null\"}},{empty}]}}" : "{\"type\":\"null\"}";
            clauses.Add("{\"properties\":{" + string.Join(",", names.Select(n => $"{JsonLiteral.String(n)}:{value}")) + "}}");
        }
        return "{\"allOf\":[" + string.Join(",", clauses) + "]}";
    }

    /// <summary>The empty value DomainKit counts as absent for the type: an empty string or collection.</summary>
    private static string? Empty(FieldTypeSpec type) => type.Kind switch
    {
        FieldTypeKind.List or FieldTypeKind.Set => "{\"type\":\"array\",\"maxItems\":0}",
        FieldTypeKind.Map => "{\"type\":\"object\",\"maxProperties\":0}",
        FieldTypeKind.Primitive or FieldTypeKind.Value when type.Primitive == PrimitiveKind.String => "{\"type\":\"string\",\"maxLength\":0}",
        _ => null,
    };

    private static string? Equals(RuleNode left, RuleNode right)
    {
        if (Field(left) is not { } field) return null;
        var type = field.Type;
        var value = (type.Kind, type.Primitive, right) switch
        {
            (FieldTypeKind.Primitive, PrimitiveKind.String, LiteralNode { Kind: RuleLiteralKind.String } text) => JsonLiteral.String(text.Text),
            (FieldTypeKind.Primitive, PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Decimal or PrimitiveKind.Double,
                LiteralNode { Kind: RuleLiteralKind.Int or RuleLiteralKind.Long or RuleLiteralKind.Fraction or RuleLiteralKind.Decimal or RuleLiteralKind.Double } number) => number.Text,
            (FieldTypeKind.Primitive, PrimitiveKind.Bool, LiteralNode { Kind: RuleLiteralKind.True or RuleLiteralKind.False } flag) => flag.Text,
            (FieldTypeKind.Enum, _, EnumMemberNode member) => JsonLiteral.String(member.SchemaName),
            _ => null,
        };
        return value is null ? null : Holds(field, $"{{\"const\":{value}}}");
    }

    /// <summary>The document holds the field under its wire name, and its value is as <paramref name="value"/> says.</summary>
    private static string Holds(RuleField field, string value) =>
        $"{{\"required\":[{JsonLiteral.String(field.WireName)}],\"properties\":{{{JsonLiteral.String(field.WireName)}:{value}}}}}";

    /// <summary>The record's own field a node reads (not one of a nested record, nor a macro's item).</summary>
    private static RuleField? Field(RuleNode node) => node is ReadNode { Owner: ThisNode, Field: { } field } ? field : null;
}
