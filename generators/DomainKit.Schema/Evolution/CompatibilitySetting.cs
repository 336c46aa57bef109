namespace DomainKit.Schema.Evolution;

/// <summary><c>DomainKitCompatibility</c>: the directions checked, and the text when it names none (then all are checked and DK0014 says so).</summary>
internal sealed record CompatibilitySetting(CompatibilityDirections Checked, string? Invalid)
{
    public static CompatibilitySetting Parse(string? text) =>
        Compatibility.Parse(text) is { } directions ? new(directions, null) : new(CompatibilityDirections.Both, text);
}
