using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>
/// A constraint in words, from what its catalog definition measures and how it compares (<c>length at least 1</c>,
/// <c>at most 5000</c>, <c>at least 2 items</c>) or what it reads (a pattern, a format, unique items).
/// </summary>
internal static class ConstraintWords
{
    public static string Of(ConstraintSpec constraint)
    {
        var definition = constraint.Definition;
        var comparison = definition.Comparison switch
        {
            Comparison.AtLeast => "at least",
            Comparison.AtMost => "at most",
            Comparison.Above => "more than",
            _ => "less than",
        };
        return definition.Measure switch
        {
            ConstraintMeasure.Length => $"length {comparison} {constraint.Value} character{Plural(constraint.Value)}",
            ConstraintMeasure.Count => $"{comparison} {constraint.Value} item{Plural(constraint.Value)}",
            ConstraintMeasure.Value => $"{comparison} {constraint.Value}",
            _ => definition.Reads switch
            {
                ConstraintValue.Regex => $"matches {constraint.Value}",
                ConstraintValue.FormatName => $"a valid {constraint.Value}",
                _ => constraint.Value == "true" ? "items unique" : "items may repeat",
            },
        };
    }

    private static string Plural(string count) => count == "1" ? "" : "s";
}
