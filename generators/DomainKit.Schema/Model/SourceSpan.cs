namespace DomainKit.Schema.Model;

/// <summary>
/// Where a YAML node stands in its file, as plain data (no Roslyn <c>Location</c>): character offsets
/// and 0-based line/column positions, ready for <c>Location.Create</c> at report time.
/// </summary>
internal sealed record SourceSpan(
    string FilePath,
    int StartOffset,
    int EndOffset,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    /// <summary>The start of a file, for problems of the file as a whole; an empty path for problems of no file.</summary>
    public static SourceSpan StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    /// <summary>A part of a single-line span: <paramref name="length"/> characters from <paramref name="offset"/>.</summary>
    public SourceSpan Slice(int offset, int length)
    {
        var width = EndOffset - StartOffset;
        offset = System.Math.Max(0, System.Math.Min(offset, width));
        length = System.Math.Max(0, System.Math.Min(length, width - offset));
        return this with
        {
            StartOffset = StartOffset + offset,
            EndOffset = StartOffset + offset + length,
            StartColumn = StartColumn + offset,
            EndLine = StartLine,
            EndColumn = StartColumn + offset + length,
        };
    }
}
