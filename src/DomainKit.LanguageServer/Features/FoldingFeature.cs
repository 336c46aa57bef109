using DomainKit.LanguageServer.Workspace;

namespace DomainKit.LanguageServer.Features;

/// <summary>Folding ranges by indentation: a key folds over the lines indented deeper than it (YAML's own structure).</summary>
internal static class FoldingFeature
{
    public static FoldingRange[] Ranges(TextLines lines)
    {
        var ranges = new List<FoldingRange>();
        for (var line = 0; line < lines.LineCount; line++)
        {
            if (IsBlank(lines.Line(line))) continue;
            var end = BlockEnd(lines, line);
            if (end > line) ranges.Add(new FoldingRange(line, end));
        }
        return ranges.ToArray();
    }

    /// <summary>The last line of what <paramref name="line"/> opens: the last following line indented deeper (blank lines and comments carried).</summary>
    public static int BlockEnd(TextLines lines, int line)
    {
        var opener = lines.Line(line);
        var indent = Indent(opener);
        var opensList = opener.TrimEnd().EndsWith(':') && !opener.TrimStart().StartsWith("- ", StringComparison.Ordinal);
        var end = line;
        for (var next = line + 1; next < lines.LineCount; next++)
        {
            var text = lines.Line(next);
            if (IsBlank(text)) continue;
            // A sequence may sit at its key's own indentation: "rules:" then "- check: …".
            var continues = Indent(text) > indent || (opensList && Indent(text) == indent && text.TrimStart().StartsWith("- ", StringComparison.Ordinal));
            if (!continues) break;
            end = next;
        }
        return end;
    }

    public static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ') i++;
        return i;
    }

    private static bool IsBlank(string line) => line.AsSpan().Trim().IsEmpty || line.TrimStart().StartsWith('#');
}
