using System.Globalization;
using System.Text;
using DomainKit.Schema.Model;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>Random well-formed schema sets from the language's grammar: every kind of type, field type, option and constraint.</summary>
internal sealed class SchemaGrammar(Random random)
{
    private static readonly string[] Primitives = ["string", "bool", "int", "long", "decimal", "double", "date", "time", "datetime", "duration", "guid", "uri"];
    private static readonly string[] DocTexts = ["Plain words.", "'Quotes: \"double\" and ''single''.'", "'A < B && C > D'", "Ünïcødé — ✓ 😀", "|\n      Two\n      lines."];

    public (string Path, string Text)[] Generate(string ns)
    {
        var typeCount = random.Next(1, 9);
        var kinds = Enumerable.Range(0, typeCount).Select(_ => random.Next(4)).ToArray();
        _keyed = kinds.Select(k => k == 0 && random.Next(2) == 0).ToArray();
        var names = Enumerable.Range(0, typeCount).Select(i => $"T{i}{Word(random.Next(0, 6), upperFirst: true)}").ToArray();
        var fileCount = random.Next(1, Math.Min(typeCount, 3) + 1);
        var files = Enumerable.Range(0, fileCount).Select(_ => new StringBuilder()).ToArray();
        for (var f = 0; f < fileCount; f++)
        {
            files[f].Append(random.Next(4) == 0 ? "" : $"namespace: {ns}\n");
            if (random.Next(5) == 0) files[f].Append("unknownFields: error\n");
            files[f].Append("types:\n");
        }
        for (var i = 0; i < typeCount; i++)
        {
            var text = files[i % fileCount];
            text.Append($"  {names[i]}:\n");
            if (random.Next(4) == 0) text.Append($"    doc: {DocTexts[random.Next(DocTexts.Length)]}\n");
            switch (kinds[i])
            {
                case 0: Record(text, names, kinds, i); break;
                case 1: Enum(text); break;
                case 3: Union(text, names, kinds, i); break;
                default: Value(text); break;
            }
        }
        return files.Select((text, f) => ($"schema/{ns}/f{f}.yaml", text.ToString())).ToArray();
    }

    // Which records have 'key: id' (and so may be the target of a ref<T>).
    private bool[] _keyed = [];

    private void Record(StringBuilder text, string[] names, int[] kinds, int self)
    {
        if (_keyed[self]) text.Append("    key: id\n");
        text.Append("    fields:\n");
        if (_keyed[self]) text.Append(random.Next(2) == 0 ? "      id: string\n" : "      id: { type: int, min: 1 }\n");
        var fields = Fields(text, "      ", "f", names, kinds, self);
        if (random.Next(2) == 0) new RuleGrammar(random).Rules(text, fields, "    ");
    }

    /// <summary>A union: shared fields, one to three variants (some empty, some with a tag), rules on both levels.</summary>
    private void Union(StringBuilder text, string[] names, int[] kinds, int self)
    {
        text.Append("    union:\n");
        if (random.Next(3) == 0) text.Append("      discriminator: type\n");
        text.Append("      fields:\n");
        var shared = Fields(text, "        ", "s", names, kinds, self);
        text.Append("      variants:\n");
        for (var v = random.Next(1, 4) - 1; v >= 0; v--)
        {
            text.Append($"        V{v}{Word(random.Next(0, 4), upperFirst: false)}:");
            if (random.Next(4) == 0)
            {
                text.Append(" {}\n");
                continue;
            }
            text.Append('\n');
            if (random.Next(3) == 0) text.Append($"          tag: tag{v}\n");
            text.Append("          fields:\n");
            var own = Fields(text, "            ", $"v{v}f", names, kinds, self);
            if (random.Next(3) == 0) new RuleGrammar(random).Rules(text, shared.Concat(own).ToList(), "          ");
        }
        if (random.Next(3) == 0) new RuleGrammar(random).Rules(text, shared, "    ");
    }

    private List<(string Name, string Type, bool Optional)> Fields(StringBuilder text, string indent, string prefix, string[] names, int[] kinds, int self)
    {
        var fieldCount = random.Next(0, 8);
        var fields = new List<(string Name, string Type, bool Optional)>();
        for (var f = 0; f < fieldCount; f++)
        {
            var name = $"{prefix}{f}{Word(random.Next(0, 5), upperFirst: false)}{(random.Next(6) == 0 ? "-x" : "")}";
            var type = TypeExpression(names, kinds, self, depth: 0, out var element);
            var optional = random.Next(3) == 0;
            if (!name.Contains('-')) fields.Add((name, type, optional));
            var options = new List<string> { $"type: '{type}{(optional ? "?" : "")}'" };
            options.AddRange(Constraints(type, element));
            if (random.Next(5) == 0) options.Add($"json: '{name}_wire'");
            if (optional && random.Next(4) == 0) options.Add("deprecated: Use something else.");
            // An empty collection as default would break a minItems above zero (DK0012).
            var emptyAllowed = !options.Any(o => o.StartsWith("minItems: ", StringComparison.Ordinal) && o != "minItems: 0");
            if (random.Next(6) == 0 && Default(type, kinds, names) is { } value && (emptyAllowed || value is not ("[]" or "{}"))) options.Add("default: " + value);
            text.Append($"{indent}{name}: {{ {string.Join(", ", options)} }}\n");
        }
        return fields;
    }

    private void Enum(StringBuilder text)
    {
        var members = Enumerable.Range(0, random.Next(1, 6)).Select(m => $"m{m}{Word(random.Next(0, 4), upperFirst: false)}").ToArray();
        if (random.Next(2) == 0) text.Append($"    enum: [{string.Join(", ", members)}]\n");
        else
        {
            text.Append("    enum:\n");
            foreach (var member in members) text.Append($"      {member}: {(random.Next(2) == 0 ? "~" : "Member doc.")}\n");
        }
    }

    private void Value(StringBuilder text)
    {
        var primitive = Primitives[random.Next(Primitives.Length)];
        text.Append($"    value: {primitive}\n");
        foreach (var constraint in Constraints(primitive, null)) text.Append($"    {constraint.Replace(": ", ": ", StringComparison.Ordinal)}\n");
    }

    private string TypeExpression(string[] names, int[] kinds, int self, int depth, out string? element)
    {
        element = null;
        var choice = random.Next(depth < 2 ? 10 : 7);
        if (choice < 5) return Primitives[random.Next(Primitives.Length)];
        if (choice < 7)
        {
            var target = random.Next(names.Length);
            // A reference is a key, not the record, so it may point anywhere, itself included.
            if (_keyed[target] && random.Next(2) == 0) return $"ref<{names[target]}>";
            // A record refers to records after it only, so required fields never form a cycle no value can fill.
            if (kinds[target] is 0 or 3 && target <= self) return "string";
            return names[target];
        }
        var inner = TypeExpression(names, kinds, self, depth + 1, out _);
        element = inner;
        var innerOptional = random.Next(4) == 0 ? "?" : "";
        return $"{(choice == 7 ? "list" : choice == 8 ? "set" : "map")}<{inner}{innerOptional}>";
    }

    private IEnumerable<string> Constraints(string type, string? element)
    {
        if (element is not null)
        {
            if (random.Next(3) == 0) yield return $"minItems: {random.Next(0, 3)}";
            if (random.Next(3) == 0) yield return $"maxItems: {random.Next(3, 9)}";
            if (random.Next(3) == 0) yield return "unique: true";
            yield break;
        }
        switch (type)
        {
            case "string":
                if (random.Next(3) == 0) yield return $"minLength: {random.Next(0, 3)}";
                if (random.Next(3) == 0) yield return $"maxLength: {random.Next(3, 50)}";
                if (random.Next(4) == 0) yield return "pattern: '^[a-z]*$'";
                if (random.Next(4) == 0) yield return $"format: {ConstraintFormats[random.Next(ConstraintFormats.Length)]}";
                break;
            case "int" or "long" or "decimal" or "double":
                if (random.Next(3) == 0) yield return $"min: {random.Next(-100, 0)}";
                if (random.Next(3) == 0) yield return $"{(random.Next(2) == 0 ? "max" : "exclusiveMax")}: {random.Next(1, 100)}";
                break;
            case "date":
                if (random.Next(3) == 0) yield return "min: '2000-01-01'";
                break;
            case "datetime":
                if (random.Next(3) == 0) yield return "exclusiveMin: '2000-01-01T00:00:00Z'";
                break;
        }
    }

    private static readonly string[] ConstraintFormats = [.. DomainKit.Schema.Model.FormatCatalog.Names];

    private string? Default(string type, int[] kinds, string[] names) => type switch
    {
        "bool" => random.Next(2) == 0 ? "true" : "false",
        "int" or "long" => "0",
        "guid" => "00000000-0000-0000-0000-000000000000",
        "duration" => "'01:00:00'",
        "time" => "'12:30'",
        "uri" => "'https://example.org/'",
        _ when type.StartsWith("list<", StringComparison.Ordinal) || type.StartsWith("set<", StringComparison.Ordinal) => "[]",
        _ when type.StartsWith("map<", StringComparison.Ordinal) => "{}",
        _ => null,
    };

    private string Word(int length, bool upperFirst)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)('a' + random.Next(26));
        if (upperFirst && length > 0) chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }

    public static string Namespace(int n) => "Fuzz.N" + n.ToString(CultureInfo.InvariantCulture);
}
