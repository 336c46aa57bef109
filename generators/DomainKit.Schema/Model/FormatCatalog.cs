using System.Collections.Generic;
using System.Collections.Immutable;

namespace DomainKit.Schema.Model;

/// <summary>The string formats of <c>format:</c>, and the <c>DomainKit.Runtime.Formats</c> method that checks each.</summary>
internal static class FormatCatalog
{
    public static readonly ImmutableArray<(string Name, string Method)> All = ImmutableArray.Create(
        ("email", "IsEmail"),
        ("uri", "IsUri"),
        ("hostname", "IsHostname"),
        ("ipv4", "IsIPv4"),
        ("ipv6", "IsIPv6"),
        ("uuid", "IsUuid"),
        ("date", "IsDate"),
        ("date-time", "IsDateTime"));

    public static IEnumerable<string> Names
    {
        get
        {
            foreach (var format in All) yield return format.Name;
        }
    }

    public static string? MethodOf(string name)
    {
        foreach (var format in All)
        {
            if (format.Name == name) return format.Method;
        }
        return null;
    }
}
