using System;
using DomainKit.Runtime;

namespace DomainKit;

/// <summary>Marks a property whose value (or whose items' values) are keys of <see cref="Target"/> records: a schema <c>ref&lt;T&gt;</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ReferencesAttribute : Attribute
{
    /// <param name="target">The record type whose key the property holds.</param>
    public ReferencesAttribute(Type target) => Target = target;

    /// <summary>The record type whose key the property holds.</summary>
    public Type Target { get; }
}

/// <summary>
/// Receives every reference (<c>ref&lt;T&gt;</c> value) in an object graph from a generated
/// <c>VisitReferences</c>: where it stands, which record type it refers to, and the key. A struct visitor
/// passed by <c>ref</c> keeps its own state without allocating.
/// </summary>
public interface IReferenceVisitor
{
    /// <summary>One reference: its JSON Pointer (<paramref name="path"/>, built only if asked), its target type and its key.</summary>
    void Visit<TKey>(in ReferencePath path, Type target, TKey key);
}

/// <summary>
/// Where a value stands in the graph being visited, as JSON Pointer segments kept in a buffer shared along
/// the walk (a depth-first walk only ever writes past its own depth), so that walking allocates nothing;
/// <see cref="ToString"/> builds the pointer text when it is wanted.
/// </summary>
public readonly struct ReferencePath
{
    [ThreadStatic] private static PointerSegment[]? _cached;
    private readonly PointerSegment[] _segments;

    private ReferencePath(PointerSegment[] segments, int depth)
    {
        _segments = segments;
        Depth = depth;
    }

    /// <summary>How many segments the path has; 0 at the root.</summary>
    public int Depth { get; }

    /// <summary>The path of a root object: a buffer for the walk, taken from the thread's cache when it is free.</summary>
    public static ReferencePath Root()
    {
        var buffer = _cached ?? new PointerSegment[16];
        _cached = null;
        return new ReferencePath(buffer, 0);
    }

    /// <summary>Gives the walk's buffer back to the thread's cache.</summary>
    public void Release()
    {
        if (Depth == 0) _cached = _segments;
    }

    /// <summary>The path of a property of the object here.</summary>
    public ReferencePath Property(string wireName) => Push(new PointerSegment(wireName, -1));

    /// <summary>The path of an item of the array here.</summary>
    public ReferencePath Index(int index) => Push(new PointerSegment(null, index));

    /// <summary>The path of a value of the map here.</summary>
    public ReferencePath Key(string key) => Push(new PointerSegment(key, -1));

    private ReferencePath Push(PointerSegment segment)
    {
        var segments = _segments;
        if (Depth == segments.Length)
        {
            var larger = new PointerSegment[segments.Length * 2];
            Array.Copy(segments, larger, Depth);
            segments = larger;
        }
        segments[Depth] = segment;
        return new ReferencePath(segments, Depth + 1);
    }

    /// <summary>The JSON Pointer, e.g. <c>/agenda/missionsInScope/2</c>.</summary>
    public override string ToString() => PointerSegment.Format(_segments.AsSpan(0, Depth));
}
