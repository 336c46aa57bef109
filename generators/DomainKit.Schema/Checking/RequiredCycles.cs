using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit.Schema.Checking;

/// <summary>A field that requires a value of a named type: not optional, no default, not a collection.</summary>
internal sealed record RequiredLink(string Owner, string Field, string Target, string FilePath, SourceSpan FieldSpan);

/// <summary>
/// Finds records that require each other in a cycle (A requires B, B requires A): no finite instance of
/// them can be built or read. Reported as a warning at the field that closes the cycle.
/// </summary>
internal static class RequiredCycles
{
    /// <summary>The links of one file; which targets are records is decided later, against the index.</summary>
    public static EquatableArray<RequiredLink> Links(ParsedSchema schema) =>
        schema.Types
            .Where(type => type.Kind is TypeKind.Record or TypeKind.Union)
            .SelectMany(type => type.Fields
                .Where(field => field.Default is null && field.Type.Expression is { Optional: false, Arguments.Count: 0 })
                .Select(field => new RequiredLink(type.Name.Text, field.Name.Text, field.Type.Expression!.Name, schema.FilePath, field.Name.Span)))
            .ToEquatableArray();

    public static EquatableArray<SchemaDiagnostic> Find(ImmutableArray<EquatableArray<RequiredLink>> files, TypeIndex index)
    {
        var graph = new SortedDictionary<string, List<RequiredLink>>(StringComparer.Ordinal);
        foreach (var link in files.SelectMany(f => f).OrderBy(l => l.FilePath, StringComparer.Ordinal).ThenBy(l => l.FieldSpan.StartOffset))
        {
            if (!IsRecordOwnedBy(index, link.Owner, link.FilePath) || !index.TryGet(link.Target, out var target) || target.Kind is not (TypeKind.Record or TypeKind.Union)) continue;
            if (!graph.TryGetValue(link.Owner, out var links)) graph[link.Owner] = links = new List<RequiredLink>();
            links.Add(link);
        }
        var diagnostics = new DiagnosticBag();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        foreach (var start in graph.Keys)
        {
            if (!state.ContainsKey(start)) Walk(start, graph, state, diagnostics);
        }
        return diagnostics.ToEquatableArray();
    }

    // Depth-first without recursion: a chain of thousands of records must not overflow the compiler's stack.
    private static void Walk(string start, SortedDictionary<string, List<RequiredLink>> graph, Dictionary<string, bool> state, DiagnosticBag diagnostics)
    {
        var path = new List<(string Type, int Next)> { (start, 0) };
        state[start] = false;
        while (path.Count > 0)
        {
            var (type, next) = path[path.Count - 1];
            var links = graph.TryGetValue(type, out var found) ? found : null;
            if (links is null || next >= links.Count)
            {
                state[type] = true;
                path.RemoveAt(path.Count - 1);
                continue;
            }
            path[path.Count - 1] = (type, next + 1);
            var link = links[next];
            if (!state.TryGetValue(link.Target, out var done))
            {
                state[link.Target] = false;
                path.Add((link.Target, 0));
            }
            else if (!done)
            {
                var from = path.FindIndex(p => p.Type == link.Target);
                var cycle = string.Join(" → ", path.Skip(from).Select(p => p.Type).Append(link.Target));
                diagnostics.Report(DiagnosticCatalog.RequiredCycle, link.FieldSpan, link.Field, link.Owner, cycle);
            }
        }
    }

    private static bool IsRecordOwnedBy(TypeIndex index, string name, string filePath) =>
        index.TryGet(name, out var type) && type.Kind is TypeKind.Record or TypeKind.Union && type.OwnerFile == filePath;
}
