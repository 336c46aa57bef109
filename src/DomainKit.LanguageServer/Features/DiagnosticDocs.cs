using System.IO;

namespace DomainKit.LanguageServer.Features;

/// <summary>
/// <c>docs/diagnostics.md</c>, shipped beside the server: each DK id's link (its section) and explanation (the
/// section's text), so that a hover explains a diagnostic in the words of the documentation.
/// </summary>
internal sealed class DiagnosticDocs
{
    private readonly Dictionary<string, string> _sections = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _uri;

    public DiagnosticDocs(string path)
    {
        _uri = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        if (!File.Exists(path)) return;
        string? id = null;
        var text = new System.Text.StringBuilder();
        foreach (var line in File.ReadLines(path).Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (id is not null) _sections[id] = text.ToString().Trim();
                id = line[3..].Trim();
                text.Clear();
            }
            else if (id is not null) text.AppendLine(line);
        }
    }

    /// <summary>The documentation shipped with the server: <c>docs/diagnostics.md</c> in its folder.</summary>
    public static DiagnosticDocs Shipped { get; } = new(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md"));

    public string Link(string id) => _uri + "#" + id.ToLowerInvariant();

    public string? Explanation(string id) => _sections.TryGetValue(id, out var text) && text.Length > 0 ? text : null;
}
