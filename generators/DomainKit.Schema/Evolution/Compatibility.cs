using System;

namespace DomainKit.Schema.Evolution;

/// <summary>Which readers a change can fail: those of today reading old documents, those of the baseline reading new ones, or both.</summary>
[Flags]
internal enum CompatibilityDirections
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
    public static CompatibilityDirections? Parse(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "full" => CompatibilityDirections.Both,
        "backward" => CompatibilityDirections.Backward,
        "forward" => CompatibilityDirections.Forward,
        "none" => CompatibilityDirections.None,
        _ => null,
    };

    public static string Describe(CompatibilityDirections breaks) => breaks switch
    {
        CompatibilityDirections.Backward => "this breaks backward compatibility: documents written under the baseline are no longer read as before",
        CompatibilityDirections.Forward => "this breaks forward compatibility: programs built from the baseline cannot read documents written now",
        _ => "this breaks backward and forward compatibility",
    };
}
