using DomainKit.LanguageServer.Workspace;

namespace DomainKit.LanguageServer.Features;

/// <summary>
/// Where the cursor stands in a schema's YAML, read from the text around it (which, mid-edit, often does not parse):
/// the keys that lead to it (<c>types/Mission/fields/title</c>; <c>-</c> for a sequence item), whether it is on a key
/// or on a key's value, and the word typed so far. Block and one-line flow mappings (<c>{ type: string, … }</c>) alike.
/// </summary>
internal sealed record YamlCursor(IReadOnlyList<string> Path, string? ValueOf, string Prefix, int PrefixStart)
{
    public bool OnKey => ValueOf is null;

    public string At(int index) => index < Path.Count ? Path[index] : "";

    public static YamlCursor Read(TextLines lines, Position position)
    {
        var line = lines.Line(position.Line);
        var before = line[..Math.Min(line.Length, position.Character)];
        var prefixStart = WordStart(before);
        var prefix = before[prefixStart..];
        var path = Parents(lines, position.Line, before);

        var flow = OpenBrace(before);
        var segment = (flow >= 0 ? before[(Math.Max(before.LastIndexOf(','), flow) + 1)..] : before).TrimStart();
        if (flow >= 0) path.Add(KeyBefore(before[..flow]));
        if (segment.StartsWith("- ", StringComparison.Ordinal))
        {
            path.Add("-");
            segment = segment[2..];
        }
        var colon = KeyColon(segment);
        if (colon < 0) return new YamlCursor(path, null, prefix, prefixStart);
        var key = segment[..colon].Trim().Trim('"', '\'');
        return new YamlCursor(path, key, prefix, prefixStart);
    }

    /// <summary>The keys of the lines above that hold the cursor's line, outermost first.</summary>
    private static List<string> Parents(TextLines lines, int lineNumber, string before)
    {
        var path = new List<string>();
        var indent = FoldingFeature.Indent(before);
        // A sequence may sit at its key's own indentation ("rules:" then "- check: …").
        var isItem = before.TrimStart().StartsWith("- ", StringComparison.Ordinal);
        for (var line = lineNumber - 1; line >= 0 && indent > 0; line--)
        {
            var text = lines.Line(line);
            var trimmed = text.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var dash = FoldingFeature.Indent(text);
            var item = trimmed.StartsWith("- ", StringComparison.Ordinal);
            var keyColumn = item ? dash + 2 : dash;
            var key = KeyOf(item ? trimmed[2..] : trimmed);
            if (item && keyColumn <= indent && dash < indent)
            {
                // A line of the same sequence item, or the item's first key above its other keys.
                if (keyColumn < indent && key is not null) path.Insert(0, key);
                path.Insert(0, "-");
                indent = dash;
                isItem = true;
                continue;
            }
            var holdsItem = isItem && !item && keyColumn == indent && trimmed.TrimEnd().EndsWith(':');
            if ((keyColumn >= indent && !holdsItem) || key is null) continue;
            path.Insert(0, key);
            indent = keyColumn;
            isItem = false;
        }
        return path;
    }

    /// <summary>The key a line starts with (<c>title</c> of <c>title: { … }</c>), or null.</summary>
    private static string? KeyOf(string text)
    {
        var colon = KeyColon(text);
        return colon > 0 ? text[..colon].Trim().Trim('"', '\'') : null;
    }

    /// <summary>The colon that ends a key: followed by a space or the end of the line, outside quotes.</summary>
    private static int KeyColon(string text)
    {
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
                continue;
            }
            if (c is '\'' or '"' && i == 0) quote = c;
            else if (c == ':' && (i + 1 == text.Length || text[i + 1] == ' ')) return i;
            else if (c is '{' or '[') return -1;
        }
        return -1;
    }

    private static string KeyBefore(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd(':').TrimEnd();
        var start = trimmed.LastIndexOfAny([' ', ',', '{', '-']) + 1;
        return trimmed[start..].Trim('"', '\'');
    }

    /// <summary>The <c>{</c> of a flow mapping still open before the cursor on this line, or -1.</summary>
    private static int OpenBrace(string before)
    {
        var open = new Stack<int>();
        char? quote = null;
        for (var i = 0; i < before.Length; i++)
        {
            var c = before[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
                continue;
            }
            if (c is '\'' or '"') quote = c;
            else if (c == '{') open.Push(i);
            else if (c == '}' && open.Count > 0) open.Pop();
        }
        return open.Count > 0 ? open.Peek() : -1;
    }

    private static int WordStart(string before)
    {
        var i = before.Length;
        while (i > 0 && (char.IsLetterOrDigit(before[i - 1]) || before[i - 1] == '_')) i--;
        return i;
    }
}
