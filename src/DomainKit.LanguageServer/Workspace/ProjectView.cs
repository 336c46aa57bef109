using DomainKit.LanguageServer.Navigation;

namespace DomainKit.LanguageServer.Workspace;

/// <summary>A compiled project with what the features ask of it, each made once per compilation: the symbols, the lines of each file.</summary>
internal sealed class ProjectView(CompiledProject compiled)
{
    private readonly Dictionary<string, TextLines> _lines = new(StringComparer.Ordinal);
    private SymbolIndex? _symbols;

    public CompiledProject Compiled { get; } = compiled;

    public SymbolIndex Symbols => _symbols ??= new SymbolIndex(Compiled.Parsed);

    public TextLines LinesOf(string path)
    {
        if (!_lines.TryGetValue(path, out var lines))
            _lines[path] = lines = new TextLines(Compiled.Texts.TryGetValue(path, out var text) ? text : "");
        return lines;
    }
}
