using System;

namespace DomainKit.Generators.Core.Evolution;

/// <summary>Which readers a change can fail: those of today reading old documents, those of the baseline reading new ones, or both.</summary>
[Flags]
internal enum Breaks
{
    None = 0,

    /// <summary>Documents written under the baseline are no longer read as they were.</summary>
    Backward = 1,

    /// <summary>Programs built from the baseline cannot read documents written now.</summary>
    Forward = 2,

    Both = Backward | Forward,
}

/// <summary><c>DomainKitCompatibility</c>: which directions the build holds the schemas to.</summary>
internal static class Compatibility
{
    public const string Names = "full, backward, forward or none";

    /// <summary>The directions a setting checks; null when the text is none of <see cref="Names"/> (empty means the default, full).</summary>
    public static Breaks? Parse(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "full" => Breaks.Both,
        "backward" => Breaks.Backward,
        "forward" => Breaks.Forward,
        "none" => Breaks.None,
        _ => null,
    };

    public static string Describe(Breaks breaks) => breaks switch
    {
        Breaks.Backward => "this breaks backward compatibility: documents written under the baseline are no longer read as before",
        Breaks.Forward => "this breaks forward compatibility: programs built from the baseline cannot read documents written now",
        _ => "this breaks backward and forward compatibility",
    };
}
