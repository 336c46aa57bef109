using System.Text;
using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>The index (the whole domain), and a page per namespace and per schema file: a diagram and the types.</summary>
internal static class OverviewPages
{
    public static string Index(DocsContext site, bool hasChanges)
    {
        var types = site.Graph.Types;
        var body = new StringBuilder("<h1>").Append(Html.Text(site.Title)).Append("</h1>\n");
        body.Append("<p class=\"where\">").Append(types.Count).Append(" types in ").Append(types.Select(t => t.Namespace).Distinct().Count()).Append(" namespace(s) and ")
            .Append(types.Select(t => t.SourceFile).Distinct().Count()).Append(" schema file(s): ").Append(Counts(types)).Append(".</p>\n");
        if (hasChanges) body.Append("<p><a href=\"").Append(SitePaths.Changes).Append("\">Changes since the baseline</a></p>\n");
        body.Append("<h2 id=\"diagram\">The domain</h2>\n").Append(Diagrams.Figure(site.Graph, _ => true, site.Title, ""));
        body.Append("<h2 id=\"namespaces\">Namespaces</h2>\n<ul>\n");
        foreach (var group in types.GroupBy(t => t.Namespace))
        {
            body.Append("<li><a href=\"").Append(SitePaths.Namespace(group.Key)).Append("\">").Append(Html.Text(TypePage.NamespaceText(group.Key))).Append("</a> <span class=\"muted\">")
                .Append(group.Count()).Append(" types</span></li>\n");
        }
        body.Append("</ul>\n<h2 id=\"files\">Schema files</h2>\n<ul>\n");
        foreach (var group in types.GroupBy(t => t.SourceFile).OrderBy(g => site.Paths.FileName(g.Key), StringComparer.Ordinal))
        {
            body.Append("<li><a href=\"").Append(site.Paths.File(group.Key)).Append("\">").Append(Html.Text(site.Paths.FileName(group.Key))).Append("</a> <span class=\"muted\">")
                .Append(string.Join(", ", group.Select(t => t.Name))).Append("</span></li>\n");
        }
        body.Append("</ul>\n<h2 id=\"types\">Types</h2>\n").Append(TypeList(types, ""));
        return Html.Page("Index", "", site.Title, body.ToString());
    }

    public static string Namespace(DocsContext site, string ns)
    {
        var types = site.Graph.Types.Where(t => t.Namespace == ns).ToList();
        var body = new StringBuilder("<h1>").Append(Html.Text(TypePage.NamespaceText(ns))).Append("<span class=\"kind\">namespace</span></h1>\n");
        body.Append("<p class=\"where\">").Append(Counts(types)).Append(".</p>\n");
        body.Append("<h2 id=\"diagram\">Diagram</h2>\n").Append(Diagrams.Figure(site.Graph, n => n.Namespace == ns, TypePage.NamespaceText(ns), "../"));
        body.Append("<h2 id=\"types\">Types</h2>\n").Append(TypeList(types, "../"));
        return Html.Page(TypePage.NamespaceText(ns), "../", site.Title, body.ToString());
    }

    public static string File(DocsContext site, string file)
    {
        var types = site.Graph.Types.Where(t => t.SourceFile == file).ToList();
        var name = site.Paths.FileName(file);
        var body = new StringBuilder("<h1>").Append(Html.Text(name)).Append("<span class=\"kind\">schema file</span></h1>\n");
        body.Append("<p class=\"where\">").Append(Counts(types)).Append(".</p>\n");
        body.Append("<h2 id=\"diagram\">Diagram</h2>\n").Append(Diagrams.Figure(site.Graph, n => n.File == file, name, "../"));
        body.Append("<h2 id=\"types\">Types</h2>\n").Append(TypeList(types, "../"));
        return Html.Page(name, "../", site.Title, body.ToString());
    }

    private static string TypeList(IEnumerable<TypeSpec> types, string root)
    {
        var list = new StringBuilder("<ul class=\"types\">\n");
        foreach (var type in types)
        {
            list.Append("<li><a href=\"").Append(root).Append(SitePaths.Type(type)).Append("\">").Append(Html.Text(type.Name)).Append("</a> <span class=\"muted\">")
                .Append(type.Kind.ToString().ToLowerInvariant()).Append("</span></li>\n");
        }
        return list.Append("</ul>\n").ToString();
    }

    private static string Counts(IReadOnlyCollection<TypeSpec> types) => string.Join(", ", types.GroupBy(t => t.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Plural(g.Key, g.Count())}"));

    private static string Plural(TypeKind kind, int count) => kind switch
    {
        TypeKind.Record => count == 1 ? "record" : "records",
        TypeKind.Union => count == 1 ? "union" : "unions",
        TypeKind.Value => count == 1 ? "value type" : "value types",
        _ => count == 1 ? "enum" : "enums",
    };
}
