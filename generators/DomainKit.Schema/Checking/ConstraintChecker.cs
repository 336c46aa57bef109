using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Checking;

/// <summary>A constraint whose value was read successfully, in comparable form.</summary>
internal sealed record CheckedConstraint(ConstraintDeclaration Declaration, IComparable Value, string Normalized, string Literal)
{
    public ConstraintDefinition Definition => ConstraintCatalog.Get(Declaration.Kind);
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
            var definition = ConstraintCatalog.Get(constraint.Kind);
            if (!definition.Fits(type))
            {
                diagnostics.Report(DiagnosticCatalog.ConstraintNotApplicable, constraint.Key.Span, definition.Key, typeText, definition.AppliesToText);
                continue;
            }
            if (Read(definition, constraint, type, diagnostics) is { } read) result[definition.Kind] = read;
        }
        foreach (var low in result.Values.Where(c => c.Definition.IsLowerBound).OrderBy(c => c.Definition.Kind))
        {
            foreach (var high in result.Values.Where(c => c.Definition.IsUpperBound && c.Definition.Range == low.Definition.Range).OrderBy(c => c.Definition.Kind))
            {
                var order = low.Value.CompareTo(high.Value);
                if (order > 0 || (order == 0 && (low.Definition.IsExclusive || high.Definition.IsExclusive)))
                {
                    diagnostics.Report(DiagnosticCatalog.RangeInverted, low.Declaration.Key.Span, low.Definition.Key, low.Normalized, high.Definition.Key, high.Normalized);
                }
            }
        }
        return result;
    }

    public static EquatableArray<ConstraintSpec> ToSpecs(Dictionary<ConstraintKind, CheckedConstraint> constraints) =>
        constraints.Values
            .OrderBy(c => c.Definition.Kind)
            .Select(c => new ConstraintSpec { Kind = c.Definition.Kind, Value = c.Normalized, Literal = c.Literal })
            .ToEquatableArray();

    private static CheckedConstraint? Read(ConstraintDefinition definition, ConstraintDeclaration constraint, FieldTypeSpec type, DiagnosticBag diagnostics)
    {
        var text = constraint.Value.Text;
        switch (definition.Reads)
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
                    NameSuggester.Hint(suggestion));
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
}
