using System.Text;
using DomainKit.Schema;
using DomainKit.Schema.Evolution;
using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>
/// The changes since the baseline: what was added and removed (types, fields, members, variants), then every change the
/// compatibility check finds breaking, with the direction it breaks — the build's own check, run once per direction.
/// </summary>
internal static class ChangesPage
{
    public static string Write(DocsContext site, DocsInput input, IReadOnlyList<ParsedSchema> baseline)
    {
        var body = new StringBuilder("<h1>Changes since the baseline</h1>\n");
        var before = ProjectChecker.Check(baseline, input.DefaultNamespace).Types.GroupBy(t => t.FullName).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = site.Graph.Types.ToDictionary(t => t.FullName, StringComparer.Ordinal);

        var changes = new List<(string Type, string Change)>();
        foreach (var added in now.Keys.Except(before.Keys).Order(StringComparer.Ordinal)) changes.Add((added, "type added"));
        foreach (var removed in before.Keys.Except(now.Keys).Order(StringComparer.Ordinal)) changes.Add((removed, "type removed"));
        foreach (var (name, type) in now.Where(t => before.ContainsKey(t.Key)))
        {
            var old = before[name];
            Compare(changes, name, "field", Names(old.Properties), Names(type.Properties));
            Compare(changes, name, "member", old.Members.Select(m => m.WireName), type.Members.Select(m => m.WireName));
            Compare(changes, name, "variant", old.Variants.Select(v => v.Tag), type.Variants.Select(v => v.Tag));
            foreach (var variant in type.Variants.Where(v => old.Variants.Any(o => o.Tag == v.Tag)))
                Compare(changes, name, variant.Name + " field", Names(old.Variants.First(o => o.Tag == variant.Tag).Properties), Names(variant.Properties));
        }
        body.Append("<h2 id=\"added-removed\">Added and removed</h2>\n");
        if (changes.Count == 0) body.Append("<p class=\"muted\">No type, field, member or variant was added or removed.</p>\n");
        else
        {
            body.Append("<table>\n<tr><th>Type</th><th>Change</th></tr>\n");
            foreach (var (type, change) in changes)
            {
                var cell = now.ContainsKey(type) ? $"<a href=\"{SitePaths.Type(type)}\">{Html.Text(TypeNames.Short(type))}</a>" : Html.Text(TypeNames.Short(type));
                body.Append("<tr><td>").Append(cell).Append("</td><td>").Append(Html.Text(change)).Append("</td></tr>\n");
            }
            body.Append("</table>\n");
        }

        var backward = CompatibilityChecker.Run(baseline, input.Files, CompatibilityDirections.Backward);
        var forward = CompatibilityChecker.Run(baseline, input.Files, CompatibilityDirections.Forward);
        var breaks = backward.Select(d => (Diagnostic: d, Direction: "backward")).Concat(forward.Select(d => (Diagnostic: d, Direction: "forward")))
            .GroupBy(b => (b.Diagnostic.Definition.Id, b.Diagnostic.Span.FilePath, b.Diagnostic.Span.StartLine, b.Diagnostic.Span.StartColumn))
            .OrderBy(g => g.Key.FilePath, StringComparer.Ordinal).ThenBy(g => g.Key.StartLine).ThenBy(g => g.Key.StartColumn).ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .ToList();
        body.Append("<h2 id=\"breaking\">Breaking changes</h2>\n");
        if (breaks.Count == 0) body.Append("<p class=\"muted\">No change breaks backward or forward compatibility.</p>\n");
        else
        {
            body.Append("<p>Backward: documents written under the baseline are no longer read as they were. Forward: programs built from the baseline cannot read documents written now.</p>\n");
            body.Append("<table class=\"breaking\">\n<tr><th>Where</th><th>Code</th><th>Change</th><th>Breaks</th></tr>\n");
            foreach (var group in breaks)
            {
                var diagnostic = group.First().Diagnostic;
                var directions = string.Join(" and ", group.Select(b => b.Direction).Distinct());
                var where = diagnostic.Span.FilePath.Length == 0 ? "" : $"{site.Paths.FileName(diagnostic.Span.FilePath)}:{diagnostic.Span.StartLine + 1}:{diagnostic.Span.StartColumn + 1}";
                body.Append("<tr><td><code>").Append(Html.Text(where)).Append("</code></td><td><code>").Append(diagnostic.Definition.Id).Append("</code></td><td>")
                    .Append(Html.Text(Sentence(diagnostic.Message))).Append("</td><td>").Append(directions).Append("</td></tr>\n");
            }
            body.Append("</table>\n");
        }
        return Html.Page("Changes", "", site.Title, body.ToString());
    }

    private static IEnumerable<string> Names(IEnumerable<PropertySpec> properties) => properties.Select(p => p.WireName);

    private static void Compare(List<(string, string)> changes, string type, string what, IEnumerable<string> before, IEnumerable<string> now)
    {
        var (old, current) = (before.ToList(), now.ToList());
        foreach (var added in current.Except(old)) changes.Add((type, $"{what} '{added}' added"));
        foreach (var removed in old.Except(current)) changes.Add((type, $"{what} '{removed}' removed"));
    }

    // The message without the direction sentence the check appends: the table says the direction.
    private static string Sentence(string message)
    {
        var at = message.IndexOf("; this breaks", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
