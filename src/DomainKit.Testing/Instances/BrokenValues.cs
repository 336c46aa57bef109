using System.Globalization;
using CsCheck;
using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>One break of a valid value: what it breaks, the one error expected, the broken JSON, and whether memory can hold it.</summary>
internal sealed record Break(string Breaks, string Path, string Code, JsonTree Json, bool InMemory);

/// <summary>
/// The exactly-once-broken variants of a valid value: for each constraint of each field (first place it occurs), each
/// required field, each enum field and each outcome of each rule, a copy with that one thing broken — kept only when
/// the model says everything else still holds (the constraints by <see cref="ConstraintCheck"/>, the rules by
/// <see cref="RuleEvaluator"/>), so the generated validator is tested, not consulted.
/// </summary>
internal sealed class BrokenValues(InstanceFactory factory)
{
    private const int Tries = 12;

    public List<Break> Of(PCG pcg, JsonTree valid, TypeSpec type, bool nested)
    {
        var breaks = new List<Break>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in (nested ? factory.Sites.Of(valid, type) : factory.Sites.Shallow(valid, type).Where(s => s.Pointer.Length == 0 || s.Record is null)).ToList())
        {
            foreach (var constraint in ConstraintCheck.Of(site))
            {
                if (!seen.Add(site.Origin + " " + constraint.Definition.Key)) continue;
                var description = $"{site.Origin} {constraint.Definition.Key} {constraint.Value}";
                if (Replace(pcg, valid, type, site, node => BreakValue(pcg, site, constraint, node), constraint) is { } json)
                    breaks.Add(new Break(description, site.Pointer, constraint.Definition.Key, json, true));
            }
            if (site.Declared is { Kind: TypeKind.Enum } && site.Slot is not null && seen.Add(site.Origin + " enum"))
            {
                var member = "not-a-member";
                if (Replace(pcg, valid, type, site, _ => JsonScalar.String(member), null) is { } json)
                    breaks.Add(new Break($"{site.Origin} enum {site.Declared.Name}", site.Pointer, "enum", json, false));
            }
            if (site.Record is not { Node: JsonObject record }) continue;
            foreach (var property in site.Record.Properties!.Where(p => p.IsRequired && record[p.WireName] is not null))
            {
                if (!seen.Add(site.Origin + "." + property.WireName + " required")) continue;
                var pointer = site.Pointer + "/" + TreeSites.Escape(property.WireName);
                if (Remove(valid, type, site.Pointer, property.WireName) is { } json)
                    breaks.Add(new Break($"{site.Origin}.{property.WireName} required", pointer, "required", json, property.Type.IsReferenceType));
            }
            for (var r = 0; r < site.Rules.Count; r++)
            {
                var rule = site.Rules[r];
                for (var outcome = 0; outcome < rule.Outcomes.Count; outcome++)
                {
                    if (!seen.Add($"{site.Origin} rule {r} {outcome}")) continue;
                    if (BreakRule(pcg, valid, type, site.Pointer, r, outcome) is { } json)
                        breaks.Add(new Break($"{site.Origin} rule {rule.Code}: {rule.Text}", site.Pointer + rule.Outcomes[outcome].Pointer, rule.Code, json, true));
                }
            }
        }
        return breaks;
    }

    /// <summary>A copy with the site's value replaced, when everything but <paramref name="broken"/> still holds.</summary>
    private JsonTree? Replace(PCG pcg, JsonTree valid, TypeSpec type, TreeSite site, Func<JsonTree, JsonTree?> replacement, ConstraintSpec? broken)
    {
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            if (replacement(site.Node) is not { } value) return null;
            // The site's own value is replaced: only the containers on the way to it are copied.
            var copy = valid.CopyAlong(site.Pointer);
            if (site.Slot is null) copy = value;
            else if (SiteAt(copy, type, site.Pointer)?.Slot is { } slot) slot.Set(value);
            else return null;
            if (OnlyBroken(copy, type, site.Pointer, broken, rule: null)) return copy;
        }
        return null;
    }

    private JsonTree? Remove(JsonTree valid, TypeSpec type, string recordPointer, string wireName)
    {
        var copy = valid.CopyAlong(recordPointer);
        if (SiteAt(copy, type, recordPointer)?.Record?.Node is not JsonObject record) return null;
        record[wireName] = null;
        return OnlyBroken(copy, type, recordPointer + "/" + TreeSites.Escape(wireName), null, rule: null) ? copy : null;
    }

    private JsonTree? BreakRule(PCG pcg, JsonTree valid, TypeSpec type, string pointer, int ruleIndex, int outcome)
    {
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var copy = valid.Clone();
            if (SiteAt(copy, type, pointer) is not { Record: { } record } site) return null;
            var rule = site.Rules[ruleIndex];
            if (!factory.Forcing.Break(pcg, rule, record, outcome)) continue;
            RepairOthers(pcg, copy, type, pointer, rule);
            if (OnlyBroken(copy, type, null, null, (pointer, rule, outcome))) return copy;
        }
        return null;
    }

    /// <summary>Forces every other rule the break upset to hold again (the broken one stays as it is).</summary>
    private void RepairOthers(PCG pcg, JsonTree copy, TypeSpec type, string pointer, RuleSpec broken)
    {
        foreach (var site in factory.Sites.Around(copy, type, pointer).Where(s => s.Rules.Count > 0).ToList())
        {
            foreach (var rule in site.Rules.Where(r => !(site.Pointer == pointer && ReferenceEquals(r, broken))))
            {
                if (factory.Evaluator.Broken(rule, site.Record!) is not { Count: 0 }) factory.Forcing.Repair(pcg, rule, site.Record!);
            }
        }
    }

    /// <summary>
    /// Whether, by the model, the copy breaks nothing but: the constraint <paramref name="broken"/> at <paramref name="at"/>,
    /// or the value left out at <paramref name="at"/>, or the one rule given.
    /// </summary>
    private bool OnlyBroken(JsonTree copy, TypeSpec type, string? at, ConstraintSpec? broken, (string Pointer, RuleSpec Rule, int Outcome)? rule)
    {
        // A change at a place can only break what sits under it, and the rules and required fields of the records it sits in.
        foreach (var site in factory.Sites.Around(copy, type, at ?? rule!.Value.Pointer))
        {
            if (site.Pointer == at)
            {
                if (!ConstraintCheck.Holds(site, broken)) return false;
            }
            else if (at is not null && site.Pointer.StartsWith(at + "/", StringComparison.Ordinal))
            {
                if (!ConstraintCheck.Holds(site)) return false;
            }
            else if (!ConstraintCheck.Holds(site)) return false;
            foreach (var each in site.Rules)
            {
                var outcomes = factory.Evaluator.Broken(each, site.Record!);
                var target = rule is { } r && r.Pointer == site.Pointer && ReferenceEquals(r.Rule, each);
                if (outcomes is null || (target ? outcomes.Count != 1 || outcomes[0] != rule!.Value.Outcome : outcomes.Count > 0)) return false;
            }
            if (site.Record is { Node: JsonObject record } && site.Pointer != TrimLast(at) && site.Record.Properties!.Any(p => p.IsRequired && record[p.WireName] is null)) return false;
        }
        return true;
    }

    private TreeSite? SiteAt(JsonTree tree, TypeSpec type, string pointer) => factory.Sites.At(tree, type, pointer);

    private static string? TrimLast(string? pointer) => pointer is null ? null : pointer[..Math.Max(pointer.LastIndexOf('/'), 0)];

    /// <summary>The value just past the constraint, meeting every other constraint of the field; null when there is none.</summary>
    private JsonTree? BreakValue(PCG pcg, TreeSite site, ConstraintSpec constraint, JsonTree current)
    {
        var primitive = ConstraintCheck.PrimitiveOf(site);
        var others = FieldConstraints.Of(ConstraintCheck.Of(site).Where(c => !ReferenceEquals(c, constraint)), primitive);
        var count = FieldConstraints.CountOf(constraint);
        switch (constraint.Kind)
        {
            case ConstraintKind.MinLength when count > 0:
                return StringOfLength(pcg, count - 1, others);
            case ConstraintKind.MaxLength:
                return StringOfLength(pcg, count + 1, others);
            case ConstraintKind.Pattern:
                var regex = PatternStrings.RegexOf(constraint.Value);
                for (var attempt = 0; attempt < 50; attempt++)
                {
                    var text = others.Format is { } format && FormatSamples.All.TryGetValue(format, out var row) ? row.Sample(pcg) : PrimitiveSamples.PlainString(pcg, others.MinLength, Math.Min(others.MaxLength, others.MinLength + 8));
                    if (!regex.IsMatch(text) && StringSamples.Fits(text, others)) return JsonScalar.String(text);
                }
                return null;
            case ConstraintKind.Format:
                var broken = FormatSamples.Broken(others.MinLength, others.MaxLength);
                return StringSamples.Fits(broken, others) && !FormatSamples.All[constraint.Value].Check(broken) ? JsonScalar.String(broken) : null;
            case ConstraintKind.Min or ConstraintKind.ExclusiveMin or ConstraintKind.Max or ConstraintKind.ExclusiveMax:
                return PastBound(primitive, constraint, others);
            case ConstraintKind.MinItems when count > 0:
                return current switch
                {
                    JsonArray array => new JsonArray(array.Items.Take(count - 1).Select(i => i.Clone()).ToList()),
                    JsonObject map => new JsonObject(map.Properties.Take(count - 1).Select(p => new KeyValuePair<string, JsonTree>(p.Key, p.Value.Clone())).ToList()),
                    _ => null,
                };
            case ConstraintKind.MaxItems when count < 1000:
                return MoreItems(pcg, site, current, count + 1);
            case ConstraintKind.Unique when constraint.Value == "true" && current is JsonArray { Items.Count: > 0 } items:
                var copy = items.Items.Select(i => i.Clone()).ToList();
                if (copy.Count < others.MaxItems) copy.Insert(1, copy[0].Clone());
                else if (copy.Count >= 2) copy[1] = copy[0].Clone();
                else return null;
                return new JsonArray(copy);
            default:
                return null;
        }
    }

    private static JsonScalar? StringOfLength(PCG pcg, int length, FieldConstraints others)
    {
        if (others.Format is not null) return null;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var text = others.Pattern is { } pattern ? PatternStrings.For(pattern, length, length)?.Next(pcg) : PrimitiveSamples.PlainString(pcg, length, length);
            if (text is null) return null;
            if (StringSamples.CodePoints(text) == length && StringSamples.Fits(text, others with { MinLength = 0, MaxLength = int.MaxValue })) return JsonScalar.String(text);
        }
        return null;
    }

    private static JsonScalar? PastBound(PrimitiveKind primitive, ConstraintSpec constraint, FieldConstraints others)
    {
        if (!PrimitiveSamples.All.TryGetValue(primitive, out var sample) || sample.Ordinal?.Invoke(constraint.Value) is not { } bound) return null;
        var value = constraint.Kind switch
        {
            ConstraintKind.Min => bound - sample.Step,
            ConstraintKind.Max => bound + sample.Step,
            _ => bound,
        };
        if (value < sample.Least || value > sample.Greatest) return null;
        if ((others.Low is { } low && value < low) || (others.High is { } high && value > high)) return null;
        return sample.Render!(value);
    }

    private JsonTree? MoreItems(PCG pcg, TreeSite site, JsonTree current, int count)
    {
        if (site.Type?.Element is not { } element) return null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (current is JsonObject map)
        {
            var grown = (JsonObject)map.Clone();
            for (var attempt = 0; grown.Properties.Count < count && attempt < count * 10; attempt++)
            {
                var key = "k" + pcg.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
                if (grown[key] is null) grown.Properties.Add(new(key, factory.Item(pcg, element)));
            }
            return grown.Properties.Count == count ? grown : null;
        }
        if (current is not JsonArray array) return null;
        var items = array.Items.Select(i => i.Clone()).ToList();
        foreach (var item in items) seen.Add(item.JsonText());
        for (var attempt = 0; items.Count < count && attempt < count * 10; attempt++)
        {
            var item = factory.Item(pcg, element);
            if (seen.Add(item.JsonText())) items.Add(item);
        }
        return items.Count == count ? new JsonArray(items) : null;
    }
}
