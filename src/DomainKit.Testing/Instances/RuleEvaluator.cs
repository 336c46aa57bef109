using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>
/// Evaluates a checked rule's typed tree over the JSON being generated, as the generated validator evaluates it over
/// the record: fields left out read as their defaults, guards met skip the rule. Where it cannot tell (a form it does
/// not know, an arithmetic overflow) the answer is null, and the generated <c>Validate()</c> decides.
/// </summary>
internal sealed class RuleEvaluator(DomainModel model)
{
    public DomainModel Model { get; } = model;

    /// <summary>The outcomes (indexes into <see cref="RuleSpec.Outcomes"/>) the rule reports for the record; null when it cannot tell.</summary>
    public IReadOnlyList<int>? Broken(RuleSpec rule, RuleValue record)
    {
        var scope = new Scope(record, rule);
        try
        {
            if (rule.Guards.Any(g => GuardMet(g, scope))) return [];
            var condition = Truth(Evaluate(rule.Condition, scope));
            if (!rule.IsWhen) return condition ? [] : [0];
            if (!condition) return [];
            return Enumerable.Range(0, rule.Outcomes.Count).Where(i => Truth(Evaluate(rule.Outcomes[i].Broken!, scope))).ToList();
        }
        catch (SkippedException)
        {
            return [];
        }
        catch (Exception exception) when (exception is CannotTellException or OverflowException or DivideByZeroException or ArgumentOutOfRangeException or InvalidCastException)
        {
            return null;
        }
    }

    /// <summary>Whether a condition holds for the record (null: cannot tell); guards and skips count as not holding.</summary>
    public bool? Holds(RuleNode condition, RuleSpec rule, RuleValue record, IReadOnlyDictionary<string, RuleValue>? locals = null) =>
        Within(rule, record, locals, scope => (bool?)Truth(Evaluate(condition, scope)));

    /// <summary>The value a node reads, with where it sits (for a read), or null when it cannot tell.</summary>
    public RuleValue? Read(RuleNode node, RuleSpec rule, RuleValue record, IReadOnlyDictionary<string, RuleValue>? locals = null) =>
        Within(rule, record, locals, scope => Evaluate(node, scope));

    private static TResult? Within<TResult>(RuleSpec rule, RuleValue record, IReadOnlyDictionary<string, RuleValue>? locals, Func<Scope, TResult?> evaluate)
    {
        var scope = new Scope(record, rule);
        if (locals is not null)
        {
            foreach (var (name, value) in locals) scope.Locals[name] = value;
        }
        try
        {
            return evaluate(scope);
        }
        catch (Exception exception) when (exception is CannotTellException or SkippedException or OverflowException or DivideByZeroException or ArgumentOutOfRangeException or InvalidCastException)
        {
            return default;
        }
    }

    /// <summary>The items of a collection as a rule loops over them (a map's values).</summary>
    public List<RuleValue> Items(RuleValue collection)
    {
        var element = collection.Type?.Element;
        return collection.Node switch
        {
            JsonArray array => array.Items.Select((item, i) => Typed(item, element, new TreeSlot(null, null, array, i))).ToList(),
            JsonObject map => map.Properties.Select(p => Typed(p.Value, element, new TreeSlot(map, p.Key, null, 0))).ToList(),
            _ => [],
        };
    }

    /// <summary>A node with its schema type: a record's or a union variant's properties found from the model.</summary>
    public RuleValue Typed(JsonTree? node, FieldTypeSpec? type, TreeSlot? slot) => new(node, type, type is null ? null : PropertiesOf(type.CSharpType, node), slot);

    public IReadOnlyList<PropertySpec>? PropertiesOf(string fullName, JsonTree? node)
    {
        if (Model.Find(fullName) is not { } declared || declared.Kind is TypeKind.Enum or TypeKind.Value) return null;
        if (declared.Kind != TypeKind.Union) return declared.Properties;
        var tag = (node as JsonObject)?[declared.Discriminator ?? "kind"] as JsonScalar;
        var variant = declared.Variants.FirstOrDefault(v => v.Tag == tag?.Text);
        return variant is null ? declared.Properties : declared.Properties.Concat(variant.Properties).ToList();
    }

    private RuleValue Evaluate(RuleNode node, Scope scope) => node switch
    {
        LiteralNode literal => RuleValue.Of(Literal(literal)),
        PrimitiveLiteralNode typed => RuleValue.Of(PrimitiveCatalog.Of(typed.Primitive)?.Read(typed.Text)?.Comparable ?? throw new CannotTellException()),
        EnumMemberNode member => RuleValue.Of(WireNameOf(member)),
        ThisNode => scope.This,
        LocalNode local => scope.Locals.TryGetValue(local.Name, out var value) ? value : throw new CannotTellException(),
        ReadNode read => ReadField(read, scope),
        NotNode not => RuleValue.Of(!Truth(Evaluate(not.Operand, scope))),
        NegateNode negate => RuleValue.Of(Negate(Scalar(Evaluate(negate.Operand, scope)))),
        BinaryNode binary => Binary(binary, scope),
        NullTestNode test => RuleValue.Of(Evaluate(test.Operand, scope).IsNull == test.IsNull),
        ConditionalNode conditional => Truth(Evaluate(conditional.Condition, scope)) ? Evaluate(conditional.WhenTrue, scope) : Evaluate(conditional.WhenFalse, scope),
        AnyEqualNode any => RuleValue.Of(any.Tests.Any(test => Equal(Scalar(Evaluate(test.Left, scope)), Scalar(Evaluate(test.Right, scope))))),
        StringTestNode test => RuleValue.Of(StringTest(test.Function, Text(Evaluate(test.Target, scope)), Text(Evaluate(test.Argument, scope)))),
        SizeNode size => RuleValue.Of((long)Size(Evaluate(size.Value, scope), size.OfString)),
        ContainsKeyNode contains => RuleValue.Of(Evaluate(contains.Map, scope).Node is JsonObject map && map[Text(Evaluate(contains.Key, scope))] is not null),
        ContainsNode contains => RuleValue.Of(Contains(Evaluate(contains.Collection, scope), Scalar(Evaluate(contains.Item, scope)))),
        MatchesNode matches => RuleValue.Of(Matches(matches, scope)),
        LocalCallNode call => RuleValue.Of(Call(scope.Function(call.Function), scope)),
        ItemsNode items => Evaluate(items.Collection, scope),
        AbsentNode absent => RuleValue.Of(Absent(absent, scope) != absent.Negated),
        _ => throw new CannotTellException(),
    };

    private RuleValue ReadField(ReadNode read, Scope scope)
    {
        var owner = Evaluate(read.Owner, scope);
        if (read.Property is null) return owner;
        if (owner.IsNull) return new RuleValue(null, null, null, null);
        if (owner.Node is not JsonObject record || owner.Properties?.FirstOrDefault(p => p.PropertyName == read.Property) is not { } property) throw new CannotTellException();
        var node = record[property.WireName] ?? Model.DefaultOf(property);
        return Typed(node, property.Type, new TreeSlot(record, property.WireName, null, 0)) with { Property = property };
    }

    private bool Absent(AbsentNode absent, Scope scope)
    {
        if (scope.This.Node is not JsonObject record) throw new CannotTellException();
        var property = scope.This.Properties?.FirstOrDefault(p => p.WireName == absent.Field.WireName) ?? throw new CannotTellException();
        var node = record[property.WireName] ?? Model.DefaultOf(property);
        return node switch
        {
            null or JsonScalar { Kind: ScalarKind.Null } => true,
            JsonArray array => array.Items.Count == 0,
            JsonObject map when property.Type.Kind == FieldTypeKind.Map => map.Properties.Count == 0,
            JsonScalar { Kind: ScalarKind.String } text when absent.Form is AbsentForm.String or AbsentForm.ValueString => text.Text.Length == 0,
            _ => false,
        };
    }

    private RuleValue Binary(BinaryNode binary, Scope scope)
    {
        switch (binary.Operator)
        {
            case "&&": return RuleValue.Of(Truth(Evaluate(binary.Left, scope)) && Truth(Evaluate(binary.Right, scope)));
            case "||": return RuleValue.Of(Truth(Evaluate(binary.Left, scope)) || Truth(Evaluate(binary.Right, scope)));
        }
        var left = Scalar(Evaluate(binary.Left, scope));
        var right = Scalar(Evaluate(binary.Right, scope));
        return binary.Operator switch
        {
            "==" => RuleValue.Of(Equal(left, right)),
            "!=" => RuleValue.Of(!Equal(left, right)),
            "<" => RuleValue.Of(Compare(left, right) < 0),
            "<=" => RuleValue.Of(Compare(left, right) <= 0),
            ">" => RuleValue.Of(Compare(left, right) > 0),
            ">=" => RuleValue.Of(Compare(left, right) >= 0),
            _ => RuleValue.Of(RuleArithmetic.Apply(binary.Operator, left, right)),
        };
    }

    private bool Call(RuleFunction function, Scope scope)
    {
        switch (function)
        {
            case LoopFunction loop:
                foreach (var item in Items(Evaluate(loop.Items, scope)))
                {
                    scope.Locals[loop.Item] = item;
                    if (loop.Guards.Any(g => GuardMet(g, scope))) throw new SkippedException();
                    var test = Truth(Evaluate(loop.Test, scope));
                    if (loop.All && !test) return false;
                    if (!loop.All && test) return true;
                }
                return loop.All;
            case UniqueFunction unique:
                var keys = new List<object?>();
                foreach (var item in Items(Evaluate(unique.Items, scope)))
                {
                    scope.Locals[unique.Item] = item;
                    if (unique.Guards.Any(g => GuardMet(g, scope))) throw new SkippedException();
                    var key = Scalar(Evaluate(unique.Key, scope));
                    if (keys.Any(k => Equal(k, key))) return false;
                    keys.Add(key);
                }
                return true;
            case SearchFunction search:
                var wanted = Scalar(Evaluate(search.Item, scope));
                return Items(Evaluate(search.Collection, scope)).Any(item => !item.IsNull && Equal(Scalar(item), wanted));
            default:
                throw new CannotTellException();
        }
    }

    private bool GuardMet(RuleGuard guard, Scope scope) => guard.Reach.All(r => !Evaluate(r, scope).IsNull) && Evaluate(guard.Value, scope).IsNull;

    private bool Matches(MatchesNode matches, Scope scope)
    {
        var index = int.Parse(matches.Pattern.AsSpan(matches.Pattern.LastIndexOf("_Pattern", StringComparison.Ordinal) + "_Pattern".Length), System.Globalization.CultureInfo.InvariantCulture);
        return PatternStrings.RegexOf(scope.Rule.Patterns[index]).IsMatch(Text(Evaluate(matches.Target, scope)));
    }

    private string WireNameOf(EnumMemberNode member) =>
        Model.Find(member.EnumType)?.Members.FirstOrDefault(m => m.Name == member.Member)?.WireName ?? throw new CannotTellException();

    /// <summary>A scalar as the rule compares it: numbers, dates and times as the catalogue reads them, enums by wire name.</summary>
    public static object? Scalar(RuleValue value)
    {
        if (value.Computed is not null || value.Node is null) return value.Computed;
        if (value.Node is not JsonScalar scalar) return value.Node;
        return scalar.Kind switch
        {
            ScalarKind.Null => null,
            ScalarKind.True => true,
            ScalarKind.False => false,
            _ when value.Type is null || value.Type.Kind == FieldTypeKind.Enum => scalar.Text,
            _ => PrimitiveCatalog.Of(value.Type.Primitive)?.Read(scalar.Text)?.Comparable ?? throw new CannotTellException(),
        };
    }

    private static object? Literal(LiteralNode literal) => literal.Kind switch
    {
        RuleLiteralKind.Int or RuleLiteralKind.Long => long.Parse(literal.Text, System.Globalization.CultureInfo.InvariantCulture),
        RuleLiteralKind.Fraction or RuleLiteralKind.Decimal => decimal.Parse(literal.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture),
        RuleLiteralKind.Double => double.Parse(literal.Text, System.Globalization.CultureInfo.InvariantCulture),
        RuleLiteralKind.String => literal.Text,
        RuleLiteralKind.True => true,
        RuleLiteralKind.False => false,
        _ => null,
    };

    private static bool Truth(RuleValue value) => Scalar(value) is bool truth ? truth : throw new CannotTellException();

    private static string Text(RuleValue value) => Scalar(value) as string ?? throw new CannotTellException();

    private static int Size(RuleValue value, bool ofString) => value.Node switch
    {
        _ when ofString => StringSamples.CodePoints(Text(value)),
        JsonArray array => array.Items.Count,
        JsonObject map => map.Properties.Count,
        _ => throw new CannotTellException(),
    };

    private bool Contains(RuleValue collection, object? item) => Items(collection).Any(i => Equal(Scalar(i), item));

    private static bool StringTest(string function, string target, string argument) => function switch
    {
        "startsWith" => target.StartsWith(argument, StringComparison.Ordinal),
        "endsWith" => target.EndsWith(argument, StringComparison.Ordinal),
        "contains" => target.Contains(argument, StringComparison.Ordinal),
        _ => throw new CannotTellException(),
    };

    private static object Negate(object? value) => value switch
    {
        long l => checked(-l),
        decimal d => -d,
        double d => -d,
        TimeSpan t => -t,
        _ => throw new CannotTellException(),
    };

    public static bool Equal(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        _ when RuleArithmetic.IsNumber(left) && RuleArithmetic.IsNumber(right) => RuleArithmetic.Compare(left, right) == 0,
        (JsonTree a, JsonTree b) => a.JsonText() == b.JsonText(),
        _ => left.Equals(right),
    };

    public static int Compare(object? left, object? right) => (left, right) switch
    {
        _ when RuleArithmetic.IsNumber(left) && RuleArithmetic.IsNumber(right) => RuleArithmetic.Compare(left!, right!),
        (string a, string b) => string.CompareOrdinal(a, b),
        (IComparable a, _) when right is not null && a.GetType() == right.GetType() => a.CompareTo(right),
        _ => throw new CannotTellException(),
    };

    private sealed class Scope(RuleValue self, RuleSpec rule)
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleSpec, Dictionary<string, RuleFunction>> FunctionsOf = new();

        private readonly Dictionary<string, RuleFunction> _functions = FunctionsOf.GetValue(rule, r => Flatten(r.Functions).ToDictionary(f => f.Name, StringComparer.Ordinal));

        public RuleValue This { get; } = self;

        public RuleSpec Rule { get; } = rule;

        public Dictionary<string, RuleValue> Locals { get; } = new(StringComparer.Ordinal);

        public RuleFunction Function(string name) => _functions.TryGetValue(name, out var function) ? function : throw new CannotTellException();

        private static IEnumerable<RuleFunction> Flatten(IEnumerable<RuleFunction> functions) =>
            functions.SelectMany(f => f is LoopFunction loop ? Flatten(loop.Nested).Prepend(f) : [f]);
    }

    private sealed class CannotTellException : Exception;

    private sealed class SkippedException : Exception;
}
