using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Evolution;

internal sealed partial class TypeComparer
{
    /// <summary>An enum member or a union variant: the name it is declared under, its wire name, and its old wire names.</summary>
    private sealed record Choice(string Name, string Wire, SourceSpan NameSpan, SourceSpan WireSpan, EquatableArray<Scalar> RenamedFrom);

    private static List<Choice> Members(TypeDeclaration type) =>
        type.Members.Select(m => new Choice(m.Name.Text, m.Name.Text, m.Name.Span, m.Name.Span, m.RenamedFrom)).ToList();

    private static List<Choice> Variants(UnionDeclaration union) =>
        union.Variants.Select(v => new Choice(v.Name.Text, v.WireTag, v.Name.Span, v.Tag?.Span ?? v.Name.Span, v.RenamedFrom)).ToList();

    /// <summary>Reports added, removed and renamed choices; returns the pairs that match.</summary>
    private List<(Choice Old, Choice Now)> CompareChoices(string what, string owner, SourceSpan ownerSpan, List<Choice> old, List<Choice> now,
        HashSet<string> oldReserved, HashSet<string> nowReserved)
    {
        var pairs = new List<(Choice, Choice)>();
        var added = new List<Choice>();
        var unmatched = old.ToList();
        foreach (var choice in now)
        {
            var (match, renamed) = Match(unmatched, choice.Wire, choice.RenamedFrom, c => c.Wire, c => c.Name == choice.Name);
            if (match is null)
            {
                added.Add(choice);
                continue;
            }
            unmatched.Remove(match);
            pairs.Add((match, choice));
            if (match.Wire != choice.Wire)
                Report(DiagnosticCatalog.WireNameChanged, choice.WireSpan, renamed ? CompatibilityDirections.Forward : CompatibilityDirections.Both,
                    what, choice.Name, owner, choice.Wire, match.Wire, renamed ? "" : RenameHint(match.Wire));
        }
        foreach (var choice in added)
        {
            if (oldReserved.Contains(choice.Wire) && !nowReserved.Contains(choice.Wire))
                Report(DiagnosticCatalog.ReservedNameReused, choice.WireSpan, CompatibilityDirections.Both, choice.Wire, owner);
            Report(DiagnosticCatalog.ChoiceAdded, choice.WireSpan, CompatibilityDirections.Forward, what, choice.Wire, owner);
        }
        foreach (var choice in unmatched)
            Report(DiagnosticCatalog.ChoiceRemoved, ownerSpan, CompatibilityDirections.Backward, what, choice.Wire, owner,
                added.Count == 1 && unmatched.Count == 1 ? RenamedHint(added[0].Name, choice.Wire) : "");
        return pairs;
    }

    /// <summary>
    /// The old item a current one continues: the one with its wire name; else one it says it was renamed from
    /// (<c>renamed</c>); else the one declared under its name (its wire name changed in place).
    /// </summary>
    private static (T? Match, bool Renamed) Match<T>(List<T> old, string wire, EquatableArray<Scalar> renamedFrom,
        System.Func<T, string> wireOf, System.Func<T, bool> sameName) where T : class
    {
        if (old.FirstOrDefault(o => wireOf(o) == wire) is { } same) return (same, false);
        if (old.FirstOrDefault(o => renamedFrom.Any(r => r.Text == wireOf(o))) is { } renamed) return (renamed, true);
        return (old.FirstOrDefault(sameName), false);
    }

    private static string RenameHint(string oldWire) => $" (add renamedFrom: [{oldWire}] so that old documents are still read)";

    private static string RenamedHint(string newName, string oldWire) => $" (if '{newName}' is it renamed, give it renamedFrom: [{oldWire}])";

    private static readonly System.Text.RegularExpressions.Regex RenamedHintText = new(@"\(if '([^']+)' is it renamed, give it renamedFrom", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The added field or member a message's renamed hint names (see <see cref="RenamedHint"/>), for an editor's quick fix; null without one.</summary>
    public static string? RenamedIn(string message) => RenamedHintText.Match(message) is { Success: true } match ? match.Groups[1].Value : null;
}
