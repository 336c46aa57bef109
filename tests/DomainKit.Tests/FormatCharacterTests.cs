using CsCheck;
using DomainKit.Runtime;

namespace DomainKit.Tests;

/// <summary>The email and host name formats test characters by searched sets; they must agree with testing one by one.</summary>
public class FormatCharacterTests
{
    private static bool EmailOneByOne(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at > 64 || at == value.Length - 1) return false;
        foreach (var c in value.AsSpan(0, at))
        {
            if (c <= ' ' || c >= 127 || c is '@' or '(' or ')' or '<' or '>' or ',' or ';' or ':' or '\\' or '"' or '[' or ']') return false;
        }
        var domain = value.Substring(at + 1);
        return domain.IndexOf('.') > 0 && HostnameOneByOne(domain);
    }

    private static bool HostnameOneByOne(string value)
    {
        if (value.Length == 0 || value.Length > 253) return false;
        if (value[^1] == '.') value = value[..^1];
        foreach (var label in value.Split('.'))
        {
            if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[^1] == '-') return false;
            if (label.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-'))) return false;
        }
        return true;
    }

    // Every printable ASCII character, the edges around it, non-ASCII and the separators, at random...
    private static readonly Gen<string> Chaos = Gen.OneOf(
            Gen.Char[(char)0x1F, (char)0x80],
            Gen.Const('é'),
            Gen.Const('\u00A0'),
            Gen.Const('@'),
            Gen.Const('.'),
            Gen.Const('-'),
            Gen.Char['a', 'e'])
        .Array[0, 40].Select(chars => new string(chars));

    // ...and shaped as local@host, so that most characters are also met in addresses that are otherwise valid.
    private static readonly Gen<string> Shaped = Gen.Select(
        Gen.Char[(char)0x1F, (char)0x80].Array[1, 4].Select(chars => new string(chars)),
        Gen.OneOf(Gen.Char['a', 'e'], Gen.Char['X', 'Z'], Gen.Char['0', '9'], Gen.Const('-'), Gen.Char[(char)0x20, (char)0x7F]).Array[1, 4]
            .Select(chars => new string(chars)).Array[1, 3].Select(labels => string.Join('.', labels)),
        (local, host) => local + "@" + host);

    private static readonly Gen<string> Texts = Gen.OneOf(Chaos, Shaped);

    [Fact]
    public void Email_agrees_with_testing_each_character() =>
        Texts.SampleSeeded(text => Assert.Equal(EmailOneByOne(text), Formats.IsEmail(text)), iter: 20_000);

    [Fact]
    public void Hostname_agrees_with_testing_each_character() =>
        Texts.SampleSeeded(text => Assert.Equal(HostnameOneByOne(text), Formats.IsHostname(text)), iter: 20_000);

    [Fact]
    public void The_samples_hold_valid_and_invalid_values_of_both()
    {
        var samples = Enumerable.Range(0, 20_000).Select(i => Texts.Generate(new PCG((uint)i, 7), null, out _)).ToList();
        Assert.Contains(samples, s => Formats.IsEmail(s));
        Assert.Contains(samples, s => !Formats.IsEmail(s) && s.Contains('@'));
        Assert.Contains(samples, s => Formats.IsHostname(s) && s.Contains('.'));
        Assert.Contains(samples, s => Formats.IsEmail(s) && s.Contains('~'));
    }
}
