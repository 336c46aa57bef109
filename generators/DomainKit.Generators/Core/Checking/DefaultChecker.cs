using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using DomainKit.Generators.Core.Diagnostics;
using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Checking;

/// <summary>Reads a field's <c>default</c> as its type, checks it against the field's own constraints, and renders it as C#.</summary>
internal sealed class DefaultChecker
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly TypeTable _table;
    private readonly DiagnosticBag _diagnostics;

    public DefaultChecker(TypeTable table, DiagnosticBag diagnostics)
    {
        _table = table;
        _diagnostics = diagnostics;
    }

    /// <summary>The C# initializer, or null for none; <paramref name="valid"/> is false when the default was rejected.</summary>
    public string? Check(DefaultDeclaration declared, TypeRefSpec type, string typeText, Dictionary<string, CheckedConstraint> constraints, out bool valid)
    {
        valid = false;
        var value = declared.Value;
        switch (declared.Kind)
        {
            case DefaultKind.Scalar when Parsing.NodeReader.IsNull(value) && type.Optional:
                valid = true;
                return null;
            case DefaultKind.EmptySequence when type.Kind is TypeRefKind.List or TypeRefKind.Set:
            case DefaultKind.EmptyMapping when type.Kind is TypeRefKind.Map:
                valid = !Breaks(constraints, "minItems", 0L, value);
                return "[]";
            case DefaultKind.Scalar:
                return Scalar(value, type, typeText, constraints, out valid);
            default:
                Reject(value, typeText, type.Kind is TypeRefKind.List or TypeRefKind.Set or TypeRefKind.Map
                    ? "a collection's default can only be empty ([] for lists and sets, {} for maps)"
                    : "expected " + ScalarValues.Expectation(type.Primitive));
                return null;
        }
    }

    private string? Scalar(Scalar value, TypeRefSpec type, string typeText, Dictionary<string, CheckedConstraint> constraints, out bool valid)
    {
        valid = false;
        var text = value.Text;
        switch (type.Kind)
        {
            case TypeRefKind.Enum:
                if (_table.TryGet(type.DeclaredName ?? "", out var entry) && entry.EnumMembers.Items.Contains(text))
                {
                    valid = true;
                    return $"{type.CSharpType}.{Naming.ToPascalCase(text)}";
                }
                Reject(value, typeText, "expected one of " + string.Join(", ", entry?.EnumMembers ?? EquatableArray<string>.Empty));
                return null;
            case TypeRefKind.Value:
                var literal = Primitive(value, type.Primitive, typeText, constraints: null);
                valid = literal is not null;
                return literal is null ? null : $"{type.CSharpType}.From({literal})";
            case TypeRefKind.Primitive:
                var expression = Primitive(value, type.Primitive, typeText, constraints);
                valid = expression is not null;
                return expression;
            default:
                Reject(value, typeText, "records and collections have no scalar default");
                return null;
        }
    }

    private string? Primitive(Scalar value, PrimitiveKind kind, string typeText, Dictionary<string, CheckedConstraint>? constraints)
    {
        var text = value.Text;
        switch (kind)
        {
            case PrimitiveKind.None:
                Reject(value, typeText, "this value type does not wrap a primitive");
                return null;
            case PrimitiveKind.String:
                if (constraints is not null && StringBreaks(value, constraints)) return null;
                return CSharpLiteral.String(text);
            case PrimitiveKind.Bool:
                if (ScalarValues.TryReadBool(text, out var flag)) return flag ? "true" : "false";
                break;
            case PrimitiveKind.Time:
                if (TimeSpan.TryParse(text, Invariant, out var time) && time >= TimeSpan.Zero && time < TimeSpan.FromDays(1) && text.IndexOf(':') > 0)
                    return $"new global::System.TimeOnly({time.Ticks.ToString(Invariant)}L)";
                break;
            case PrimitiveKind.Duration:
                if (TimeSpan.TryParseExact(text, "c", Invariant, out var duration))
                    return $"new global::System.TimeSpan({duration.Ticks.ToString(Invariant)}L)";
                break;
            case PrimitiveKind.Guid:
                if (Guid.TryParse(text, out var guid)) return $"new global::System.Guid(\"{guid.ToString("D")}\")";
                break;
            case PrimitiveKind.Uri:
                if (Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _))
                    return $"new global::System.Uri({CSharpLiteral.String(text)}, global::System.UriKind.RelativeOrAbsolute)";
                break;
            default:
                if (ScalarValues.TryRead(kind, text, out var comparable, out var normalized))
                {
                    if (constraints is not null && BoundsBreak(comparable, value, constraints)) return null;
                    return CSharpLiteral.Bound(kind, comparable, normalized);
                }
                break;
        }
        Reject(value, typeText, "expected " + ScalarValues.Expectation(kind));
        return null;
    }

    private bool StringBreaks(Scalar value, Dictionary<string, CheckedConstraint> constraints)
    {
        var length = (long)ScalarValues.CodePointLength(value.Text);
        if (Breaks(constraints, "minLength", length, value)) return true;
        if (Breaks(constraints, "maxLength", length, value)) return true;
        if (constraints.TryGetValue("pattern", out var pattern) && !Matches(value.Text, pattern.Normalized))
        {
            Broken(pattern, value, "it does not match the pattern");
            return true;
        }
        return false;
    }

    private bool BoundsBreak(IComparable actual, Scalar value, Dictionary<string, CheckedConstraint> constraints) =>
        Breaks(constraints, "min", actual, value) || Breaks(constraints, "max", actual, value) ||
        Breaks(constraints, "exclusiveMin", actual, value) || Breaks(constraints, "exclusiveMax", actual, value);

    /// <summary>Reports and returns true when <paramref name="actual"/> falls outside the named bound.</summary>
    private bool Breaks(Dictionary<string, CheckedConstraint> constraints, string key, IComparable actual, Scalar value)
    {
        if (!constraints.TryGetValue(key, out var bound)) return false;
        var order = actual.CompareTo(bound.Value);
        var broken = key switch
        {
            "min" or "minLength" or "minItems" => order < 0,
            "max" or "maxLength" or "maxItems" => order > 0,
            "exclusiveMin" => order <= 0,
            _ => order >= 0,
        };
        if (broken) Broken(bound, value, $"{key} is {bound.Normalized}");
        return broken;
    }

    private void Broken(CheckedConstraint constraint, Scalar value, string detail) =>
        _diagnostics.Report(DiagnosticCatalog.DefaultBreaksConstraint, value.Span, CSharpLiteral.String(value.Text), constraint.Declaration.Key, detail);

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
