using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>How many values of the target one field holds.</summary>
internal enum Cardinality
{
    One,
    Optional,
    List,
    Set,
    Map,
}

/// <summary>What an edge of the diagram means.</summary>
internal enum EdgeKind
{
    /// <summary>A field whose value is (or holds) a record or union.</summary>
    Holds,

    /// <summary>A <c>ref&lt;T&gt;</c> field: the target's key, not the target.</summary>
    References,

    /// <summary>A union's variant, drawn from the variant to its union.</summary>
    VariantOf,
}

/// <summary>A box of the diagram: a declared type, or a union's variant (<see cref="Union"/> set).</summary>
internal sealed record DiagramNode(string Id, string Name, string Namespace, TypeKind Kind, string File, string? Union)
{
    /// <summary>The name a reader sees: <c>Mission</c>, or <c>DiplomaticEvent.PhoneCall</c> for a variant.</summary>
    public string Label => Union is null ? Name : Union + "." + Name;

    public string KindText => Union is not null ? "variant" : Kind switch
    {
        TypeKind.Record => "record",
        TypeKind.Union => "union",
        TypeKind.Value => "value",
        _ => "enum",
    };
}

/// <summary>An arrow of the diagram, from the type that declares the field (or the variant) to the type it names.</summary>
internal sealed record DiagramEdge(string From, string To, string Field, Cardinality Cardinality, EdgeKind Kind)
{
    public string CardinalityText => Cardinality switch
    {
        Cardinality.One => "1",
        Cardinality.Optional => "0..1",
        _ => "*",
    };

    /// <summary>The field's name and, for a collection, which kind (a list, set or map all hold many).</summary>
    public string Label => Kind == EdgeKind.VariantOf ? "" : Cardinality switch
    {
        Cardinality.List => Field + " (list)",
        Cardinality.Set => Field + " (set)",
        Cardinality.Map => Field + " (map)",
        _ => Field,
    };
}

/// <summary>
/// The domain as a graph: records, unions, their variants, value types and enums as nodes; fields that hold a record
/// or union, and <c>ref&lt;T&gt;</c> fields, as edges with their cardinality; each variant linked to its union.
/// </summary>
internal sealed class DomainGraph
{
    private DomainGraph(IReadOnlyList<TypeSpec> types, IReadOnlyList<DiagramNode> nodes, IReadOnlyList<DiagramEdge> edges)
    {
        Types = types;
        Nodes = nodes;
        Edges = edges;
        NodeById = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    /// <summary>In a stable order: namespace, then name.</summary>
    public IReadOnlyList<TypeSpec> Types { get; }

    public IReadOnlyList<DiagramNode> Nodes { get; }

    public IReadOnlyList<DiagramEdge> Edges { get; }

    public IReadOnlyDictionary<string, DiagramNode> NodeById { get; }

    public static DomainGraph Of(IEnumerable<TypeSpec> checkedTypes)
    {
        var types = checkedTypes
            .GroupBy(t => t.FullName, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(t => t.Namespace, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var byFullName = types.ToDictionary(t => t.FullName, StringComparer.Ordinal);
        var nodes = new List<DiagramNode>();
        var edges = new List<DiagramEdge>();
        foreach (var type in types)
        {
            nodes.Add(new DiagramNode(type.FullName, type.Name, type.Namespace, type.Kind, type.SourceFile, Union: null));
            AddFields(edges, type.FullName, type.Properties, byFullName);
            foreach (var variant in type.Variants)
            {
                var id = VariantId(type, variant);
                nodes.Add(new DiagramNode(id, variant.Name, type.Namespace, TypeKind.Record, type.SourceFile, type.Name));
                edges.Add(new DiagramEdge(id, type.FullName, variant.Tag, Cardinality.One, EdgeKind.VariantOf));
                AddFields(edges, id, variant.Properties, byFullName);
            }
        }
        return new DomainGraph(types, nodes, edges);
    }

    public static string VariantId(TypeSpec union, VariantSpec variant) => union.FullName + "." + variant.Name;

    /// <summary>The declared type a field's type names at its innermost item, with the field's cardinality; null for a primitive.</summary>
    public static (string Target, Cardinality Cardinality, bool IsReference)? Target(FieldTypeSpec type)
    {
        var cardinality = type.Kind switch
        {
            FieldTypeKind.List => Cardinality.List,
            FieldTypeKind.Set => Cardinality.Set,
            FieldTypeKind.Map => Cardinality.Map,
            _ => type.Optional ? Cardinality.Optional : Cardinality.One,
        };
        var item = type;
        while (item.Element is { } element) item = element;
        if (item.Reference is { } referenced) return (referenced, cardinality, true);
        return item.Kind is FieldTypeKind.Record or FieldTypeKind.Value or FieldTypeKind.Enum ? (item.CSharpType, cardinality, false) : null;
    }

    private static void AddFields(List<DiagramEdge> edges, string from, IEnumerable<PropertySpec> properties, Dictionary<string, TypeSpec> byFullName)
    {
        foreach (var property in properties)
        {
            if (Target(property.Type) is not { } target || !byFullName.TryGetValue(target.Target, out var held)) continue;
            if (target.IsReference) edges.Add(new DiagramEdge(from, held.FullName, property.WireName, target.Cardinality, EdgeKind.References));
            else if (held.Kind is TypeKind.Record or TypeKind.Union) edges.Add(new DiagramEdge(from, held.FullName, property.WireName, target.Cardinality, EdgeKind.Holds));
        }
    }

    /// <summary>
    /// What a diagram of some types shows: those types, the types their edges reach (drawn as outside the selection),
    /// and every edge among them.
    /// </summary>
    public (IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges, ISet<string> Outside) Slice(Func<DiagramNode, bool> selected)
    {
        var inside = new HashSet<string>(Nodes.Where(selected).Select(n => n.Id), StringComparer.Ordinal);
        var edges = Edges.Where(e => inside.Contains(e.From)).ToList();
        var outside = new HashSet<string>(edges.Select(e => e.To).Where(id => !inside.Contains(id)), StringComparer.Ordinal);
        var nodes = Nodes.Where(n => inside.Contains(n.Id) || outside.Contains(n.Id)).ToList();
        return (nodes, edges, outside);
    }
}
