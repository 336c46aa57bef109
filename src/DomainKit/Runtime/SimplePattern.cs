// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.Buffers;
using System.Collections.Generic;
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
            var count = atom.Run(input.AsSpan(position, Math.Min(atom.Max, input.Length - position)));
            if (count < atom.Min) return false;
            position += count;
        }
        return position == input.Length || (position == input.Length - 1 && input[position] == '\n');
    }

    /// <summary>A character class repeated <c>Min</c> to <c>Max</c> times.</summary>
    public readonly struct Atom
    {
        // Classes of up to this many characters are searched with SearchValues, many characters at a time.
        private const int SearchedClass = 512;

        private readonly string _ranges;
        private readonly SearchValues<char>? _class;

        /// <param name="ranges">Pairs of first and last character.</param>
        /// <param name="min">The fewest repeats.</param>
        /// <param name="max">The most repeats.</param>
        public Atom(string ranges, int min, int max)
        {
            _ranges = ranges;
            Min = min;
            Max = max;
            var size = 0;
            for (var i = 0; i + 1 < ranges.Length; i += 2) size += Math.Max(0, ranges[i + 1] - ranges[i] + 1);
            if (size > SearchedClass) return;
            var members = new List<char>(size);
            for (var i = 0; i + 1 < ranges.Length; i += 2)
            {
                for (int c = ranges[i]; c <= ranges[i + 1]; c++) members.Add((char)c);
            }
            _class = SearchValues.Create(members.ToArray());
        }

        public int Min { get; }

        public int Max { get; }

        public bool Contains(char c)
        {
            if (_class is not null) return _class.Contains(c);
            for (var i = 0; i + 1 < _ranges.Length; i += 2)
            {
                if (c >= _ranges[i] && c <= _ranges[i + 1]) return true;
            }
            return false;
        }

        /// <summary>How many characters from the start of <paramref name="text"/> are in the class.</summary>
        internal int Run(ReadOnlySpan<char> text)
        {
            if (_class is not null)
            {
                var outside = text.IndexOfAnyExcept(_class);
                return outside < 0 ? text.Length : outside;
            }
            var count = 0;
            while (count < text.Length && Contains(text[count])) count++;
            return count;
        }
    }
}
