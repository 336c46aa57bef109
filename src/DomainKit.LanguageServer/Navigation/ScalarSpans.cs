namespace DomainKit.LanguageServer.Navigation;

/// <summary>Where a part of a scalar stands in the file: exact inside plain and simply quoted one-line scalars.</summary>
internal static class ScalarSpans
{
    /// <summary>The characters <paramref name="offset"/>..+<paramref name="length"/> of the scalar's text, or null when quoting hides where they are.</summary>
    public static SourceSpan? Part(Scalar scalar, int offset, int length)
    {
        var span = scalar.Span;
        if (span.StartLine != span.EndLine) return null;
        var width = span.EndOffset - span.StartOffset;
        if (scalar.IsPlain && width == scalar.Text.Length) return span.Slice(offset, length);
        if (!scalar.IsPlain && width == scalar.Text.Length + 2) return span.Slice(offset + 1, length);
        return null;
    }

    /// <summary>The scalar's text without its quotes.</summary>
    public static SourceSpan? Text(Scalar scalar) => Part(scalar, 0, scalar.Text.Length);
}
