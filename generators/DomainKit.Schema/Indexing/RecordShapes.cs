using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DomainKit.Schema.Indexing;

/// <summary>Builds record shapes from parsed files and picks, for one file, those its rules can reach.</summary>
internal static class RecordShapes
{
    public static EquatableArray<RecordShape> Of(ParsedSchema schema) =>
        schema.Types.Where(t => t.Kind is TypeKind.Record or TypeKind.Union).Select(Of).ToEquatableArray();

    public static RecordShape Of(TypeDeclaration type) => new(type.Name.Text, type.Fields
        .Where(f => f.Type.Expression is not null)
        .Select(f => new FieldShape(f.Name.Text, f.WireName, f.Type.Expression!, f.Default is not null, f.RenamedFrom.Select(r => r.Text).ToEquatableArray()))
        .ToEquatableArray());

    /// <summary>The shapes of the records reachable through fields from the records of <paramref name="schema"/> that have rules; empty when none has.</summary>
    public static EquatableArray<RecordShape> ReachableFrom(ParsedSchema schema, ImmutableArray<EquatableArray<RecordShape>> all)
    {
        var withRules = schema.Types.Where(HasRules).ToList();
        if (withRules.Count == 0) return EquatableArray<RecordShape>.Empty;
        var byName = new Dictionary<string, RecordShape>(StringComparer.Ordinal);
        foreach (var shape in all.SelectMany(f => f)) byName[shape.Name] = shape;
        var reached = new SortedDictionary<string, RecordShape>(StringComparer.Ordinal);
        var pending = new Queue<TypeExpression>(withRules
            .SelectMany(t => t.Fields.Concat(t.Union?.Variants.SelectMany(v => v.Fields) ?? Enumerable.Empty<FieldDeclaration>()))
            .Where(f => f.Type.Expression is not null)
            .Select(f => f.Type.Expression!));
        while (pending.Count > 0)
        {
            var expression = pending.Dequeue();
            foreach (var argument in expression.Arguments) pending.Enqueue(argument);
            if (reached.ContainsKey(expression.Name) || !byName.TryGetValue(expression.Name, out var shape)) continue;
            reached.Add(shape.Name, shape);
            foreach (var field in shape.Fields) pending.Enqueue(field.Type);
        }
        return reached.Values.ToEquatableArray();
    }

    private static bool HasRules(TypeDeclaration type) =>
        type.Rules.Count > 0 || (type.Union?.Variants.Any(v => v.Rules.Count > 0) ?? false);
}
