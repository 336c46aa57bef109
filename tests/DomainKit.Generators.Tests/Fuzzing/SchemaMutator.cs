using System.Text;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// Breaks a schema the ways people and tools do: bytes and tokens, lines deleted or repeated,
/// indentation moved, tabs, unicode, huge scalars, deep nesting, anchors, aliases, merge keys, alias bombs.
/// </summary>
internal sealed class SchemaMutator(Random random)
{
    private static readonly string[] Tokens =
    [
        ":", "-", "[", "]", "{", "}", ",", "?", "|", ">", "&a", "*a", "<<: *a", "!!str", "!!int", "~", "null", "true", "''", "\"",
        "#", "%YAML 1.2", "---", "...", "string", "int?", "list<", "map<string, int>", "set<Rank>", "Rank", "type:", "fields:", "enum:",
        "value:", "default:", "min:", "max: -1", "pattern: '('", "format: phone", "json: ''", "deprecated:", "rules:", "unknownFields: error",
    ];

    private static readonly string[] Unicode = ["\u00e9", "\u202e", "\u200b", "\ufeff", "\ud83d\ude00", "\ud800", "\u0000", "\u2028", "名前", "\t"];

    public string Mutate(string text)
    {
        var rounds = random.Next(1, 4);
        for (var i = 0; i < rounds; i++) text = MutateOnce(text);
        return text;
    }

    private string MutateOnce(string text)
    {
        if (text.Length == 0) return Tokens[random.Next(Tokens.Length)];
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        var at = random.Next(text.Length);
        switch (random.Next(15))
        {
            case 13: return MutateExpression(lines, text);
            case 0: return text[..at] + (char)random.Next(32, 127) + text[(at + 1)..];
            case 1: return text[..at] + Tokens[random.Next(Tokens.Length)] + text[at..];
            case 2: lines.RemoveAt(line); break;
            case 3: lines.Insert(line, lines[line]); break;
            case 4: lines[line] = new string(' ', random.Next(0, 12)) + lines[line].TrimStart(' '); break;
            case 5: lines[line] = "\t" + lines[line]; break;
            case 6: return text[..at] + Unicode[random.Next(Unicode.Length)] + text[at..];
            case 7: lines[line] += " " + new string('x', random.Next(10_000, 200_000)); break;
            case 8: return text[..at] + new string('[', random.Next(10, 3_000)) + text[at..];
            case 9: lines.Insert(line, string.Concat(Enumerable.Range(0, random.Next(5, 200)).Select(d => new string(' ', d) + "- x\n"))); break;
            case 10: lines[line] = lines[line].Replace(": ", ": &a ", StringComparison.Ordinal); lines.Add("  Alias: *a"); break;
            case 11: lines.Insert(Math.Min(line + 1, lines.Count), "    <<: *a"); lines.Insert(0, "base: &a { doc: merged }"); break;
            case 12: return AliasBomb() + text;
            default: return text[..at] + text[Math.Min(text.Length, at + random.Next(1, 40))..];
        }
        return string.Join('\n', lines);
    }

    private static readonly string[] ExpressionTokens =
        ["&&", "||", "!", "(", ")", "'", "\"", ".", ",", "?", ":", "null", "has(", "size(", ".all(x, ", ".unique(", "date('", "in [", "]", "-", "1.5", "99999999999999999999", "==", "<", "%", "\\"];

    /// <summary>Puts an expression token into a rule's expression, so the expression checker sees broken input (when there is a rule).</summary>
    private string MutateExpression(List<string> lines, string text)
    {
        var rules = lines.Select((l, i) => (l, i)).Where(x => x.l.Contains("check:", StringComparison.Ordinal) || x.l.Contains("when:", StringComparison.Ordinal)).ToList();
        if (rules.Count == 0) return text;
        var (line, index) = rules[random.Next(rules.Count)];
        var start = line.IndexOf(':', StringComparison.Ordinal) + 2;
        if (start >= line.Length) return text;
        var at = random.Next(start, line.Length + 1);
        lines[index] = line[..at] + ExpressionTokens[random.Next(ExpressionTokens.Length)] + line[at..];
        return string.Join('\n', lines);
    }

    /// <summary>"Billion laughs": nine levels of nine aliases each, 9^9 leaves if anything expanded them.</summary>
    private static string AliasBomb()
    {
        var bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 10; level++)
        {
            var previous = $"*l{level - 1}";
            bomb.Append($"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(previous, 9))}]\n");
        }
        return bomb.ToString();
    }
}
