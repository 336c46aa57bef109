using System;
using System.Collections.Generic;

namespace DomainKit.Schema.Text;

/// <summary>Finds the closest known name to a misspelt one, for "did you mean" hints.</summary>
internal static class NameSuggester
{
    private static readonly System.Text.RegularExpressions.Regex Suggested = new("did you mean '([^']+)'\\?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary><c>"; did you mean 'x'?"</c>, or empty without a suggestion: how every message offers one.</summary>
    public static string Hint(string? suggestion) => suggestion is null ? "" : $"; did you mean '{suggestion}'?";

    /// <summary>The name a message suggests (see <see cref="Hint"/>), for an editor's quick fix; null when it suggests none.</summary>
    public static string? SuggestionIn(string message) => Suggested.Match(message) is { Success: true } match ? match.Groups[1].Value : null;

    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, name.Length / 3);
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
