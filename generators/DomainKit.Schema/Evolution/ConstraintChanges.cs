using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DomainKit.Schema.Evolution;

/// <summary>One constraint's change: tightened fails old documents (backward), loosened fails baseline readers (forward).</summary>
internal sealed record ConstraintChange(string Key, string Change, CompatibilityDirections Breaks, SourceSpan? Span);

/// <summary>Compares a field's constraints keyword by keyword.</summary>
internal static class ConstraintChanges
{
    public static IEnumerable<ConstraintChange> Between(IReadOnlyList<ConstraintDeclaration> old, IReadOnlyList<ConstraintDeclaration> now)
    {
        foreach (var kind in old.Concat(now).Select(c => c.Kind).Distinct().OrderBy(k => k))
        {
            var before = old.FirstOrDefault(c => c.Kind == kind);
            var after = now.FirstOrDefault(c => c.Kind == kind);
            var key = (after ?? before)!.Key.Text;
            if (kind == ConstraintKind.Unique)
            {
                var (was, isNow) = (IsTrue(before), IsTrue(after));
                if (was != isNow) yield return new ConstraintChange(key, isNow ? "was added" : "was removed", isNow ? CompatibilityDirections.Backward : CompatibilityDirections.Forward, after?.Key.Span);
            }
            else if (before is null) yield return new ConstraintChange(key, $"was added ({after!.Value.Text})", CompatibilityDirections.Backward, after.Key.Span);
            else if (after is null) yield return new ConstraintChange(key, $"was removed (it was {before.Value.Text})", CompatibilityDirections.Forward, null);
            else if (before.Value.Text != after.Value.Text)
                yield return new ConstraintChange(key, $"went from {before.Value.Text} to {after.Value.Text}", Direction(kind, before.Value.Text, after.Value.Text), after.Value.Span);
        }
    }

    private static bool IsTrue(ConstraintDeclaration? constraint) =>
        constraint is not null && string.Equals(constraint.Value.Text, "true", StringComparison.OrdinalIgnoreCase);

    private static CompatibilityDirections Direction(ConstraintKind kind, string before, string after)
    {
        var lower = kind is ConstraintKind.MinLength or ConstraintKind.MinItems or ConstraintKind.Min or ConstraintKind.ExclusiveMin;
        var upper = kind is ConstraintKind.MaxLength or ConstraintKind.MaxItems or ConstraintKind.Max or ConstraintKind.ExclusiveMax;
        if ((!lower && !upper) || Order(before, after) is not { } order) return CompatibilityDirections.Both;
        var tightened = lower ? order < 0 : order > 0;
        return order == 0 ? CompatibilityDirections.None : tightened ? CompatibilityDirections.Backward : CompatibilityDirections.Forward;
    }

    /// <summary>Negative when <paramref name="before"/> is below <paramref name="after"/>; null when the two do not compare.</summary>
    private static int? Order(string before, string after)
    {
        if (decimal.TryParse(before, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) &&
            decimal.TryParse(after, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
            return a.CompareTo(b);
        if (DateTimeOffset.TryParse(before, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var x) &&
            DateTimeOffset.TryParse(after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var y))
            return x.CompareTo(y);
        return null;
    }
}
