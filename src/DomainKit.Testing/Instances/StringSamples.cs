using System.Globalization;
using CsCheck;

namespace DomainKit.Testing;

/// <summary>Strings within a field's lengths (in code points), of its pattern and its format.</summary>
internal static class StringSamples
{
    public static string Draw(PCG pcg, FieldConstraints constraints)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var text = constraints switch
            {
                { Format: { } format } => FormatSamples.All.TryGetValue(format, out var row) ? row.Sample(pcg) : null,
                // A pattern beyond an automaton (a word boundary, say): plain strings, kept when the regex matches.
                { Pattern: { } pattern } => PatternStrings.For(pattern, constraints.MinLength, constraints.MaxLength)?.Next(pcg)
                    ?? PrimitiveSamples.PlainString(pcg, constraints.MinLength, constraints.MaxLength),
                _ => PrimitiveSamples.PlainString(pcg, constraints.MinLength, constraints.MaxLength),
            };
            if (text is not null && Fits(text, constraints)) return text;
        }
        throw new GenerationException($"No string fits {Describe(constraints)}.");
    }

    /// <summary>Whether a string meets every constraint of the field: lengths, pattern and format.</summary>
    public static bool Fits(string text, FieldConstraints constraints)
    {
        var length = CodePoints(text);
        return length >= constraints.MinLength && length <= constraints.MaxLength
            && (constraints.Pattern is null || PatternStrings.RegexOf(constraints.Pattern).IsMatch(text))
            && (constraints.Format is null || (FormatSamples.All.TryGetValue(constraints.Format, out var row) && row.Check(text)));
    }

    public static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static string Describe(FieldConstraints c) =>
        $"length {c.MinLength}..{(c.MaxLength == int.MaxValue ? "" : c.MaxLength.ToString(CultureInfo.InvariantCulture))}" +
        (c.Pattern is null ? "" : $", pattern '{c.Pattern}'") + (c.Format is null ? "" : $", format {c.Format}");
}
