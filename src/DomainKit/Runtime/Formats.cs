using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;

namespace DomainKit.Runtime;

/// <summary>
/// The string formats of the schema language, checked without allocating. These are syntax checks:
/// <c>email</c> checks the shape local@domain, not that the mailbox exists.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Formats
{
    /// <summary>The format's name as used in messages.</summary>
    public static string Describe(string format) => format switch
    {
        "email" => "email address",
        "uri" => "absolute URI",
        "hostname" => "host name",
        "ipv4" => "IPv4 address",
        "ipv6" => "IPv6 address",
        "uuid" => "UUID",
        "date" => "date (YYYY-MM-DD)",
        "date-time" => "date and time (ISO 8601 with offset)",
        _ => format,
    };

    /// <summary><c>local@domain</c>: a non-empty local part of printable non-space characters, one '@', a host name with a dot.</summary>
    public static bool IsEmail(ReadOnlySpan<char> value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at > 64 || at == value.Length - 1) return false;
        if (value.Slice(0, at).ContainsAnyExcept(LocalPartCharacters)) return false;
        var domain = value.Slice(at + 1);
        return domain.IndexOf('.') > 0 && IsHostname(domain);
    }

    // Printable ASCII but for the specials of RFC 5322 that an unquoted local part cannot hold.
    private static readonly SearchValues<char> LocalPartCharacters =
        SearchValues.Create("!#$%&'*+-./0123456789=?ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static readonly SearchValues<char> HostnameCharacters =
        SearchValues.Create("-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>RFC 1123 host name: dot-separated labels of letters, digits and '-', 1–63 long, not starting or ending with '-'.</summary>
    public static bool IsHostname(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || value.Length > 253) return false;
        if (value[value.Length - 1] == '.') value = value.Slice(0, value.Length - 1);
        if (value.ContainsAnyExcept(HostnameCharacters)) return false;
        while (true)
        {
            var dot = value.IndexOf('.');
            var label = dot < 0 ? value : value.Slice(0, dot);
            if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-') return false;
            if (dot < 0) return true;
            value = value.Slice(dot + 1);
        }
    }

    /// <summary>Dotted-quad IPv4: four decimal numbers 0–255 without leading zeros.</summary>
    public static bool IsIPv4(ReadOnlySpan<char> value)
    {
        for (var part = 0; part < 4; part++)
        {
            if (part > 0)
            {
                if (value.Length == 0 || value[0] != '.') return false;
                value = value.Slice(1);
            }
            var digits = 0;
            var number = 0;
            while (digits < value.Length && char.IsAsciiDigit(value[digits]))
            {
                number = number * 10 + (value[digits] - '0');
                digits++;
                if (digits > 3) return false;
            }
            if (digits == 0 || number > 255 || (digits > 1 && value[0] == '0')) return false;
            value = value.Slice(digits);
        }
        return value.Length == 0;
    }

    /// <summary>RFC 4291 IPv6 text: eight groups of 1–4 hex digits, one '::' at most, an IPv4 tail allowed. No zone ids.</summary>
    public static bool IsIPv6(ReadOnlySpan<char> value)
    {
        if (value.Length < 2) return false;
        var groups = 0;
        var compressed = false;
        var i = 0;
        if (value[0] == ':')
        {
            if (value[1] != ':') return false;
            compressed = true;
            i = 2;
            if (i == value.Length) return true;
        }
        while (i < value.Length)
        {
            var start = i;
            while (i < value.Length && char.IsAsciiHexDigit(value[i]) && i - start < 5) i++;
            var length = i - start;
            if (i < value.Length && value[i] == '.')
            {
                // An IPv4 tail counts as two groups and must end the address.
                if (!IsIPv4(value.Slice(start))) return false;
                groups += 2;
                break;
            }
            if (length == 0 || length > 4) return false;
            groups++;
            if (i == value.Length) break;
            if (value[i] != ':') return false;
            i++;
            if (i < value.Length && value[i] == ':')
            {
                if (compressed) return false;
                compressed = true;
                i++;
                if (i == value.Length) break;
            }
            else if (i == value.Length)
            {
                return false;
            }
        }
        return compressed ? groups < 8 : groups == 8;
    }

    /// <summary>Absolute URI syntax (RFC 3986): a scheme, ':', then URI characters and valid %-escapes.</summary>
    public static bool IsUri(ReadOnlySpan<char> value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(value[0])) return false;
        foreach (var c in value.Slice(0, colon))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }
        var rest = value.Slice(colon + 1);
        if (rest.Length == 0) return false;
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (c == '%')
            {
                if (i + 2 >= rest.Length || !char.IsAsciiHexDigit(rest[i + 1]) || !char.IsAsciiHexDigit(rest[i + 2])) return false;
                i += 2;
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=".IndexOf(c) >= 0))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A UUID in the 8-4-4-4-12 hex form.</summary>
    public static bool IsUuid(ReadOnlySpan<char> value) => Guid.TryParseExact(value, "D", out _);

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    public static bool IsDate(ReadOnlySpan<char> value) => ValueText.TryParse(value, out DateOnly _);

    /// <summary>ISO 8601 / RFC 3339 date and time with an explicit offset or 'Z'.</summary>
    public static bool IsDateTime(ReadOnlySpan<char> value)
    {
        if (value.Length < 20 || value[10] is not ('T' or 't')) return false;
        var zone = value.Slice(19);
        var hasOffset = zone[zone.Length - 1] is 'Z' or 'z' || zone.IndexOfAny('+', '-') >= 0;
        return hasOffset && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && IsDate(value.Slice(0, 10));
    }
}
