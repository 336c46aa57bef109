using CsCheck;
using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>
/// Draws the JSON of a declared type from the schema compiler's model: every field within its constraints, optional
/// and defaulted fields present or absent, every union variant, <c>ref&lt;T&gt;</c> keys from the pools given.
/// Rules are not considered here (<see cref="RuleForcing"/> repairs them).
/// </summary>
internal sealed class ValueGenerator(DomainModel model, IReadOnlyDictionary<string, IReadOnlyList<JsonScalar>> keys)
{
    /// <summary>Below this depth, optional fields are left out and collections hold their fewest items.</summary>
    private const int DeepDepth = 4;

    /// <summary>Past this many records in one value, the same: what is required still comes, nothing more.</summary>
    private const int RecordBudget = 48;

    /// <summary>Records drawn in the value being drawn on this thread (values of large domains stay small).</summary>
    [ThreadStatic]
    private static int _records;

    public DomainModel Model { get; } = model;

    /// <summary>
    /// When set, a value whose required fields alone nest more records than this is given up (a
    /// <see cref="GenerationException"/>): what the docs generator shows must stay readable, and cheap to draw.
    /// </summary>
    public int? RecordLimit { get; init; }

    public JsonTree Declared(PCG pcg, TypeSpec type, int depth)
    {
        if (depth == 0) _records = 0;
        if (type.Kind is TypeKind.Record or TypeKind.Union) _records++;
        if (_records > RecordLimit) throw new GenerationException($"a valid value holds more than {RecordLimit} records (its required fields nest that many)");
        return Draw(pcg, type, depth);
    }

    private JsonTree Draw(PCG pcg, TypeSpec type, int depth) => type.Kind switch
    {
        TypeKind.Enum => JsonScalar.String(type.Members[(int)pcg.Next((uint)type.Members.Count)].WireName),
        TypeKind.Value => Field(pcg, type.Wrapped!.Type, type.Wrapped.Constraints, depth),
        TypeKind.Union => Union(pcg, type, depth),
        _ => Record(pcg, type.Properties, depth),
    };

    public JsonTree? Declared(PCG pcg, string fullName, int depth) => Model.Find(fullName) is { } type ? Declared(pcg, type, depth) : null;

    /// <summary>A value of one property, present; a field no value fits is named in the exception.</summary>
    public JsonTree Property(PCG pcg, PropertySpec property, int depth)
    {
        try
        {
            return Field(pcg, property.Type, property.Constraints, depth);
        }
        catch (GenerationException failure) when (!failure.Message.StartsWith("Field ", StringComparison.Ordinal))
        {
            throw new GenerationException($"Field '{property.WireName}': {failure.Message}", failure);
        }
    }

    /// <summary>A union value of the variant <paramref name="variant"/> (or of a random one).</summary>
    public JsonObject Union(PCG pcg, TypeSpec type, int depth, VariantSpec? variant = null)
    {
        variant ??= type.Variants[(int)pcg.Next((uint)type.Variants.Count)];
        var value = Record(pcg, type.Properties.Concat(variant.Properties), depth);
        value.Properties.Insert(0, new(type.Discriminator ?? "kind", JsonScalar.String(variant.Tag)));
        return value;
    }

    public bool LeavesOut(PCG pcg, PropertySpec property, int depth) => !property.IsRequired && (Deep(depth) || pcg.Next(3) == 0);

    private static bool Deep(int depth) => depth >= DeepDepth || _records > RecordBudget;

    private JsonObject Record(PCG pcg, IEnumerable<PropertySpec> properties, int depth)
    {
        var value = new JsonObject();
        foreach (var property in properties)
        {
            if (LeavesOut(pcg, property, depth)) continue;
            value.Properties.Add(new(property.WireName, Property(pcg, property, depth)));
        }
        return value;
    }

    public JsonTree Field(PCG pcg, FieldTypeSpec type, IEnumerable<ConstraintSpec> constraints, int depth)
    {
        if (type.Reference is { } target && keys.TryGetValue(target, out var pool) && pool.Count > 0) return pool[(int)pcg.Next((uint)pool.Count)];
        return type.Kind switch
        {
            FieldTypeKind.Primitive => Primitive(pcg, type.Primitive, FieldConstraints.Of(constraints, type.Primitive)),
            FieldTypeKind.List or FieldTypeKind.Set or FieldTypeKind.Map => Collection(pcg, type, FieldConstraints.Of(constraints, PrimitiveKind.None), depth),
            _ => Declared(pcg, type.CSharpType, depth + 1) ?? JsonScalar.Null,
        };
    }

    public static JsonScalar Primitive(PCG pcg, PrimitiveKind kind, FieldConstraints constraints)
    {
        if (kind == PrimitiveKind.String) return JsonScalar.String(StringSamples.Draw(pcg, constraints));
        var sample = PrimitiveSamples.All[kind];
        if (!sample.IsOrdered) return sample.Draw!(pcg);
        var low = constraints.Low ?? sample.Least;
        var high = constraints.High ?? sample.Greatest;
        return sample.Render!(Ordinal(pcg, sample, low, high));
    }

    /// <summary>A point of the ordinal line between the bounds: often a bound itself, else in the usual window.</summary>
    private static decimal Ordinal(PCG pcg, PrimitiveSample sample, decimal low, decimal high)
    {
        switch (pcg.Next(8))
        {
            case 0: return low;
            case 1: return high;
        }
        var (from, to) = (Math.Max(low, sample.Window.Low), Math.Min(high, sample.Window.High));
        if (from > to) (from, to) = low >= sample.Window.High ? (low, Math.Min(high, low + 1000 * sample.Step)) : (Math.Max(low, high - 1000 * sample.Step), high);
        var steps = Math.Floor((to - from) / sample.Step);
        var pick = steps >= ulong.MaxValue ? pcg.Next64() : pcg.Next64((ulong)steps + 1);
        return from + pick * sample.Step;
    }

    private JsonTree Collection(PCG pcg, FieldTypeSpec type, FieldConstraints constraints, int depth)
    {
        var most = Math.Min(constraints.MaxItems, constraints.MinItems + 3);
        var count = Deep(depth) ? constraints.MinItems : constraints.MinItems + (int)pcg.Next((uint)(most - constraints.MinItems + 1));
        var element = type.Element!;
        var distinct = type.Kind != FieldTypeKind.List || constraints.Unique;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (type.Kind == FieldTypeKind.Map)
        {
            var map = new JsonObject();
            for (var attempt = 0; map.Properties.Count < count && attempt < count * 10; attempt++)
            {
                var key = "k" + PrimitiveSamples.PlainString(pcg, 0, 6).Replace(" ", "", StringComparison.Ordinal);
                if (seen.Add(key)) map.Properties.Add(new(key, Item(pcg, element, depth)));
            }
            return map;
        }
        var items = new List<JsonTree>(count);
        for (var attempt = 0; items.Count < count && attempt < count * 10 + 10; attempt++)
        {
            var item = Item(pcg, element, depth);
            if (!distinct || seen.Add(item.JsonText())) items.Add(item);
        }
        return new JsonArray(items);
    }

    private JsonTree Item(PCG pcg, FieldTypeSpec element, int depth) =>
        element.Optional && pcg.Next(6) == 0 ? JsonScalar.Null : Field(pcg, element, [], depth);
}
