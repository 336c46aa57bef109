using System;
using YamlDotNet.Core;

namespace DomainKit.Schema.Parsing;

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

    /// <summary>
    /// Where each character of a scalar's value stands in the file (one more entry for the end), for
    /// any scalar style: the value is matched against the source text in order, so quotes, escapes,
    /// a block scalar's header and indentation, and folded line breaks fall in between.
    /// </summary>
    public int[] Align(Scalar scalar)
    {
        var value = scalar.Text;
        var offsets = new int[value.Length + 1];
        var end = Math.Min(scalar.Span.EndOffset, _text.Length);
        var position = scalar.Span.StartOffset;
        if (position < end && (_text[position] == '|' || _text[position] == '>'))
        {
            var lineEnd = _text.IndexOf('\n', position);
            position = lineEnd < 0 || lineEnd >= end ? position : lineEnd + 1;
        }
        else if (position < end && (_text[position] == '\'' || _text[position] == '"'))
        {
            position++;
        }
        for (var i = 0; i < value.Length; i++)
        {
            var found = _text.IndexOf(value[i], position, Math.Max(0, end - position));
            offsets[i] = found < 0 ? position : found;
            if (found >= 0) position = found + 1;
        }
        offsets[value.Length] = value.Length == 0 ? position : offsets[value.Length - 1] + 1;
        return offsets;
    }

    /// <summary>The span of value characters [<paramref name="start"/>, <paramref name="end"/>) of an aligned scalar.</summary>
    public SourceSpan SpanWithin(int[] offsets, int start, int end)
    {
        start = Math.Max(0, Math.Min(start, offsets.Length - 1));
        end = Math.Max(start, Math.Min(end, offsets.Length - 1));
        var from = offsets[start];
        var to = end > start ? offsets[end - 1] + 1 : from;
        return SpanAt(from, Math.Max(from, to));
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
