using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Checking;

// Unions: the discriminator, the shared fields and rules, and each variant — a name that can be a nested
// type, a tag no other variant has, fields that repeat neither a shared field nor the discriminator.
internal sealed partial class SchemaChecker
{
    /// <summary>Members a union's base generates, which a variant's nested type may not be named.</summary>
    private static readonly HashSet<string> UnionMembers = new(Naming.ReservedRecordMembers) { "Match", "Switch", "HoldsSharedConstraints" };

    private TypeSpec CheckUnion(TypeDeclaration type, TypeSpec spec)
    {
        var union = type.Union!;
        var discriminator = union.Discriminator?.Text ?? "kind";
        if (union.Discriminator is { } written && Naming.MemberNameProblem(written.Text) is { } problem)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidName, written.Span, written.Text, "discriminator", problem);
            return spec;
        }
        var sharedFields = type.Fields.Where(f => !RepeatsDiscriminator(f, discriminator, type.Name.Text)).ToEquatableArray();
        var shared = type with { Fields = sharedFields };
        var properties = CheckFields(shared, UnionMembers);
        if (union.Variants.Count == 0)
        {
            _diagnostics.Report(DiagnosticCatalog.EmptyUnion, union.Span, type.Name.Text);
            return spec;
        }
        var sharedNames = new HashSet<string>(sharedFields.Select(f => f.Name.Text), StringComparer.Ordinal);
        var sharedWire = new HashSet<string>(sharedFields.Select(f => f.WireName), StringComparer.Ordinal) { discriminator };
        var sharedProperties = new HashSet<string>(properties.Select(p => p.PropertyName), StringComparer.Ordinal);
        var tags = new HashSet<string>(StringComparer.Ordinal);
        var variants = new List<VariantSpec>();
        foreach (var variant in union.Variants)
        {
            if (CheckVariant(type, variant, discriminator, sharedNames, sharedWire, sharedProperties, tags) is { } checkedVariant) variants.Add(checkedVariant);
        }
        return spec with
        {
            Properties = properties,
            Rules = RuleChecker.Check(shared, Shape, _index, _diagnostics),
            Discriminator = discriminator,
            Variants = variants.ToEquatableArray(),
        };
    }

    private VariantSpec? CheckVariant(TypeDeclaration union, VariantDeclaration variant, string discriminator,
        HashSet<string> sharedNames, HashSet<string> sharedWire, HashSet<string> sharedProperties, HashSet<string> tags)
    {
        var name = variant.Name.Text;
        if (Naming.TypeNameProblem(name) is { } problem)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidName, variant.Name.Span, name, "variant", problem);
            return null;
        }
        var clash = name == union.Name.Text ? $"the union '{name}' itself"
            : UnionMembers.Contains(name) ? $"the generated member '{name}'"
            : sharedProperties.Contains(name) ? $"the shared field property '{name}'"
            : null;
        if (clash is not null)
        {
            _diagnostics.Report(DiagnosticCatalog.NameClash, variant.Name.Span, "Variant", name, name, clash);
            return null;
        }
        var tag = variant.WireTag;
        if (!tags.Add(tag))
        {
            _diagnostics.Report(DiagnosticCatalog.DuplicateTag, (variant.Tag ?? variant.Name).Span, tag, union.Name.Text);
            return null;
        }
        var renamedFrom = new List<string>();
        foreach (var old in variant.RenamedFrom)
        {
            if (tags.Add(old.Text)) renamedFrom.Add(old.Text);
            else _diagnostics.Report(DiagnosticCatalog.DuplicateTag, old.Span, old.Text, union.Name.Text);
        }
        var own = new List<FieldDeclaration>();
        foreach (var field in variant.Fields)
        {
            var wire = field.WireName;
            if (sharedNames.Contains(field.Name.Text) || sharedWire.Contains(wire))
            {
                var repeated = wire == discriminator ? $"the discriminator '{discriminator}'" : $"the shared field '{(sharedNames.Contains(field.Name.Text) ? field.Name.Text : wire)}'";
                _diagnostics.Report(DiagnosticCatalog.VariantRepeatsShared, (field.WireNameOverride ?? field.Name).Span, field.Name.Text, name, repeated);
                continue;
            }
            own.Add(field);
        }
        var declaration = new TypeDeclaration { Name = variant.Name, Kind = TypeKind.Record, Fields = own.ToEquatableArray(), Reserved = variant.Reserved };
        // The variant's rules see the shared fields and its own.
        var shape = RecordShapes.Of(declaration with { Name = new Scalar(union.Name.Text + "." + name, variant.Name.Span, true), Fields = union.Fields.Concat(own).ToEquatableArray() });
        return new VariantSpec
        {
            Name = name,
            Tag = tag,
            RenamedFrom = renamedFrom.ToEquatableArray(),
            Reserved = union.Reserved.Concat(variant.Reserved).Select(r => r.Text).Distinct().ToEquatableArray(),
            Doc = variant.Doc,
            Obsolete = Obsolete(variant.Deprecated),
            Properties = CheckFields(declaration, UnionMembers),
            Rules = RuleChecker.Check(shape, variant.Rules, "__Rule" + name + "_", Shape, _index, _diagnostics),
        };
    }

    private bool RepeatsDiscriminator(FieldDeclaration field, string discriminator, string union)
    {
        if (field.WireName != discriminator) return false;
        _diagnostics.Report(DiagnosticCatalog.VariantRepeatsShared, (field.WireNameOverride ?? field.Name).Span, field.Name.Text, union, $"the discriminator '{discriminator}'");
        return true;
    }
}
