using System.Text;

namespace DomainKit.Schema.Emitting;

/// <summary>Plain string building with indentation and '\n' line endings on every platform.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;

    /// <summary>Writes a line; an empty line after an empty line is left out, so pieces that each end or start with one join with one.</summary>
    public IndentedWriter Line(string text = "")
    {
        if (text.Length == 0 && EndsWithBlankLine()) return this;
        if (text.Length > 0) _builder.Append(' ', _depth * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes a multi-line template (a raw string literal, whose own indentation the compiler has already
    /// removed) line by line at the current depth, so fixed blocks read in the emitter as the code they produce.
    /// </summary>
    public IndentedWriter Block(string template)
    {
        foreach (var line in template.Split('\n')) Line(line.TrimEnd('\r'));
        return this;
    }

    public IndentedWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    private bool EndsWithBlankLine() =>
        _builder.Length >= 2 && _builder[_builder.Length - 1] == '\n' && _builder[_builder.Length - 2] == '\n';

    public override string ToString() => _builder.ToString();
}
