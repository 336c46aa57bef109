using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Checking;

/// <summary>A constraint whose value was read successfully, in comparable form.</summary>
internal sealed record CheckedConstraint(ConstraintDeclaration Declaration, IComparable Value, string Normalized, string Literal)
{
    public ConstraintRule Rule => ConstraintCatalog.Get(Declaration.Kind);
}

/// <summary>
/// Checks each constraint against <see cref="ConstraintCatalog"/>: that it fits its field's type, that its
/// value reads as the row says, and that the lower and upper bounds of one range do not cross.
/// </summary>
internal static class ConstraintChecker
{
    public static Dictionary<ConstraintKind, CheckedConstraint> Check(
        EquatableArray<ConstraintDeclaration> constraints, FieldTypeSpec type, string typeText, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<ConstraintKind, CheckedConstraint>();
        foreach (var constraint in constraints)
        {
            var rule = ConstraintCatalog.Get(constraint.Kind);
            if (!Fits(rule.AppliesTo, type))
            {
                diagnostics.Report(DiagnosticCatalog.ConstraintNotApplicable, constraint.Key.Span, rule.Key, typeText, rule.AppliesToText);
                continue;
            }
            if (Read(rule, constraint, type, diagnostics) is { } read) result[rule.Kind] = read;
        }
        foreach (var low in result.Values.Where(c => c.Rule.IsLowerBound).OrderBy(c => c.Rule.Kind))
        {
            foreach (var high in result.Values.Where(c => c.Rule.IsUpperBound && c.Rule.Range == low.Rule.Range).OrderBy(c => c.Rule.Kind))
            {
                var order = low.Value.CompareTo(high.Value);
                if (order > 0 || (order == 0 && (low.Rule.IsExclusive || high.Rule.IsExclusive)))
                {
                    diagnostics.Report(DiagnosticCatalog.RangeInverted, low.Declaration.Key.Span, low.Rule.Key, low.Normalized, high.Rule.Key, high.Normalized);
                }
            }
        }
        return result;
    }

    public static EquatableArray<ConstraintSpec> ToSpecs(Dictionary<ConstraintKind, CheckedConstraint> constraints) =>
        constraints.Values
            .OrderBy(c => c.Rule.Kind)
            .Select(c => new ConstraintSpec { Kind = c.Rule.Kind, Value = c.Normalized, Literal = c.Literal })
            .ToEquatableArray();

    private static CheckedConstraint? Read(ConstraintRule rule, ConstraintDeclaration constraint, FieldTypeSpec type, DiagnosticBag diagnostics)
    {
        var text = constraint.Value.Text;
        switch (rule.Reads)
        {
            case ConstraintValue.Count:
                if (ScalarValues.TryReadCount(text, out var count))
                {
                    var digits = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return new CheckedConstraint(constraint, (long)count, digits, digits);
                }
                return Invalid(constraint, diagnostics, "expected a whole number, 0 or more");
            case ConstraintValue.Flag:
                if (PrimitiveCatalog.Bool.Read(text) is { } flag) return new CheckedConstraint(constraint, flag.Comparable, flag.Normalized, flag.CSharp);
                return Invalid(constraint, diagnostics, "expected " + PrimitiveCatalog.Bool.Expectation);
            case ConstraintValue.FormatName:
                if (FormatCatalog.MethodOf(text) is not null) return new CheckedConstraint(constraint, text, text, CSharpLiteral.String(text));
                var suggestion = NameSuggester.Closest(text, FormatCatalog.Names);
                return Invalid(constraint, diagnostics, "expected one of " + string.Join(", ", FormatCatalog.Names) +
                    (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            case ConstraintValue.Regex:
                return PatternChecker.Check(constraint, diagnostics) ? new CheckedConstraint(constraint, text, text, CSharpLiteral.String(text)) : null;
            default:
                var primitive = PrimitiveCatalog.Of(type.Primitive)!;
                if (primitive.Read(text) is { } bound) return new CheckedConstraint(constraint, bound.Comparable, bound.Normalized, bound.CSharp);
                return Invalid(constraint, diagnostics, "expected " + primitive.Expectation);
        }
    }

    private static CheckedConstraint? Invalid(ConstraintDeclaration constraint, DiagnosticBag diagnostics, string expected)
    {
        diagnostics.Report(DiagnosticCatalog.InvalidOptionValue, constraint.Value.Span, constraint.Value.Text, constraint.Key.Text, expected);
        return null;
    }

    private static bool Fits(ConstraintTarget target, FieldTypeSpec type) => target switch
    {
        ConstraintTarget.String => type is { Kind: FieldTypeKind.Primitive, Primitive: PrimitiveKind.String },
        ConstraintTarget.Collection => type.Kind is FieldTypeKind.List or FieldTypeKind.Set or FieldTypeKind.Map,
        _ => type.Kind == FieldTypeKind.Primitive && PrimitiveCatalog.Of(type.Primitive) is { IsBounded: true },
    };
}
