using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Evolution;

/// <summary>
/// Compares one current type with its baseline and reports, at the current YAML node, each change that breaks a
/// checked direction. Fields, variants and enum members are matched by wire name, then by <c>renamedFrom</c>,
/// then by the name they are declared under (a wire name changed in place).
/// </summary>
internal sealed partial class TypeComparer
{
    private readonly CompatibilityDirections _checked;
    private readonly WireTypes _types;
    private readonly DiagnosticBag _diagnostics;

    public TypeComparer(CompatibilityDirections @checked, WireTypes types, DiagnosticBag diagnostics)
    {
        _checked = @checked;
        _types = types;
        _diagnostics = diagnostics;
    }

    public void Compare(BaselineType baseline, TypeDeclaration now)
    {
        var old = baseline.Declaration;
        var name = now.Name.Text;
        if (old.Kind != now.Kind)
        {
            Report(DiagnosticCatalog.TypeKindChanged, now.Name.Span, CompatibilityDirections.Both, name, KindName(old.Kind), KindName(now.Kind));
            return;
        }
        switch (now.Kind)
        {
            case TypeKind.Value when old.Wrapped is { } before && now.Wrapped is { } after:
                CompareType(name, "value", before, after);
                CompareConstraints(name, "value", now.Name.Span, before, after);
                break;
            case TypeKind.Enum:
                CompareChoices("Enum member", name, now.Name.Span, Members(old), Members(now), Names(old.Reserved), Names(now.Reserved));
                break;
            case TypeKind.Union when old.Union is { } before && now.Union is { } after:
                CompareUnion(baseline, now, before, after);
                break;
            default:
                CompareFields(name, now.Name.Span, old.Fields, now.Fields, Names(old.Reserved), Names(now.Reserved), baseline.UnknownFieldsError);
                break;
        }
        CompareRules(name, now.Name.Span, old.Rules, now.Rules);
    }

    private void CompareUnion(BaselineType baseline, TypeDeclaration now, UnionDeclaration before, UnionDeclaration after)
    {
        var (old, name) = (baseline.Declaration, now.Name.Text);
        var (oldKind, nowKind) = (before.Discriminator?.Text ?? "kind", after.Discriminator?.Text ?? "kind");
        if (oldKind != nowKind)
            Report(DiagnosticCatalog.DiscriminatorChanged, after.Discriminator?.Span ?? after.Span, CompatibilityDirections.Both, name, oldKind, nowKind);
        CompareFields(name, now.Name.Span, old.Fields, now.Fields, Names(old.Reserved), Names(now.Reserved), baseline.UnknownFieldsError);

        var pairs = CompareChoices("Variant", name, now.Name.Span, Variants(before), Variants(after), new HashSet<string>(), new HashSet<string>());
        foreach (var (was, isNow) in pairs)
        {
            var (oldVariant, nowVariant) = (before.Variants.First(v => v.Name.Text == was.Name), after.Variants.First(v => v.Name.Text == isNow.Name));
            var owner = name + "." + nowVariant.Name.Text;
            var oldReserved = Names(old.Reserved.Concat(oldVariant.Reserved));
            var nowReserved = Names(now.Reserved.Concat(nowVariant.Reserved));
            CompareFields(owner, nowVariant.Name.Span, oldVariant.Fields, nowVariant.Fields, oldReserved, nowReserved, baseline.UnknownFieldsError);
            CompareRules(owner, nowVariant.Name.Span, oldVariant.Rules, nowVariant.Rules);
        }
    }

    private void CompareRules(string owner, SourceSpan ownerSpan, IReadOnlyList<RuleDeclaration> old, IReadOnlyList<RuleDeclaration> now)
    {
        var before = new HashSet<string>(old.Select(r => r.Text));
        var after = new HashSet<string>(now.Select(r => r.Text));
        foreach (var rule in now.Where(r => !before.Contains(r.Text)))
            Report(DiagnosticCatalog.RuleChanged, (rule.Check ?? rule.When)?.Source.Span ?? rule.Span, CompatibilityDirections.Backward, rule.Text, owner, "was added");
        foreach (var rule in old.Where(r => !after.Contains(r.Text)))
            Report(DiagnosticCatalog.RuleChanged, ownerSpan, CompatibilityDirections.Forward, rule.Text, owner, "was removed");
    }

    private void Report(DiagnosticDefinition definition, SourceSpan span, CompatibilityDirections breaks, params string[] arguments)
    {
        if ((breaks & _checked) == CompatibilityDirections.None) return;
        _diagnostics.Report(definition, span, arguments.Append(Compatibility.Describe(breaks)).ToArray());
    }

    private static HashSet<string> Names(IEnumerable<Scalar> names) => new(names.Select(n => n.Text), System.StringComparer.Ordinal);

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Record => "a record",
        TypeKind.Enum => "an enum",
        TypeKind.Value => "a value type",
        _ => "a union",
    };
}
