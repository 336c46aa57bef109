using System.Linq;

namespace DomainKit.Schema.Evolution;

/// <summary><c>DomainKitCompatibility</c>: the directions checked, and the text when it names none (then all are checked and DK0014 says so).</summary>
internal sealed record CompatibilitySetting(CompatibilityDirections Checked, string? Invalid)
{
    public static readonly CompatibilitySetting Default = new(CompatibilityDirections.Both, null);

    public static CompatibilitySetting Parse(string? text) =>
        Compatibility.Parse(text) is { } directions ? new(directions, null) : new(CompatibilityDirections.Both, text);

    /// <summary>The baseline's own problems, and DK0014 (at no file) when the setting names no directions.</summary>
    public EquatableArray<SchemaDiagnostic> Diagnostics(Baseline baseline)
    {
        if (Invalid is null) return baseline.Diagnostics;
        var arguments = new[] { Invalid, "DomainKitCompatibility", "expected " + Compatibility.Names + "; checking full compatibility" };
        var invalid = new SchemaDiagnostic(DiagnosticCatalog.InvalidOptionValue, SourceSpan.StartOf(""), arguments.ToEquatableArray());
        return baseline.Diagnostics.Append(invalid).ToEquatableArray();
    }
}
