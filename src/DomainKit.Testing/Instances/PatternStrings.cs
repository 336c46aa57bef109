using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Fare;

namespace DomainKit.Testing;

/// <summary>
/// Strings of a pattern and a length range (in code points), by a random walk of the automaton of both: Fare builds
/// it from the pattern, every walk ends in an accepting state, and every string is confirmed by the same regex the
/// generated validator runs. Null when no string can be walked (the pattern is beyond an automaton, or no string of
/// those lengths matches).
/// </summary>
internal sealed class PatternStrings
{
    private static readonly ConcurrentDictionary<(string Pattern, int Min, int Max), PatternStrings?> Cache = new();

    /// <summary>Fare's plain regular expressions: none of its extensions (intersection, complement, intervals, …).</summary>
    private const RegExpSyntaxOptions NoExtensions = 0;

    private readonly State _initial;
    private readonly Dictionary<State, int> _distance;
    private readonly Dictionary<State, Transition[]> _live;
    private readonly Dictionary<State, Transition[]> _nearest;
    private readonly Regex _regex;

    private PatternStrings(Automaton automaton, Regex regex)
    {
        _initial = automaton.Initial;
        _distance = DistancesToAccept(automaton);
        _live = _distance.Keys.ToDictionary(s => s, s => s.Transitions.Where(t => _distance.ContainsKey(t.To)).ToArray());
        _nearest = _live.ToDictionary(p => p.Key, p => p.Value.Where(t => p.Value.All(o => _distance[t.To] <= _distance[o.To])).ToArray());
        _regex = regex;
    }

    /// <summary>The walker of <paramref name="pattern"/> within lengths <paramref name="min"/>..<paramref name="max"/> (int.MaxValue: unbounded), or null.</summary>
    public static PatternStrings? For(string pattern, int min, int max) => Cache.GetOrAdd((pattern, min, max), key => Build(key.Pattern, key.Min, key.Max));

    /// <summary>The regex the generated validator builds for a pattern.</summary>
    public static Regex RegexOf(string pattern) => Regexes.GetOrAdd(pattern, p => new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));

    private static readonly ConcurrentDictionary<string, Regex> Regexes = new(StringComparer.Ordinal);

    public string? Next(PCG pcg)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var text = Walk(pcg);
            if (text is not null && _regex.IsMatch(text)) return text;
        }
        return null;
    }

    private string? Walk(PCG pcg)
    {
        var text = new StringBuilder();
        var state = _initial;
        var wanted = (int)pcg.Next(12);
        for (var step = 0; step < 4096; step++)
        {
            var transitions = _live[state];
            if (state.Accept && (transitions.Length == 0 || text.Length >= wanted || pcg.Next(4) == 0)) return text.ToString();
            if (transitions.Length == 0) return null;
            // Past the wanted length: head for the nearest accepting state.
            if (text.Length >= wanted) transitions = _nearest[state];
            var transition = transitions[(int)pcg.Next((uint)transitions.Length)];
            if (Character(pcg, transition.Min, transition.Max) is not { } c) return null;
            text.Append(c);
            state = transition.To;
        }
        return null;
    }

    /// <summary>A character of the range: printable ASCII where the range has some, never half of a surrogate pair.</summary>
    private static char? Character(PCG pcg, char min, char max)
    {
        var (low, high) = (Math.Max(min, ' '), Math.Min(max, '~'));
        if (low <= high && pcg.Next(8) != 0) return (char)(low + (int)pcg.Next((uint)(high - low + 1)));
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var c = (char)(min + (int)pcg.Next((uint)(max - min + 1)));
            if (!char.IsSurrogate(c) && c != '\n') return c;
        }
        return low <= high ? (char)low : null;
    }

    private static PatternStrings? Build(string pattern, int min, int max)
    {
        if (PatternTranslation.ToAutomatonSyntax(pattern) is not { } syntax) return null;
        try
        {
            var automaton = new RegExp(syntax, NoExtensions).ToAutomaton();
            if (min > 0 || max != int.MaxValue)
            {
                // Any character (Fare's '.' is narrower), repeated within the lengths.
                var anyCharacter = BasicAutomata.MakeCharRange(char.MinValue, char.MaxValue);
                automaton = automaton.Intersection(max == int.MaxValue ? anyCharacter.Repeat(min) : anyCharacter.Repeat(min, max));
            }
            automaton.Minimize();
            if (automaton.GetAcceptStates().Count == 0) return null;
            var walker = new PatternStrings(automaton, RegexOf(pattern));
            return walker._distance.ContainsKey(walker._initial) ? walker : null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static Dictionary<State, int> DistancesToAccept(Automaton automaton)
    {
        var states = automaton.GetStates();
        var incoming = states.ToDictionary(s => s, _ => new List<State>());
        foreach (var state in states)
        {
            foreach (var transition in state.Transitions) incoming[transition.To].Add(state);
        }
        var distance = new Dictionary<State, int>();
        var queue = new Queue<State>();
        foreach (var state in states.Where(s => s.Accept))
        {
            distance[state] = 0;
            queue.Enqueue(state);
        }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var from in incoming[state])
            {
                if (distance.ContainsKey(from)) continue;
                distance[from] = distance[state] + 1;
                queue.Enqueue(from);
            }
        }
        return distance;
    }
}
