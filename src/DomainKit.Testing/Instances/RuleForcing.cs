using CsCheck;
using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>
/// Makes a rule hold on a record, or report one of its outcomes, by its shape: an equality copies one side onto the
/// other, an order swaps or redraws its sides, a conjunction forces both sides, a disjunction one, a loop its items,
/// <c>unique</c> drops or copies keys, <c>require</c>/<c>forbid</c> draw or leave out fields. What it cannot shape it
/// redraws a few times. The caller evaluates the rule afterwards; forcing is a best effort.
/// </summary>
internal sealed class RuleForcing(RuleEvaluator evaluator, ValueGenerator generator)
{
    private const int Redraws = 12;

    /// <summary>Forces <paramref name="rule"/> to hold on <paramref name="record"/>; true when it then does.</summary>
    public bool Repair(PCG pcg, RuleSpec rule, RuleValue record)
    {
        var context = new Context(pcg, rule, record, new Dictionary<string, RuleValue>(StringComparer.Ordinal));
        if (!rule.IsWhen) Force(rule.Condition, true, context);
        else if (pcg.Next(2) == 0) Force(rule.Condition, false, context);
        else
        {
            foreach (var outcome in rule.Outcomes) Force(outcome.Broken!, false, context);
        }
        return evaluator.Broken(rule, record) is { Count: 0 };
    }

    /// <summary>Forces <paramref name="rule"/> to report exactly its outcome <paramref name="outcome"/>; true when it then does.</summary>
    public bool Break(PCG pcg, RuleSpec rule, RuleValue record, int outcome)
    {
        var context = new Context(pcg, rule, record, new Dictionary<string, RuleValue>(StringComparer.Ordinal));
        Force(rule.Condition, rule.IsWhen, context);
        if (rule.IsWhen)
        {
            for (var i = 0; i < rule.Outcomes.Count; i++) Force(rule.Outcomes[i].Broken!, i == outcome, context);
        }
        return evaluator.Broken(rule, record) is { Count: 1 } broken && broken[0] == outcome;
    }

    private void Force(RuleNode node, bool want, Context context)
    {
        if (Holds(node, context) == want) return;
        switch (node)
        {
            case NotNode not:
                Force(not.Operand, !want, context);
                break;
            case BinaryNode { Operator: "&&" } and:
                if (want)
                {
                    Force(and.Left, true, context);
                    Force(and.Right, true, context);
                }
                else Force(context.Pcg.Next(2) == 0 ? and.Left : and.Right, false, context);
                break;
            case BinaryNode { Operator: "||" } or:
                if (!want)
                {
                    Force(or.Left, false, context);
                    Force(or.Right, false, context);
                    break;
                }
                foreach (var side in context.Pcg.Next(2) == 0 ? new[] { or.Left, or.Right } : [or.Right, or.Left])
                {
                    Force(side, true, context);
                    if (Holds(node, context) == true) break;
                }
                break;
            case BinaryNode { Operator: "==" or "!=" } equality:
                if ((equality.Operator == "==") == want) Assign(equality.Left, equality.Right, context);
                else Redraw(node, want, [equality.Left, equality.Right], context);
                break;
            case BinaryNode { Operator: "<" or "<=" or ">" or ">=" } order:
                Swap(order.Left, order.Right, context);
                if (Holds(node, context) != want) Redraw(node, want, [order.Left, order.Right], context);
                break;
            case NullTestNode test:
                if (Read(test.Operand, context) is { Slot: { } slot } value)
                {
                    if (want == test.IsNull) Leave(slot, value);
                    else Draw(slot, value, context);
                }
                break;
            case AbsentNode absent:
                if (Read(new ReadNode(ThisNode.Instance, absent.Field.Property, ReadForm.Raw, false), context) is { Slot: { } fieldSlot } field)
                {
                    if (want != absent.Negated) Leave(fieldSlot, field);
                    else Draw(fieldSlot, field, context, nonEmpty: true);
                }
                break;
            case LocalCallNode call when context.Rule.Functions.Concat(context.Rule.Functions.OfType<LoopFunction>().SelectMany(l => l.Nested)).FirstOrDefault(f => f.Name == call.Function) is { } function:
                Call(function, want, context);
                break;
            default:
                Redraw(node, want, Reads(node).ToList(), context);
                break;
        }
    }

    private void Call(RuleFunction function, bool want, Context context)
    {
        switch (function)
        {
            case LoopFunction loop when Read(loop.Items, context) is { } collection:
                var items = evaluator.Items(collection);
                if (loop.All != want)
                {
                    // One item decides: make a random one pass (exists) or fail (all); an empty collection gets one.
                    if (items.Count == 0 && collection is { Node: JsonArray empty, Type.Element: { } element })
                    {
                        empty.Items.Add(generator.Field(context.Pcg, element, [], 1));
                        items = evaluator.Items(collection);
                    }
                    if (items.Count == 0) return;
                    Force(loop.Test, want, context.With(loop.Item, items[(int)context.Pcg.Next((uint)items.Count)]));
                    return;
                }
                // Every item must pass (all) or fail (exists): force each, and drop those that will not.
                for (var i = items.Count - 1; i >= 0; i--)
                {
                    var item = context.With(loop.Item, items[i]);
                    Force(loop.Test, loop.All, item);
                    if (Holds(loop.Test, item) != loop.All) Drop(items[i]);
                }
                break;
            case UniqueFunction unique when Read(unique.Items, context) is { } collection:
                var all = evaluator.Items(collection);
                if (want)
                {
                    var keys = new List<object?>();
                    for (var i = 0; i < all.Count; i++)
                    {
                        var key = Read(unique.Key, context.With(unique.Item, all[i]));
                        var scalar = key is null ? null : RuleEvaluator.Scalar(key);
                        if (keys.Any(k => RuleEvaluator.Equal(k, scalar))) Drop(all[i]);
                        keys.Add(scalar);
                    }
                }
                else
                {
                    if (all.Count == 1 && collection.Node is JsonArray single) single.Items.Add(single.Items[0].Clone());
                    all = evaluator.Items(collection);
                    if (all.Count < 2) return;
                    var first = Read(unique.Key, context.With(unique.Item, all[0]));
                    var second = Read(unique.Key, context.With(unique.Item, all[1]));
                    if (first?.Node is { } node && second?.Slot is { } slot) slot.Set(node.Clone());
                }
                break;
            case SearchFunction search when Read(search.Collection, context) is { } collection && Read(search.Item, context) is { } wanted:
                var entries = evaluator.Items(collection);
                if (want && entries.Count > 0 && Json(wanted) is { } json) entries[(int)context.Pcg.Next((uint)entries.Count)].Slot?.Set(json);
                if (!want)
                {
                    foreach (var entry in entries.Where(e => RuleEvaluator.Equal(RuleEvaluator.Scalar(e), RuleEvaluator.Scalar(wanted))).Reverse()) Drop(entry);
                }
                break;
        }
        CompactDropped(context.Record.Node);
    }

    /// <summary>Copies the right side's value onto the left (or the left's onto the right when the left is no field).</summary>
    private void Assign(RuleNode left, RuleNode right, Context context)
    {
        var (target, source) = (Read(left, context), Read(right, context));
        if (target?.Slot is null || Json(source) is not { } value)
        {
            (target, source) = (source, target);
            if (target?.Slot is null || Json(source) is not { } other) return;
            value = other;
        }
        target.Slot.Set(value);
    }

    private void Swap(RuleNode left, RuleNode right, Context context)
    {
        if (Read(left, context) is not { Slot: { } a, Node: { } first } x || Read(right, context) is not { Slot: { } b, Node: { } second } y) return;
        if (!Fits(x, second) || !Fits(y, first)) return;
        a.Set(second.Clone());
        b.Set(first.Clone());
    }

    /// <summary>Whether a value meets the constraints of the field it would be written to.</summary>
    private static bool Fits(RuleValue field, JsonTree value) =>
        field.Property is not { } property || ConstraintCheck.Holds(new TreeSite("", "", value, property, property.Type, null, null, null, []));

    /// <summary>Redraws the fields the node reads until it evaluates as wanted (or gives up).</summary>
    private void Redraw(RuleNode node, bool want, IReadOnlyList<RuleNode> reads, Context context)
    {
        var targets = reads.Select(r => Read(r, context)).Where(v => v?.Slot is not null).ToList();
        if (targets.Count == 0) return;
        for (var attempt = 0; attempt < Redraws && Holds(node, context) != want; attempt++)
        {
            var target = targets[(int)context.Pcg.Next((uint)targets.Count)]!;
            Draw(target.Slot!, target, context);
        }
    }

    private void Draw(TreeSlot slot, RuleValue value, Context context, bool nonEmpty = false)
    {
        if (value.Type is not { } type) return;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var drawn = generator.Field(context.Pcg, type, value.Property?.Constraints ?? [], 1);
            slot.Set(drawn);
            if (!nonEmpty || drawn is not (JsonArray { Items.Count: 0 } or JsonObject { Properties.Count: 0 } or JsonScalar { Kind: ScalarKind.String, Text.Length: 0 })) return;
        }
    }

    /// <summary>Leaves a field out (or empties it when it must be there).</summary>
    private static void Leave(TreeSlot slot, RuleValue value)
    {
        if (value.Property is { IsRequired: false } || slot.Array is not null) slot.Set(slot.Array is null ? null : JsonScalar.Null);
        else if (value.Type?.Kind is FieldTypeKind.List or FieldTypeKind.Set) slot.Set(new JsonArray([]));
        else if (value.Type?.Kind is FieldTypeKind.Map) slot.Set(new JsonObject());
        else if (value.Type?.Primitive == PrimitiveKind.String) slot.Set(JsonScalar.String(""));
    }

    private static void Drop(RuleValue item)
    {
        if (item.Slot is { Array: { } array } slot) array.Items[slot.Index] = JsonScalar.Removed;
        else item.Slot?.Set(null);
    }

    private static void CompactDropped(JsonTree? node)
    {
        switch (node)
        {
            case JsonArray array:
                array.Items.RemoveAll(i => ReferenceEquals(i, JsonScalar.Removed));
                foreach (var item in array.Items) CompactDropped(item);
                break;
            case JsonObject record:
                foreach (var property in record.Properties) CompactDropped(property.Value);
                break;
        }
    }

    private static JsonTree? Json(RuleValue? value) => value switch
    {
        { Node: { } node } => node.Clone(),
        { Computed: string text } => JsonScalar.String(text),
        { Computed: bool flag } => JsonScalar.Bool(flag),
        { Computed: long or decimal or double } => JsonScalar.Number(Convert.ToString(value.Computed, System.Globalization.CultureInfo.InvariantCulture)!),
        _ => null,
    };

    private static IEnumerable<RuleNode> Reads(RuleNode node) => node switch
    {
        ReadNode read => [read],
        NotNode not => Reads(not.Operand),
        NegateNode negate => Reads(negate.Operand),
        BinaryNode binary => Reads(binary.Left).Concat(Reads(binary.Right)),
        NullTestNode test => Reads(test.Operand),
        ConditionalNode conditional => Reads(conditional.Condition).Concat(Reads(conditional.WhenTrue)).Concat(Reads(conditional.WhenFalse)),
        AnyEqualNode any => any.Tests.SelectMany(Reads),
        StringTestNode test => Reads(test.Target).Concat(Reads(test.Argument)),
        SizeNode size => Reads(size.Value),
        ContainsKeyNode contains => Reads(contains.Map).Concat(Reads(contains.Key)),
        ContainsNode contains => Reads(contains.Collection).Concat(Reads(contains.Item)),
        MatchesNode matches => Reads(matches.Target),
        ItemsNode items => Reads(items.Collection),
        _ => [],
    };

    private bool? Holds(RuleNode node, Context context) => evaluator.Holds(node, context.Rule, context.Record, context.Locals);

    private RuleValue? Read(RuleNode node, Context context) => evaluator.Read(node, context.Rule, context.Record, context.Locals);

    private sealed record Context(PCG Pcg, RuleSpec Rule, RuleValue Record, Dictionary<string, RuleValue> Locals)
    {
        public Context With(string local, RuleValue value) => this with { Locals = new Dictionary<string, RuleValue>(Locals, StringComparer.Ordinal) { [local] = value } };
    }
}
