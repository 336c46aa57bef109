using System.Text.RegularExpressions;
using DomainKit.LanguageServer.Workspace;
using DomainKit.Schema.Checking;
using DomainKit.Schema.Parsing;
using DomainKit.Schema.Rules;

namespace DomainKit.LanguageServer.Features;

/// <summary>
/// Completion from the catalogues: the keys valid where the cursor stands (a field's options filtered by its type),
/// type names of the project and the primitives, generic forms (<c>ref&lt;</c> offering keyed types), formats, enum
/// members for <c>default:</c>, and in rule expressions the fields in scope, <c>a.b</c> through records, macro
/// variables, functions and enum members.
/// </summary>
internal static partial class CompletionFeature
{
    private const int Function = 3;
    private const int Field = 5;
    private const int Variable = 6;
    private const int Class = 7;
    private const int Property = 10;
    private const int Enum = 13;
    private const int Keyword = 14;
    private const int EnumMember = 20;
    private const int Struct = 22;

    private static readonly string[] Generics = ["list", "set", "map", "ref"];

    private static readonly Dictionary<string, string> GenericDocs = new(StringComparer.Ordinal)
    {
        ["list"] = "An ordered list of `T`: `ValueList<T>`, equal by its items in order; a JSON array.",
        ["set"] = "A set of `T`, no item twice: `ValueSet<T>`; a JSON array.",
        ["map"] = "A map from string keys to `T`: `ValueMap<T>`; a JSON object.",
        ["ref"] = "A reference to a keyed type `T` (one with `key:`): holds the key's value, not the record.",
    };

    public static CompletionList Complete(ProjectView view, string path, Position position)
    {
        var lines = view.LinesOf(path);
        var cursor = YamlCursor.Read(lines, position);
        var replace = new Range(new Position(position.Line, cursor.PrefixStart), position);
        var items = Items(view, lines, position, cursor)
            .GroupBy(i => i.Label, StringComparer.Ordinal).Select(g => g.First())
            .Select(i => i with { TextEdit = new TextEdit(replace, i.InsertText ?? i.Label), InsertText = null })
            .ToArray();
        return new CompletionList(false, items);
    }

    private static IEnumerable<CompletionItem> Items(ProjectView view, TextLines lines, Position position, YamlCursor cursor)
    {
        var path = cursor.Path;
        var owner = OwnerOf(path);
        if (cursor.OnKey) return Keys(view, path, owner);
        var key = cursor.ValueOf!;
        var valueText = ValueBefore(lines, position);
        var last = path.Count > 0 ? path[^1] : "";
        return key switch
        {
            "type" when last != "-" => TypeNames(view, valueText),
            "value" when path.Count == 2 => PrimitiveNames(),
            "format" => FormatCatalog.Names.Select(n => new CompletionItem(n, EnumMember, "format", null)),
            "default" when owner is not null => EnumMembers(view, owner, last),
            "unknownFields" when path.Count == 0 => new[] { "ignore", "error" }.Select(v => new CompletionItem(v, EnumMember, null, null)),
            "key" when path.Count == 2 && owner is not null => FieldsOf(view, owner),
            "require" or "forbid" or "path" when last == "-" && owner is not null => FieldsOf(view, owner),
            "check" or "when" when last == "-" && owner is not null => Expression(view, owner, valueText),
            _ when last == "fields" => TypeNames(view, valueText),
            _ => [],
        };
    }

    /// <summary>The type whose fields are in scope: <c>T</c>, or <c>T/V</c> inside a union's variant.</summary>
    private static string? OwnerOf(IReadOnlyList<string> path)
    {
        if (path.Count < 2 || path[0] != "types") return null;
        return path.Count >= 5 && path[2] == "union" && path[3] == "variants" ? path[1] + "/" + path[4] : path[1];
    }

    private static IEnumerable<CompletionItem> Keys(ProjectView view, IReadOnlyList<string> path, string? owner)
    {
        IEnumerable<string> keys = path switch
        {
            [] => SchemaKeys.File,
            ["types", var type] => TypeKeys(view, type),
            ["types", _, "union"] => SchemaKeys.UnionBody,
            ["types", _, "union", "variants", _] => SchemaKeys.Variant,
            [.., "fields", var field] when owner is not null => FieldKeys(view, owner, field),
            [.., "rules", "-"] => SchemaKeys.Rule,
            [.., "enum", _] => SchemaKeys.EnumMember,
            _ => [],
        };
        return keys.Select(k => new CompletionItem(k, Property, "key", KeyDocs.Of(k) is { } doc ? MarkupContent.Markdown(doc) : null) { InsertText = k + ": " });
    }

    private static IEnumerable<string> TypeKeys(ProjectView view, string name) => view.Symbols.TypeNamed(name) switch
    {
        { Kind: TypeKind.Record } => SchemaKeys.Record,
        { Kind: TypeKind.Enum } => SchemaKeys.Enum,
        { Kind: TypeKind.Union } => SchemaKeys.Union,
        { Kind: TypeKind.Value } type => SchemaKeys.Value.Where(k => Applies(k, type.Wrapped is { } wrapped ? Resolve(view, wrapped) : null)),
        _ => SchemaKeys.Kinds.Concat(SchemaKeys.AnyType),
    };

    /// <summary>A field's keys: the constraints only where they fit its type (no <c>maxLength</c> on an <c>int</c>).</summary>
    private static IEnumerable<string> FieldKeys(ProjectView view, string owner, string field)
    {
        var type = view.Symbols.FieldOf(owner, field) is { } found ? Resolve(view, found.Field) : null;
        return SchemaKeys.Field.Where(k => Applies(k, type));
    }

    private static bool Applies(string key, FieldTypeSpec? type) =>
        !ConstraintCatalog.TryGet(key, out var constraint) || type is null || constraint.Fits(type);

    private static FieldTypeSpec? Resolve(ProjectView view, FieldDeclaration field) =>
        new TypeResolver(view.Compiled.Index, new DiagnosticBag()).Resolve(field.Type);

    private static IEnumerable<CompletionItem> TypeNames(ProjectView view, string valueText)
    {
        var keyedOnly = RefOpen().IsMatch(valueText);
        var types = view.Compiled.Index.Types
            .Where(t => !keyedOnly || t.KeyType is not null)
            .Select(t => new CompletionItem(t.Name, KindOf(t.Kind), t.Kind.ToString().ToLowerInvariant(), DocOf(view, t.Name)));
        if (keyedOnly) return types;
        var generics = Generics.Select(g => new CompletionItem(g + "<", Keyword, g + "<T>", MarkupContent.Markdown(GenericDocs[g]))
        {
            InsertText = g + "<",
            SortText = "~" + g,
        });
        return types.Concat(PrimitiveNames()).Concat(generics);
    }

    private static IEnumerable<CompletionItem> PrimitiveNames() => PrimitiveCatalog.Names.Select(name =>
        new CompletionItem(name, Keyword, "primitive", PrimitiveCatalog.Find(name) is { } p ? MarkupContent.Markdown($"`{p.CSharpType}` in C#; written {p.Expectation}") : null));

    private static IEnumerable<CompletionItem> EnumMembers(ProjectView view, string owner, string field)
    {
        var type = view.Symbols.FieldOf(owner, field)?.Field.Type.Expression?.Name;
        return type is not null && view.Symbols.TypeNamed(type) is { Kind: TypeKind.Enum } declared
            ? declared.Members.Select(m => new CompletionItem(m.Name.Text, EnumMember, type, m.Doc is null ? null : MarkupContent.Markdown(m.Doc)))
            : [];
    }

    private static IEnumerable<CompletionItem> FieldsOf(ProjectView view, string owner)
    {
        var slash = owner.IndexOf('/', StringComparison.Ordinal);
        var type = view.Symbols.TypeNamed(slash < 0 ? owner : owner[..slash]);
        if (type is null) return [];
        var variant = slash < 0 ? null : type.Union?.Variants.FirstOrDefault(v => v.Name.Text == owner[(slash + 1)..]);
        return (variant?.Fields ?? EquatableArray<FieldDeclaration>.Empty).Concat(type.Fields)
            .Select(f => new CompletionItem(f.Name.Text, Field, f.Type.Text, f.Doc is null ? null : MarkupContent.Markdown(f.Doc)));
    }

    /// <summary>Inside a rule: after <c>a.b.</c> the members of what <c>a.b</c> is; else what a name can be.</summary>
    private static IEnumerable<CompletionItem> Expression(ProjectView view, string owner, string text)
    {
        var variables = MacroVariable().Matches(text).Select(m => (Name: m.Groups[3].Value, Of: m.Groups[1].Value)).ToList();
        if (MemberChain().Match(text) is { Success: true } chain)
        {
            var names = chain.Groups[1].Value.Split('.');
            if (names.Length == 1 && view.Symbols.TypeNamed(names[0]) is { Kind: TypeKind.Enum } enumType && view.Symbols.FieldOf(owner, names[0]) is null)
                return enumType.Members.Select(m => new CompletionItem(m.Name.Text, EnumMember, enumType.Name.Text, m.Doc is null ? null : MarkupContent.Markdown(m.Doc)));
            var record = RecordOfChain(view, owner, names, variables);
            var members = record is null ? [] : FieldsOf(view, record);
            return members.Concat(Functions(onValue: true));
        }
        var enums = view.Compiled.Index.Types.Where(t => t.Kind == TypeKind.Enum)
            .Select(t => new CompletionItem(t.Name, Enum, "enum", DocOf(view, t.Name)));
        var locals = variables.Select(v => new CompletionItem(v.Name, Variable, "item of " + v.Of, null));
        var literals = new[] { "true", "false", "null" }.Select(l => new CompletionItem(l, Keyword, null, null));
        return FieldsOf(view, owner).Concat(locals).Concat(Functions(onValue: false)).Concat(enums).Concat(literals);
    }

    private static string? RecordOfChain(ProjectView view, string owner, string[] names, List<(string Name, string Of)> variables)
    {
        string? record;
        var variable = variables.LastOrDefault(v => v.Name == names[0]);
        if (variable.Name is not null)
            record = RecordOfChain(view, owner, variable.Of.Split('.'), variables.Where(v => v.Name != names[0]).ToList());
        else
            record = view.Symbols.FieldOf(owner, names[0]) is { } field ? view.Symbols.RecordOf(field.Field.Type.Expression) : null;
        foreach (var name in names.Skip(1))
        {
            if (record is null) return null;
            record = view.Symbols.FieldOf(record, name) is { } next ? view.Symbols.RecordOf(next.Field.Type.Expression) : null;
        }
        return record;
    }

    private static IEnumerable<CompletionItem> Functions(bool onValue) => RuleCallables.All
        .Where(f => f.OnValue == onValue)
        .Select(f => new CompletionItem(f.Name, Function, f.Signature, MarkupContent.Markdown(f.Doc)) { InsertText = f.Name + "(" });

    private static MarkupContent? DocOf(ProjectView view, string type) =>
        view.Symbols.TypeNamed(type)?.Doc is { } doc ? MarkupContent.Markdown(doc) : null;

    private static int KindOf(TypeKind kind) => kind switch
    {
        TypeKind.Enum => Enum,
        TypeKind.Value => Struct,
        _ => Class,
    };

    /// <summary>The line's text from the cursor's key's value to the cursor.</summary>
    private static string ValueBefore(TextLines lines, Position position)
    {
        var line = lines.Line(position.Line);
        var before = line[..Math.Min(line.Length, position.Character)];
        var colon = before.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? before : before[(colon + 2)..];
    }

    [GeneratedRegex(@"ref<\s*\w*$")]
    private static partial Regex RefOpen();

    [GeneratedRegex(@"([A-Za-z_][\w.]*)\.\s*\w*$")]
    private static partial Regex MemberChain();

    [GeneratedRegex(@"([A-Za-z_][\w.]*)\.(all|exists|unique)\(\s*([A-Za-z_]\w*)\s*,")]
    private static partial Regex MacroVariable();
}
