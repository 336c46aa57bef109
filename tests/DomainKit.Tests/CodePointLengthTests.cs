using CsCheck;
using DomainKit.Runtime;

namespace DomainKit.Tests;

/// <summary>The code-point length skips blocks without surrogates; it must agree with counting pair by pair.</summary>
public class CodePointLengthTests
{
    private static int PairByPair(string text)
    {
        var length = text.Length;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                length--;
                i++;
            }
        }
        return length;
    }

    // Plain text, pairs, lone halves and both halves reversed, at every offset around the eight-character blocks.
    private static readonly Gen<string> Texts = Gen.Int[0, 6].Select(i => new[] { "a", "é", "🌍", "\uD83C", "\uDF0D", "\uDF0D\uD83C", "abcdefg" }[i])
        .Array[0, 30].Select(string.Concat);

    [Fact]
    public void Agrees_with_counting_pair_by_pair() =>
        Texts.SampleSeeded(text => Assert.Equal(PairByPair(text), ValidationChecks.CodePointLength(text)), iter: 20_000);
}
