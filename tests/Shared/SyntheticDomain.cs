using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DomainKit.Testing;

/// <summary>
/// A synthetic domain for generator scale tests and benchmarks: entity types of 10–20 fields spread over
/// files, referring to types in other files, with constraints and optional fields; and the same types as
/// hand-written C# records for System.Text.Json's source generator.
/// </summary>
public sealed class SyntheticDomain
{
    private static readonly string[] Primitives = ["string", "int", "long", "decimal", "double", "bool", "date", "datetime", "guid"];
    private static readonly string[] CSharp = ["string", "int", "long", "decimal", "double", "bool", "System.DateOnly", "System.DateTimeOffset", "System.Guid"];

    private readonly List<Entity> _entities = new();

    public SyntheticDomain(int types = 1_000, int files = 100, int seed = 1)
    {
        var random = new Random(seed);
        for (var t = 0; t < types; t++)
        {
            var fields = new List<Field>();
            var count = random.Next(10, 21);
            for (var f = 0; f < count; f++)
            {
                var optional = random.Next(4) == 0;
                var kind = random.Next(12);
                if (kind >= Primitives.Length && t > 0)
                {
                    // A reference to an earlier entity, usually in another file.
                    var target = random.Next(t);
                    fields.Add(new Field($"f{f}", kind == 9 ? $"list<E{target}>" : $"E{target}", kind == 9 ? $"System.Collections.Generic.List<E{target}>" : $"E{target}", optional, Constraint: null));
                    continue;
                }
                var p = kind % Primitives.Length;
                var constraint = Primitives[p] switch
                {
                    "string" => random.Next(2) == 0 ? "minLength: 1, maxLength: 200" : null,
                    "int" => random.Next(2) == 0 ? "min: 0, max: 100000" : null,
                    _ => null,
                };
                fields.Add(new Field($"f{f}", Primitives[p], CSharp[p], optional, constraint));
            }
            _entities.Add(new Entity($"E{t}", t % files, fields));
        }
        Files = files;
    }

    public int Files { get; }

    public int Types => _entities.Count;

    /// <summary>The YAML schema files, <c>schema/part{n}.yaml</c>.</summary>
    public (string Path, string Text)[] Schemas() =>
        Enumerable.Range(0, Files).Select(file => (Path(file), Schema(file))).ToArray();

    public static string Path(int file) => $"schema/part{file.ToString(CultureInfo.InvariantCulture)}.yaml";

    /// <summary>One schema file; <paramref name="edit"/> changes one constraint of its first entity.</summary>
    public string Schema(int file, bool edit = false)
    {
        var text = new StringBuilder("namespace: Synthetic.Domain\ntypes:\n");
        var first = true;
        foreach (var entity in _entities.Where(e => e.File == file))
        {
            text.Append("  ").Append(entity.Name).Append(":\n    doc: A synthetic entity.\n    fields:\n");
            foreach (var field in entity.Fields)
            {
                var type = field.Type + (field.Optional ? "?" : "");
                var constraint = first && edit && field.Constraint is null && field.Type == "string" ? "maxLength: 99" : field.Constraint;
                text.Append("      ").Append(field.Name).Append(": ")
                    .Append(constraint is null ? $"'{type}'" : $"{{ type: '{type}', {constraint} }}").Append('\n');
            }
            first = false;
        }
        return text.ToString();
    }

    /// <summary>The same types as C# records, and a JsonSerializerContext over all of them.</summary>
    public string CSharpRecords()
    {
        var text = new StringBuilder("namespace Synthetic.Stj;\n\n");
        foreach (var entity in _entities)
        {
            text.Append("public sealed record ").Append(entity.Name).Append("\n{\n");
            foreach (var field in entity.Fields)
            {
                var required = field.Optional ? "" : "required ";
                var optional = field.Optional ? "?" : "";
                text.Append($"    [System.Text.Json.Serialization.JsonPropertyName(\"{field.Name}\")] public {required}{field.CSharp}{optional} {char.ToUpperInvariant(field.Name[0])}{field.Name[1..]} {{ get; init; }}\n");
            }
            text.Append("}\n\n");
        }
        text.Append("[System.Text.Json.Serialization.JsonSourceGenerationOptions(DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]\n");
        foreach (var entity in _entities) text.Append($"[System.Text.Json.Serialization.JsonSerializable(typeof({entity.Name}))]\n");
        text.Append("public sealed partial class SyntheticContext : System.Text.Json.Serialization.JsonSerializerContext;\n");
        return text.ToString();
    }

    private sealed record Field(string Name, string Type, string CSharp, bool Optional, string? Constraint);

    private sealed record Entity(string Name, int File, List<Field> Fields);
}
