using System.Globalization;
using CsCheck;
using DomainKit.Runtime;

namespace DomainKit.Testing;

/// <summary>One row per <c>format:</c> of the schema language: a random string of the format, and the runtime check it must pass.</summary>
internal static class FormatSamples
{
    private static readonly string[] Words = ["alpha", "bravo", "delta", "echo", "kilo", "lima", "mike", "oscar", "tango", "zulu"];

    public static readonly IReadOnlyDictionary<string, (Func<PCG, string> Sample, Func<string, bool> Check)> All =
        new Dictionary<string, (Func<PCG, string>, Func<string, bool>)>(StringComparer.Ordinal)
        {
            ["email"] = (pcg => $"{Word(pcg)}.{Word(pcg)}{pcg.Next(100)}@{Word(pcg)}.example.org", s => Formats.IsEmail(s)),
            ["uri"] = (pcg => $"https://{Word(pcg)}.example.org/{Word(pcg)}/{pcg.Next(1000)}", s => Formats.IsUri(s)),
            ["hostname"] = (pcg => $"{Word(pcg)}-{pcg.Next(100)}.{Word(pcg)}.example.org", s => Formats.IsHostname(s)),
            ["ipv4"] = (pcg => $"{pcg.Next(256)}.{pcg.Next(256)}.{pcg.Next(256)}.{pcg.Next(256)}", s => Formats.IsIPv4(s)),
            ["ipv6"] = (pcg => string.Join(':', Enumerable.Range(0, 8).Select(_ => pcg.Next(0x10000).ToString("x", CultureInfo.InvariantCulture))), s => Formats.IsIPv6(s)),
            ["uuid"] = (pcg => PrimitiveSamples.Guid(pcg), s => Formats.IsUuid(s)),
            ["date"] = (pcg => DateOnly.FromDayNumber(PrimitiveSamples.Epoch2000Day + (int)pcg.Next(11_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s => Formats.IsDate(s)),
            ["date-time"] = (pcg => DateTimeOffset.FromUnixTimeSeconds(946_684_800 + pcg.Next(950_000_000)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), s => Formats.IsDateTime(s)),
        };

    /// <summary>A string of no format at all (question marks), of a length within the range.</summary>
    public static string Broken(int minLength, int maxLength) => new('?', Math.Min(Math.Max(minLength, 1), maxLength));

    private static string Word(PCG pcg) => Words[pcg.Next((uint)Words.Length)];
}
