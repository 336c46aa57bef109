using DomainKit.LanguageServer.Workspace;

namespace DomainKit.LanguageServer.Features;

/// <summary>Text edits that add a key or a list item to a schema the way a person would write it, keeping its style.</summary>
internal static class YamlEdits
{
    /// <summary><c>key: value</c> as a new line in the block mapping opened by the key at <paramref name="owner"/>; null for a flow mapping.</summary>
    public static TextEdit? InsertKey(TextLines lines, SourceSpan owner, string key, string value)
    {
        var line = lines.Line(owner.StartLine);
        var after = line[Math.Min(line.Length, owner.EndColumn)..].Trim();
        if (after != ":" && !after.StartsWith(": #", StringComparison.Ordinal)) return null;
        var indent = FoldingFeature.Indent(line) + 2;
        for (var next = owner.StartLine + 1; next < lines.LineCount; next++)
        {
            var text = lines.Line(next);
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#')) continue;
            if (FoldingFeature.Indent(text) > FoldingFeature.Indent(line)) indent = FoldingFeature.Indent(text);
            break;
        }
        var at = new Position(owner.StartLine + 1, 0);
        return new TextEdit(new Range(at, at), new string(' ', indent) + key + ": " + value + "\n");
    }

    /// <summary>One more item after the last of a written list, flow (<c>[a, b]</c>) or block (<c>- a</c>).</summary>
    public static TextEdit AppendItem(TextLines lines, Scalar last, string item)
    {
        var line = lines.Line(last.Span.StartLine);
        var before = line[..Math.Min(line.Length, last.Span.StartColumn)];
        if (before.TrimEnd().EndsWith('-') && before.Trim() == "-")
        {
            var at = new Position(last.Span.EndLine + 1, 0);
            return new TextEdit(new Range(at, at), before + item + "\n");
        }
        var end = new Position(last.Span.EndLine, last.Span.EndColumn);
        return new TextEdit(new Range(end, end), ", " + item);
    }

    /// <summary><c>key: value</c> added to a field in whichever form it is written: short (<c>a: string</c>), flow or block.</summary>
    public static TextEdit? AddFieldKey(TextLines lines, FieldDeclaration field, string key, string value)
    {
        var text = lines.Text;
        var name = field.Name.Span;
        var colon = text.IndexOf(':', name.EndOffset);
        if (colon < 0) return null;
        var rest = lines.Line(name.StartLine)[Math.Min(lines.Line(name.StartLine).Length, name.EndColumn)..].TrimStart(':').Trim();
        if (rest.Length == 0 || rest.StartsWith('#')) return InsertKey(lines, name, key, value);
        if (rest.StartsWith('{'))
        {
            var close = ClosingBrace(text, text.IndexOf('{', colon));
            if (close < 0) return null;
            var inner = text[(text.IndexOf('{', colon) + 1)..close].TrimEnd();
            var at = lines.PositionOf(text.IndexOf('{', colon) + 1 + inner.Length);
            return new TextEdit(new Range(at, at), (inner.Trim().Length == 0 ? " " : ", ") + key + ": " + value);
        }
        var type = field.Type.Source.Span;
        var written = text[type.StartOffset..type.EndOffset];
        return new TextEdit(TextLines.RangeOf(type), "{ type: " + written + ", " + key + ": " + value + " }");
    }

    private static int ClosingBrace(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
                continue;
            }
            if (c is '\'' or '"') quote = c;
            else if (c is '{' or '[') depth++;
            else if (c is '}' or ']' && --depth == 0) return i;
        }
        return -1;
    }
}
