using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DomainKit.Schema.Checking;

/// <summary>Reads a field's <c>default</c> as its type, checks it against the field's own constraints, and renders it as C#.</summary>
internal sealed class DefaultChecker
{
    private readonly TypeIndex _index;
    private readonly DiagnosticBag _diagnostics;

    public DefaultChecker(TypeIndex index, DiagnosticBag diagnostics)
    {
        _index = index;
        _diagnostics = diagnostics;
    }

    /// <summary>The C# initializer, or null for none; <paramref name="valid"/> is false when the default was rejected.</summary>
    public string? Check(DefaultDeclaration declared, FieldTypeSpec type, string typeText, Dictionary<ConstraintKind, CheckedConstraint> constraints, out bool valid)
    {
        valid = false;
        var value = declared.Value;
        switch (declared.Kind)
        {
            case DefaultKind.Scalar when Parsing.NodeReader.IsNull(value) && type.Optional:
                valid = true;
                return null;
            case DefaultKind.EmptySequence when type.Kind is FieldTypeKind.List or FieldTypeKind.Set:
            case DefaultKind.EmptyMapping when type.Kind is FieldTypeKind.Map:
                valid = !Breaks(constraints, ConstraintMeasure.Count, 0L, value);
                return "[]";
            case DefaultKind.Scalar:
                return Scalar(value, type, typeText, constraints, out valid);
            default:
                Reject(value, typeText, type.Kind is FieldTypeKind.List or FieldTypeKind.Set or FieldTypeKind.Map
                    ? "a collection's default can only be empty ([] for lists and sets, {} for maps)"
                    : "expected " + (PrimitiveCatalog.Of(type.Primitive)?.Expectation ?? PrimitiveCatalog.String.Expectation));
                return null;
        }
    }

    private string? Scalar(Scalar value, FieldTypeSpec type, string typeText, Dictionary<ConstraintKind, CheckedConstraint> constraints, out bool valid)
    {
        valid = false;
        var text = value.Text;
        switch (type.Kind)
        {
            case FieldTypeKind.Enum:
                if (_index.TryGet(type.DeclaredName ?? "", out var entry) && entry.EnumMembers.Items.Contains(text))
                {
                    valid = true;
                    return $"{type.CSharpType}.{Naming.ToPascalCase(text)}";
                }
                Reject(value, typeText, "expected one of " + string.Join(", ", entry?.EnumMembers ?? EquatableArray<string>.Empty));
                return null;
            case FieldTypeKind.Value:
                var literal = Primitive(value, type.Primitive, typeText, constraints: null);
                valid = literal is not null;
                return literal is null ? null : $"{type.CSharpType}.From({literal})";
            case FieldTypeKind.Primitive:
                var expression = Primitive(value, type.Primitive, typeText, constraints);
                valid = expression is not null;
                return expression;
            default:
                Reject(value, typeText, "records and collections have no scalar default");
                return null;
        }
    }

    private string? Primitive(Scalar value, PrimitiveKind kind, string typeText, Dictionary<ConstraintKind, CheckedConstraint>? constraints)
    {
        if (PrimitiveCatalog.Of(kind) is not { } primitive)
        {
            Reject(value, typeText, "this value type does not wrap a primitive");
            return null;
        }
        if (primitive.Read(value.Text) is not { } read)
        {
            Reject(value, typeText, "expected " + primitive.Expectation);
            return null;
        }
        if (constraints is not null && Breaks(value, read, constraints)) return null;
        return read.CSharp;
    }

    /// <summary>Whether the default breaks one of the field's own constraints (only those that apply to its type are there).</summary>
    private bool Breaks(Scalar value, PrimitiveValue read, Dictionary<ConstraintKind, CheckedConstraint> constraints)
    {
        if (Breaks(constraints, ConstraintMeasure.Length, (long)ScalarValues.CodePointLength(value.Text), value)) return true;
        if (Breaks(constraints, ConstraintMeasure.Value, read.Comparable, value)) return true;
        if (constraints.TryGetValue(ConstraintKind.Pattern, out var pattern) && !Matches(value.Text, pattern.Normalized))
        {
            Broken(pattern, value, "it does not match the pattern");
            return true;
        }
        return false;
    }

    /// <summary>Reports the first constraint on <paramref name="measure"/> that <paramref name="actual"/> breaks, and returns whether one did.</summary>
    private bool Breaks(Dictionary<ConstraintKind, CheckedConstraint> constraints, ConstraintMeasure measure, IComparable actual, Scalar value)
    {
        foreach (var bound in constraints.Values.Where(c => c.Definition.Measure == measure).OrderBy(c => c.Definition.Kind))
        {
            if (bound.Definition.Holds(actual.CompareTo(bound.Value))) continue;
            Broken(bound, value, $"{bound.Definition.Key} is {bound.Normalized}");
            return true;
        }
        return false;
    }

    private void Broken(CheckedConstraint constraint, Scalar value, string detail) =>
        _diagnostics.Report(DiagnosticCatalog.DefaultBreaksConstraint, value.Span, CSharpLiteral.String(value.Text), constraint.Definition.Key, detail);

    private void Reject(Scalar value, string typeText, string detail) =>
        _diagnostics.Report(DiagnosticCatalog.InvalidDefault, value.Span, value.Text, typeText, detail);

    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
