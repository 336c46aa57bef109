using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Evolution;

internal sealed partial class TypeComparer
{
    private void CompareFields(string owner, SourceSpan ownerSpan, IReadOnlyList<FieldDeclaration> old, IReadOnlyList<FieldDeclaration> now,
        HashSet<string> oldReserved, HashSet<string> nowReserved, bool baselineClosed)
    {
        var unmatched = old.ToList();
        var added = new List<FieldDeclaration>();
        foreach (var field in now)
        {
            var wire = field.WireName;
            var (match, renamed) = Match(unmatched, wire, field.RenamedFrom, f => f.WireName, f => f.Name.Text == field.Name.Text);
            if (match is null)
            {
                added.Add(field);
                continue;
            }
            unmatched.Remove(match);
            if (match.WireName != wire)
                Report(DiagnosticCatalog.WireNameChanged, (field.WireNameOverride ?? field.Name).Span, renamed ? CompatibilityDirections.Forward : CompatibilityDirections.Both,
                    "Field", field.Name.Text, owner, wire, match.WireName, renamed ? "" : RenameHint(match.WireName));
            CompareField(owner, match, field);
        }
        foreach (var field in added)
        {
            var span = field.Name.Span;
            if (oldReserved.Contains(field.WireName) && !nowReserved.Contains(field.WireName))
                Report(DiagnosticCatalog.ReservedNameReused, (field.WireNameOverride ?? field.Name).Span, CompatibilityDirections.Both, field.WireName, owner);
            if (IsRequiredOnRead(field)) Report(DiagnosticCatalog.RequiredFieldAdded, span, CompatibilityDirections.Backward, field.Name.Text, owner);
            if (baselineClosed) Report(DiagnosticCatalog.FieldAddedToClosedType, span, CompatibilityDirections.Forward, field.Name.Text, owner);
        }
        foreach (var field in unmatched)
        {
            var reserved = nowReserved.Contains(field.WireName);
            var required = IsRequiredOnRead(field);
            var breaks = (reserved ? CompatibilityDirections.None : CompatibilityDirections.Backward) | (required ? CompatibilityDirections.Forward : CompatibilityDirections.None);
            var why = (reserved, required) switch
            {
                (false, true) => " without reserving its name, and baseline readers require it",
                (false, false) => " without reserving its name (list it under 'reserved')",
                _ => ", and baseline readers require it",
            };
            if (added.Count == 1 && unmatched.Count == 1) why += RenamedHint(added[0].Name.Text, field.WireName);
            Report(DiagnosticCatalog.FieldRemoved, ownerSpan, breaks, field.WireName, owner, why);
        }
    }

    private void CompareField(string owner, FieldDeclaration old, FieldDeclaration now)
    {
        var name = now.Name.Text;
        if (!IsRequiredOnRead(old) && IsRequiredOnRead(now))
            Report(DiagnosticCatalog.OptionalityChanged, now.Type.Source.Span, CompatibilityDirections.Backward, name, owner, "is now required (it was optional or had a default)");
        else if (IsRequiredOnRead(old) && IsOptional(now))
            Report(DiagnosticCatalog.OptionalityChanged, now.Type.Source.Span, CompatibilityDirections.Forward, name, owner, "is now optional (baseline readers require it)");
        CompareType(owner, name, old, now);
        if (old.Default is { } before && now.Default is { } after && DefaultText(before) != DefaultText(after))
            Report(DiagnosticCatalog.DefaultChanged, after.Value.Span, CompatibilityDirections.Backward, name, owner, DefaultText(before), DefaultText(after));
        CompareConstraints(owner, name, now.Name.Span, old, now);
    }

    private void CompareType(string owner, string name, FieldDeclaration old, FieldDeclaration now)
    {
        if (old.Type.Expression is not { } before || now.Type.Expression is not { } after) return;
        var breaks = _types.Compare(before with { Optional = false }, after with { Optional = false });
        Report(DiagnosticCatalog.FieldTypeChanged, now.Type.Source.Span, breaks, name, owner, old.Type.Text, now.Type.Text);
    }

    private void CompareConstraints(string owner, string name, SourceSpan fieldSpan, FieldDeclaration old, FieldDeclaration now)
    {
        foreach (var change in ConstraintChanges.Between(old.Constraints, now.Constraints))
            Report(DiagnosticCatalog.ConstraintChanged, change.Span ?? fieldSpan, change.Breaks, name, owner, change.Key, change.Change);
    }

    private static bool IsOptional(FieldDeclaration field) => field.Type.Expression?.Optional ?? field.Type.Text.TrimEnd().EndsWith("?", System.StringComparison.Ordinal);

    /// <summary>Whether a reader fails a document without the field: not optional and no default.</summary>
    private static bool IsRequiredOnRead(FieldDeclaration field) => !IsOptional(field) && field.Default is null;

    private static string DefaultText(DefaultDeclaration value) => value.Kind switch
    {
        DefaultKind.EmptySequence => "[]",
        DefaultKind.EmptyMapping => "{}",
        _ => value.Value.Text,
    };
}
