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
    /// <param name="resolve">A field's resolved type; null when it does not resolve.</param>
    public static string? If(Expr condition, RecordShape record, System.Func<FieldShape, FieldTypeSpec?> resolve)
    {
        switch (condition)
        {
            case BinaryExpr { Operator: "&&" or "||" } both:
                if (If(both.Left, record, resolve) is not { } left || If(both.Right, record, resolve) is not { } right) return null;
                return $"{{\"{(both.Operator == "&&" ? "allOf" : "anyOf")}\":[{left},{right}]}}";
            case CallExpr { Target: null, Name: "has", Arguments.Count: 1 } has when Field(has.Arguments[0], record) is { } field:
                return Holds(field, "{\"not\":{\"type\":\"null\"}}");
            case NameExpr name when Field(name, record) is { } flag && resolve(flag) is { Kind: FieldTypeKind.Primitive, Primitive: PrimitiveKind.Bool }:
                return Holds(flag, "{\"const\":true}");
            case BinaryExpr { Operator: "==" } equal:
                return Equals(equal.Left, equal.Right, record, resolve) ?? Equals(equal.Right, equal.Left, record, resolve);
            default:
                return null;
        }
    }

    /// <summary>What <c>require</c> and <c>forbid</c> ask of a document, for every field listed.</summary>
    public static string Then(IEnumerable<(FieldShape Field, FieldTypeSpec Type)> required, IEnumerable<(FieldShape Field, FieldTypeSpec Type)> forbidden)
    {
        var clauses = new List<string>();
        foreach (var (field, type) in required)
        {
            var names = new[] { field.WireName }.Concat(field.RenamedFrom).ToList();
            var value = Empty(type) is { } empty ? $"{{\"not\":{{\"anyOf\":[{{\"type\":\"null\"}},{empty}]}}}}" : "{\"not\":{\"type\":\"null\"}}";
            var properties = "{\"properties\":{" + string.Join(",", names.Select(n => $"{JsonLiteral.String(n)}:{value}")) + "}}";
            clauses.Add(properties);
            var present = names.Select(n => $"{{\"required\":[{JsonLiteral.String(n)}]}}").ToList();
            if (!field.HasDefault) clauses.Add(present.Count == 1 ? present[0] : "{\"anyOf\":[" + string.Join(",", present) + "]}");
        }
        foreach (var (field, type) in forbidden)
        {
            var names = new[] { field.WireName }.Concat(field.RenamedFrom);
            var value = Empty(type) is { } empty ? $"{{\"anyOf\":[{{\"type\":\"null\"}},{empty}]}}" : "{\"type\":\"null\"}";
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

    private static string? Equals(Expr left, Expr right, RecordShape record, System.Func<FieldShape, FieldTypeSpec?> resolve)
    {
        if (Field(left, record) is not { } field || resolve(field) is not { } type) return null;
        var value = (type.Kind, type.Primitive, right) switch
        {
            (FieldTypeKind.Primitive, PrimitiveKind.String, LiteralExpr { Kind: LiteralKind.String } text) => JsonLiteral.String(text.Text),
            (FieldTypeKind.Primitive, PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Decimal or PrimitiveKind.Double, LiteralExpr { Kind: LiteralKind.Integer or LiteralKind.Fraction } number) => number.Text,
            (FieldTypeKind.Primitive, PrimitiveKind.Bool, LiteralExpr { Kind: LiteralKind.True or LiteralKind.False } flag) => flag.Kind == LiteralKind.True ? "true" : "false",
            (FieldTypeKind.Enum, _, NameExpr member) when Field(member, record) is null => JsonLiteral.String(member.Name),
            (FieldTypeKind.Enum, _, MemberExpr { Target: NameExpr enumType } member) when enumType.Name == type.DeclaredName => JsonLiteral.String(member.Name),
            _ => null,
        };
        return value is null ? null : Holds(field, $"{{\"const\":{value}}}");
    }

    /// <summary>The document holds the field under its wire name, and its value is as <paramref name="value"/> says.</summary>
    private static string Holds(FieldShape field, string value) =>
        $"{{\"required\":[{JsonLiteral.String(field.WireName)}],\"properties\":{{{JsonLiteral.String(field.WireName)}:{value}}}}}";

    private static FieldShape? Field(Expr expr, RecordShape record) =>
        expr is NameExpr name ? record.Fields.FirstOrDefault(f => f.Name == name.Name) : null;
}
