using System;
using DomainKit.Generators.Core.Model;
using YamlDotNet.Core;

namespace DomainKit.Generators.Core.Parsing;

/// <summary>Turns YamlDotNet marks (1-based lines and columns) and text offsets into 0-based <see cref="SourceSpan"/>s.</summary>
internal sealed class SourceMap
{
    private readonly string _filePath;
    private readonly string _text;
    private int[]? _lineStarts;

    public SourceMap(string filePath, string text)
    {
        _filePath = filePath;
        _text = text;
    }

    public SourceSpan WholeFile => SpanAt(0, 0);

    public SourceSpan Span(Mark start, Mark end)
    {
        var startOffset = Clamp(start.Index);
        var endOffset = Math.Max(startOffset, Clamp(end.Index));
        return SpanAt(startOffset, endOffset);
    }

    public SourceSpan SpanAt(int startOffset, int endOffset)
    {
        var (startLine, startColumn) = Position(startOffset);
        var (endLine, endColumn) = Position(endOffset);
        return new SourceSpan(_filePath, startOffset, endOffset, startLine, startColumn, endLine, endColumn);
    }

    private int Clamp(long index) => (int)Math.Max(0, Math.Min(index, _text.Length));

    private (int Line, int Column) Position(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(_text);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0) line = ~line - 1;
        return (line, offset - starts[line]);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new System.Collections.Generic.List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return starts.ToArray();
    }
}
