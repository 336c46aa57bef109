using System.Globalization;

namespace DomainKit.Testing;

/// <summary>How many drawn candidates of a type the generated reader and <c>Validate()</c> accepted, and the error codes that refused the others.</summary>
/// <param name="Type">The type's name in the schema.</param>
/// <param name="Candidates">Candidates drawn (rules already forced).</param>
/// <param name="Accepted">Candidates accepted.</param>
/// <param name="Refusals">How often each error code refused one.</param>
public sealed record AcceptanceReport(string Type, int Candidates, int Accepted, IReadOnlyDictionary<string, int> Refusals)
{
    /// <summary>Accepted per candidate, 0 to 1.</summary>
    public double Rate => Candidates == 0 ? 0 : (double)Accepted / Candidates;

    /// <summary>One line: the type, its acceptance rate, and the codes that refused most.</summary>
    public string Describe()
    {
        var refusals = string.Join(", ", Refusals.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Take(5).Select(r => $"{r.Key} ×{r.Value}"));
        var rate = Rate.ToString("P1", CultureInfo.InvariantCulture);
        return $"{Type}: {Accepted} of {Candidates} candidates valid ({rate})" + (refusals.Length == 0 ? "." : $"; refused by {refusals}.");
    }

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
