// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.ComponentModel;

namespace DomainKit.Runtime;

/// <summary>
/// A pattern the generator proved simple — anchored, a sequence of character classes each repeated a
/// number of times, every repeat that could stop at more than one place followed by a class it shares no
/// character with — matched by one greedy pass, with the regex engine's result (including <c>$</c> before a
/// final newline). Patterns outside that subset stay <c>Regex</c>es.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SimplePattern
{
    private readonly Atom[] _atoms;

    public SimplePattern(params Atom[] atoms) => _atoms = atoms;

    public bool IsMatch(string input)
    {
        var position = 0;
        foreach (var atom in _atoms)
        {
            var count = 0;
            while (count < atom.Max && position < input.Length && atom.Contains(input[position]))
            {
                position++;
                count++;
            }
            if (count < atom.Min) return false;
        }
        return position == input.Length || (position == input.Length - 1 && input[position] == '\n');
    }

    /// <summary>A character class — <paramref name="ranges"/> holds pairs of first and last character — repeated <paramref name="min"/> to <paramref name="max"/> times.</summary>
    public readonly struct Atom(string ranges, int min, int max)
    {
        public int Min => min;

        public int Max => max;

        public bool Contains(char c)
        {
            for (var i = 0; i + 1 < ranges.Length; i += 2)
            {
                if (c >= ranges[i] && c <= ranges[i + 1]) return true;
            }
            return false;
        }
    }
}
