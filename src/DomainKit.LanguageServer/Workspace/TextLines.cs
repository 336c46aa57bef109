namespace DomainKit.LanguageServer.Workspace;

/// <summary>A text's line starts: LSP positions (line, UTF-16 character) ↔ offsets, and ranges from compiler spans.</summary>
internal sealed class TextLines
{
    private readonly List<int> _starts = new() { 0 };

    public TextLines(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') _starts.Add(i + 1);
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) _starts.Add(i + 1);
        }
    }

    public string Text { get; }

    public int LineCount => _starts.Count;

    /// <summary>The offset of a position, clamped into the text (a client may send one past a line's end).</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _starts.Count) return Text.Length;
        var start = _starts[position.Line];
        return Math.Min(start + Math.Max(0, position.Character), LineEnd(position.Line));
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var line = _starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - _starts[line]);
    }

    /// <summary>The line's text without its line break.</summary>
    public string Line(int line) => line < 0 || line >= _starts.Count ? "" : Text[_starts[line]..LineEnd(line)];

    public static Range RangeOf(SourceSpan span) =>
        new(new Position(span.StartLine, span.StartColumn), new Position(span.EndLine, span.EndColumn));

    /// <summary>The text with LSP content changes applied in order.</summary>
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }
            var lines = new TextLines(text);
            var start = lines.OffsetOf(change.Range.Start);
            var end = Math.Max(start, lines.OffsetOf(change.Range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }
        return text;
    }

    private int LineEnd(int line)
    {
        var end = line + 1 < _starts.Count ? _starts[line + 1] : Text.Length;
        while (end > _starts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return end;
    }
}
