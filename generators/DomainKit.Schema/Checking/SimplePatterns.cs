using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DomainKit.Schema.Checking;

/// <summary>
/// Recognises the patterns a greedy pass matches exactly as the regex engine does — <c>^</c>, a sequence of
/// literals and character classes (<c>[a-z0-9-]</c>) with <c>{n}</c>, <c>{n,m}</c>, <c>{n,}</c>, <c>?</c>, <c>*</c> or
/// <c>+</c>, then <c>$</c> — where every repeat of variable length is followed by classes it shares no character
/// with, so that greedy is the only way to match. Anything else (alternation, groups, <c>.</c>, <c>\d</c>,
/// negated classes, lazy repeats) is left to <c>Regex</c>.
/// </summary>
internal static class SimplePatterns
{
    private const string Meta = "\\^$.|?*+()[]{}";

    /// <summary>The C# initializer of a runtime <c>SimplePattern</c> for <paramref name="pattern"/>, or null when it is not simple.</summary>
    public static string? Initializer(string pattern)
    {
        var atoms = Atoms(pattern);
        if (atoms is null) return null;
        var parts = atoms.Select(a => $"new global::DomainKit.Runtime.SimplePattern.Atom({CSharpLiteral.String(a.Ranges)}, {Number(a.Min)}, {(a.Max == int.MaxValue ? "int.MaxValue" : Number(a.Max))})");
        return $"new({string.Join(", ", parts)})";
    }

    /// <summary>The atoms of a simple pattern — each class as pairs of first and last character, and its repeat — or null.</summary>
    public static IReadOnlyList<(string Ranges, int Min, int Max)>? Atoms(string pattern)
    {
        var atoms = Parse(pattern);
        if (atoms is null || !Deterministic(atoms)) return null;
        return atoms.Select(a => (Ranges(a.Ranges), a.Min, a.Max)).ToList();
    }

    private sealed record Atom(List<(char First, char Last)> Ranges, int Min, int Max);

    private static List<Atom>? Parse(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '^' || pattern[pattern.Length - 1] != '$') return null;
        var atoms = new List<Atom>();
        var i = 1;
        var end = pattern.Length - 1;
        while (i < end)
        {
            List<(char, char)>? ranges;
            if (pattern[i] == '[') ranges = Class(pattern, ref i, end);
            else if (Literal(pattern, ref i, end) is { } c) ranges = new List<(char, char)> { (c, c) };
            else return null;
            if (ranges is null) return null;
            var (min, max) = (1, 1);
            if (i < end && !Quantifier(pattern, ref i, end, out min, out max)) return null;
            atoms.Add(new Atom(ranges, min, max));
        }
        return atoms;
    }

    private static char? Literal(string pattern, ref int i, int end)
    {
        if (pattern[i] == '\\') return Escaped(pattern, ref i, end);
        if (Meta.IndexOf(pattern[i]) >= 0) return null;
        return pattern[i++];
    }

    /// <summary>An escaped metacharacter, <c>-</c> or <c>/</c> as itself; any other escape (<c>\d</c>, <c>\u0041</c>…) is outside the subset.</summary>
    private static char? Escaped(string pattern, ref int i, int end)
    {
        if (i + 1 >= end || (Meta.IndexOf(pattern[i + 1]) < 0 && pattern[i + 1] is not ('-' or '/'))) return null;
        i += 2;
        return pattern[i - 1];
    }

    private static List<(char, char)>? Class(string pattern, ref int i, int end)
    {
        i++;
        if (i < end && pattern[i] == '^') return null;
        var ranges = new List<(char, char)>();
        while (i < end && pattern[i] != ']')
        {
            var low = ClassChar(pattern, ref i, end);
            if (low is null) return null;
            if (i + 1 < end && pattern[i] == '-' && pattern[i + 1] != ']')
            {
                i++;
                var high = ClassChar(pattern, ref i, end);
                if (high is null || high < low) return null;
                ranges.Add((low.Value, high.Value));
            }
            else
            {
                ranges.Add((low.Value, low.Value));
            }
        }
        if (i >= end || pattern[i] != ']' || ranges.Count == 0) return null;
        i++;
        return ranges;
    }

    private static char? ClassChar(string pattern, ref int i, int end)
    {
        if (pattern[i] == '[') return null;
        if (pattern[i] == '\\') return Escaped(pattern, ref i, end);
        return pattern[i++];
    }

    private static bool Quantifier(string pattern, ref int i, int end, out int min, out int max)
    {
        (min, max) = (1, 1);
        switch (pattern[i])
        {
            case '?': (min, max) = (0, 1); i++; break;
            case '*': (min, max) = (0, int.MaxValue); i++; break;
            case '+': (min, max) = (1, int.MaxValue); i++; break;
            case '{':
                var close = pattern.IndexOf('}', i);
                if (close < 0 || close >= end) return false;
                var body = pattern.Substring(i + 1, close - i - 1).Split(',');
                if (body.Length > 2 || !TryCount(body[0], out min)) return false;
                max = body.Length == 1 ? min : body[1].Length == 0 ? int.MaxValue : TryCount(body[1], out var upper) ? upper : -1;
                if (max < min) return false;
                i = close + 1;
                break;
            default:
                return true;
        }
        // A lazy (?) or possessive (+) mark, or a second quantifier: not in the subset.
        return i >= end || pattern[i] is not ('?' or '+' or '*' or '{');
    }

    private static bool TryCount(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= 100_000;

    /// <summary>Greedy is the only way to match when each variable repeat shares no character with what may follow it.</summary>
    private static bool Deterministic(List<Atom> atoms)
    {
        for (var i = 0; i < atoms.Count; i++)
        {
            if (atoms[i].Min == atoms[i].Max) continue;
            for (var j = i + 1; j < atoms.Count; j++)
            {
                if (Overlap(atoms[i].Ranges, atoms[j].Ranges)) return false;
                if (atoms[j].Min > 0) break;
            }
        }
        return true;
    }

    private static bool Overlap(List<(char First, char Last)> a, List<(char First, char Last)> b) =>
        a.Any(x => b.Any(y => x.First <= y.Last && y.First <= x.Last));

    private static string Ranges(List<(char First, char Last)> ranges)
    {
        var text = new StringBuilder();
        foreach (var (first, last) in ranges) text.Append(first).Append(last);
        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
