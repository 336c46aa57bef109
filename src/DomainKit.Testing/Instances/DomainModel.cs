using DomainKit.Schema;
using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;

namespace DomainKit.Testing;

/// <summary>The schema compiler's model of a domain's schema files: every declared type by its C# name.</summary>
internal sealed class DomainModel
{
    private readonly Dictionary<string, TypeSpec> _types;
    private readonly Dictionary<PropertySpec, JsonTree> _defaults = new();
    private readonly Dictionary<string, PropertySpec> _keys = new(StringComparer.Ordinal);

    private DomainModel(IEnumerable<TypeSpec> types, IReadOnlyList<ParsedSchema> files)
    {
        _types = types.GroupBy(t => t.FullName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var declarations = files.SelectMany(f => f.Types.Select(t => (f.FilePath, Type: t))).ToLookup(d => (d.FilePath, d.Type.Name.Text));
        foreach (var type in _types.Values)
        {
            var declaration = declarations[(type.SourceFile, type.Name)].FirstOrDefault().Type;
            if (declaration is null) continue;
            if (declaration.Key is { } key && declaration.Fields.FirstOrDefault(f => f.Name.Text == key.Text) is { } keyField
                && type.Properties.FirstOrDefault(p => p.WireName == keyField.WireName) is { } keyProperty)
                _keys[type.FullName] = keyProperty;
            var fields = declaration.Fields.Concat(declaration.Union?.Variants.SelectMany(v => v.Fields) ?? []).ToList();
            foreach (var property in type.Properties.Concat(type.Variants.SelectMany(v => v.Properties)).Where(p => p.DefaultExpression is not null))
            {
                if (fields.FirstOrDefault(f => f.WireName == property.WireName)?.Default is { } written && DefaultJson(property.Type, written) is { } json)
                    _defaults.TryAdd(property, json);
            }
        }
    }

    /// <summary>Whether the type, or a type its values can hold, has rules (if none, nothing needs forcing).</summary>
    public bool HasRulesWithin(TypeSpec type) => _rulesWithin.GetOrAdd(type.FullName, _ => Reachable(type).Any(t => t.Rules.Count > 0 || t.Variants.Any(v => v.Rules.Count > 0)));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _rulesWithin = new(StringComparer.Ordinal);

    private IEnumerable<TypeSpec> Reachable(TypeSpec type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { type.FullName };
        var pending = new Stack<TypeSpec>([type]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            yield return next;
            foreach (var property in next.Properties.Concat(next.Variants.SelectMany(v => v.Properties)))
            {
                for (var field = property.Type; field is not null; field = field.Element)
                {
                    if (Find(field.CSharpType) is { } held && seen.Add(held.FullName)) pending.Push(held);
                }
            }
        }
    }

    /// <summary>The field a record's <c>key:</c> names (what a <c>ref&lt;T&gt;</c> to it holds), or null.</summary>
    public PropertySpec? KeyOf(TypeSpec type) => _keys.GetValueOrDefault(type.FullName);

    /// <summary>What a field left out holds in memory: its <c>default:</c> as JSON; null when it has none.</summary>
    public JsonTree? DefaultOf(PropertySpec property) => _defaults.GetValueOrDefault(property);

    /// <summary>Compiles schema files (path and text) as the generator does; schemas with errors throw their located diagnostics.</summary>
    public static DomainModel Compile(IEnumerable<(string Path, string Text)> files, string defaultNamespace)
    {
        var parsed = files.Select(f => SchemaParser.Parse(f.Path, f.Text)).ToList();
        var project = ProjectChecker.Check(parsed, defaultNamespace);
        var errors = project.Diagnostics.Where(d => d.Definition.Severity == Schema.Diagnostics.Severity.Error).Select(d => d.Located).Distinct().Order(StringComparer.Ordinal).ToList();
        if (errors.Count > 0) throw new GenerationException("The schemas have errors; nothing to generate from:\n" + string.Join("\n", errors));
        return Of(project.Types, parsed);
    }

    /// <summary>The model of schemas already parsed and checked without errors (the docs generator's, for example documents).</summary>
    public static DomainModel Of(IEnumerable<TypeSpec> types, IReadOnlyList<ParsedSchema> files) => new(types, files);

    /// <summary>The declaration of a generated type, by its C# type.</summary>
    public TypeSpec Of(Type type) => Find(CSharpName(type)) ?? throw new GenerationException(
        $"{type.FullName} is not a type of these schemas (they declare {string.Join(", ", _types.Values.Select(t => t.Name).Order(StringComparer.Ordinal))}).");

    /// <summary>A declaration by its fully qualified C# name (<c>global::Ns.Name</c>), as field types name it.</summary>
    public TypeSpec? Find(string fullName) => _types.TryGetValue(fullName, out var type) ? type : null;

    private JsonTree? DefaultJson(FieldTypeSpec type, DefaultDeclaration written)
    {
        switch (written.Kind)
        {
            case DefaultKind.EmptySequence: return new JsonArray([]);
            case DefaultKind.EmptyMapping: return new JsonObject();
            case DefaultKind.Other: return null;
        }
        var text = written.Value.Text;
        if (type.Kind == FieldTypeKind.Enum)
        {
            var members = Find(type.CSharpType) is { } enumType ? enumType.Members : EquatableArray<EnumMemberSpec>.Empty;
            return members.FirstOrDefault(m => m.WireName == text || m.Name == text || m.RenamedFrom.Contains(text)) is { } member ? JsonScalar.String(member.WireName) : null;
        }
        if (PrimitiveCatalog.Of(type.Primitive) is not { } primitive || primitive.Read(text) is not { } value) return null;
        return type.Primitive switch
        {
            PrimitiveKind.Bool => JsonScalar.Bool((bool)value.Comparable),
            _ when primitive.IsNumeric => JsonScalar.Number(value.Normalized),
            PrimitiveKind.String or PrimitiveKind.Uri => JsonScalar.String(text),
            _ => JsonScalar.String(value.Normalized),
        };
    }

    private static string CSharpName(Type type) => "global::" + type.FullName!.Replace('+', '.');
}
