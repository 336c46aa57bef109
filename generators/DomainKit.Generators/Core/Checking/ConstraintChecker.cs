using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Core.Diagnostics;
using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Checking;

/// <summary>A constraint whose value was read successfully, in comparable form.</summary>
internal sealed record CheckedConstraint(ConstraintDeclaration Declaration, IComparable Value, string Normalized, string Literal);

/// <summary>Checks that each constraint fits its field's type, reads its value, and checks lower ≤ upper.</summary>
internal static class ConstraintChecker
{
    public static readonly string[] Formats = { "email", "uri", "hostname", "ipv4", "ipv6", "uuid", "date", "date-time" };

    private static readonly (string Lower, string Upper, bool Strict)[] Ranges =
    {
        ("minLength", "maxLength", false),
        ("minItems", "maxItems", false),
        ("min", "max", false),
        ("exclusiveMin", "exclusiveMax", true),
        ("min", "exclusiveMax", true),
        ("exclusiveMin", "max", true),
    };

    public static Dictionary<string, CheckedConstraint> Check(
        EquatableArray<ConstraintDeclaration> constraints, TypeRefSpec type, string typeText, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, CheckedConstraint>(StringComparer.Ordinal);
        foreach (var constraint in constraints)
        {
            var appliesTo = AppliesTo(constraint.Key);
            if (!Fits(constraint.Key, type))
            {
                diagnostics.Report(DiagnosticCatalog.ConstraintNotApplicable, constraint.KeySpan, constraint.Key, typeText, appliesTo);
                continue;
            }
            if (Read(constraint, type, diagnostics) is { } read) result[constraint.Key] = read;
        }
        foreach (var (lower, upper, strict) in Ranges)
        {
            if (result.TryGetValue(lower, out var low) && result.TryGetValue(upper, out var high))
            {
                var order = low.Value.CompareTo(high.Value);
                if (order > 0 || (strict && order == 0))
                {
                    diagnostics.Report(DiagnosticCatalog.RangeInverted, low.Declaration.KeySpan, lower, low.Normalized, upper, high.Normalized);
                }
            }
        }
        return result;
    }

    public static EquatableArray<ConstraintSpec> ToSpecs(Dictionary<string, CheckedConstraint> constraints) =>
        constraints.Values
            .OrderBy(c => Array.IndexOf(Parsing.SchemaKeys.Constraints.ToArray(), c.Declaration.Key))
            .Select(c => new ConstraintSpec(c.Declaration.Key, c.Normalized, c.Literal))
            .ToEquatableArray();

    private static CheckedConstraint? Read(ConstraintDeclaration constraint, TypeRefSpec type, DiagnosticBag diagnostics)
    {
        var text = constraint.Value.Text;
        switch (constraint.Key)
        {
            case "minLength" or "maxLength" or "minItems" or "maxItems":
                if (ScalarValues.TryReadCount(text, out var count))
                {
                    var digits = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return new CheckedConstraint(constraint, (long)count, digits, digits);
                }
                return Invalid(constraint, diagnostics, "expected a whole number, 0 or more");
            case "unique":
                if (ScalarValues.TryReadBool(text, out var unique)) return new CheckedConstraint(constraint, unique, unique ? "true" : "false", unique ? "true" : "false");
                return Invalid(constraint, diagnostics, "expected true or false");
            case "format":
                if (Array.IndexOf(Formats, text) >= 0) return new CheckedConstraint(constraint, text, text, CSharpLiteral.String(text));
                return Invalid(constraint, diagnostics, "expected one of " + string.Join(", ", Formats));
            case "pattern":
                return PatternChecker.Check(constraint, diagnostics) ? new CheckedConstraint(constraint, text, text, CSharpLiteral.String(text)) : null;
            default:
                if (ScalarValues.TryRead(type.Primitive, text, out var bound, out var normalized))
                    return new CheckedConstraint(constraint, bound, normalized, CSharpLiteral.Bound(type.Primitive, bound, normalized));
                return Invalid(constraint, diagnostics, "expected " + ScalarValues.Expectation(type.Primitive));
        }
    }

    private static CheckedConstraint? Invalid(ConstraintDeclaration constraint, DiagnosticBag diagnostics, string expected)
    {
        diagnostics.Report(DiagnosticCatalog.InvalidOptionValue, constraint.Value.Span, constraint.Value.Text, constraint.Key, expected);
        return null;
    }

    private static bool Fits(string key, TypeRefSpec type) => key switch
    {
        "minLength" or "maxLength" or "pattern" or "format" => type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveKind.String },
        "minItems" or "maxItems" or "unique" => type.Kind is TypeRefKind.List or TypeRefKind.Set or TypeRefKind.Map,
        _ => type.Kind == TypeRefKind.Primitive && type.Primitive is PrimitiveKind.Int or PrimitiveKind.Long
            or PrimitiveKind.Decimal or PrimitiveKind.Double or PrimitiveKind.Date or PrimitiveKind.DateTime,
    };

    private static string AppliesTo(string key) => key switch
    {
        "minLength" or "maxLength" or "pattern" or "format" => "string",
        "minItems" or "maxItems" or "unique" => "list, set and map",
        _ => "int, long, decimal, double, date and datetime",
    };
}
