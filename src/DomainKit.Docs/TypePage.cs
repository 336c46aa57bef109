using System.Text;
using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>
/// One type's page: its doc; fields (name, wire name, type linked to its page, presence, constraints in words,
/// deprecation); rules; a union's variants and tags; an enum's members; where the type is used; an example document.
/// </summary>
internal sealed class TypePage(DocsContext site, TypeSpec type)
{
    private const string Root = "../";

    public string Write()
    {
        var body = new StringBuilder();
        var kind = site.Graph.NodeById[type.FullName].KindText;
        body.Append("<h1 id=\"top\">").Append(Html.Text(type.Name)).Append("<span class=\"kind\">").Append(kind).Append("</span></h1>\n");
        body.Append("<p class=\"where\">namespace <a href=\"").Append(Root).Append(SitePaths.Namespace(type.Namespace)).Append("\">").Append(Html.Text(NamespaceText(type.Namespace))).Append("</a>")
            .Append(" · declared in <a href=\"").Append(Root).Append(site.Paths.File(type.SourceFile)).Append("\">").Append(Html.Text(site.Paths.FileName(type.SourceFile))).Append("</a>")
            .Append(" · C# <code>").Append(Html.Text(type.FullName.Replace("global::", "", StringComparison.Ordinal))).Append("</code></p>\n");
        body.Append(Html.Deprecated(type.Obsolete)).Append(Html.Doc(type.Doc));
        if (type.Kind is TypeKind.Record or TypeKind.Union)
            body.Append(Diagrams.Figure(site.Graph, n => n.Id == type.FullName || (n.Union == type.Name && n.Id.StartsWith(type.FullName + ".", StringComparison.Ordinal)), type.Name, Root));

        switch (type.Kind)
        {
            case TypeKind.Value:
                body.Append("<h2 id=\"value\">Value</h2>\n").Append(Fields([type.Wrapped!], "value", wrapped: true));
                break;
            case TypeKind.Enum:
                body.Append("<h2 id=\"members\">Members</h2>\n").Append(Members());
                break;
            case TypeKind.Union:
                body.Append("<h2 id=\"discriminator\">Discriminator</h2>\n<p>The property <code>").Append(Html.Text(type.Discriminator ?? "")).Append("</code> holds the variant's tag.</p>\n");
                if (type.Properties.Count > 0) body.Append("<h2 id=\"fields\">Fields of every variant</h2>\n").Append(Fields(type.Properties, "field"));
                body.Append(Rules(type.Rules, "rules", "Rules of every variant"));
                body.Append("<h2 id=\"variants\">Variants</h2>\n").Append(VariantTable());
                foreach (var variant in type.Variants) body.Append(Variant(variant));
                break;
            default:
                body.Append("<h2 id=\"fields\">Fields</h2>\n").Append(type.Properties.Count == 0 ? "<p class=\"muted\">None.</p>\n" : Fields(type.Properties, "field"));
                body.Append(Rules(type.Rules, "rules", "Rules"));
                break;
        }
        body.Append(UsedBy()).Append(Example());
        return Html.Page(type.Name, Root, site.Title, body.ToString());
    }

    public static string NamespaceText(string name) => name.Length == 0 ? "(global)" : name;

    private string Fields(IEnumerable<PropertySpec> properties, string anchor, bool wrapped = false)
    {
        var table = new StringBuilder("<table class=\"fields\">\n<tr><th>Field</th><th>Type</th><th>Presence</th><th>Constraints</th><th>About</th></tr>\n");
        foreach (var property in properties)
        {
            table.Append("<tr id=\"").Append(anchor).Append('-').Append(Html.Attribute(property.WireName)).Append("\"><td>");
            table.Append(wrapped ? "<code>Value</code>" : "<code>" + Html.Text(property.WireName) + "</code>");
            if (!wrapped && !string.Equals(property.PropertyName, property.WireName, StringComparison.OrdinalIgnoreCase))
                table.Append("<br><span class=\"muted\">C# ").Append(Html.Text(property.PropertyName)).Append("</span>");
            table.Append("</td><td>").Append(TypeLink(property.Type)).Append("</td><td>").Append(Presence(property)).Append("</td><td>");
            table.Append(string.Join("; ", property.Constraints.Select(c => Html.Text(ConstraintWords.Of(c)))));
            table.Append("</td><td>").Append(Html.Deprecated(property.Obsolete)).Append(Html.Doc(property.Doc));
            if (property.RenamedFrom.Count > 0) table.Append("<p class=\"muted\">Read also as ").Append(string.Join(", ", property.RenamedFrom.Select(n => "<code>" + Html.Text(n) + "</code>"))).Append(".</p>");
            table.Append("</td></tr>\n");
        }
        return table.Append("</table>\n").ToString();
    }

    private string Presence(PropertySpec property)
    {
        if (site.Model.DefaultOf(property) is { } value) return "default <code>" + Html.Text(value.JsonText()) + "</code>";
        if (property.IsRequired) return "required";
        return "optional";
    }

    /// <summary>The type as written, each declared type in it linked to its page.</summary>
    private string TypeLink(FieldTypeSpec type)
    {
        var written = Html.Text(TypeNames.Schema(type));
        if (DomainGraph.Target(type)?.Target is not { } target || !site.Graph.NodeById.ContainsKey(target)) return "<code>" + written + "</code>";
        var name = Html.Text(TypeNames.Short(target));
        var at = written.LastIndexOf(name, StringComparison.Ordinal);
        return "<code>" + written[..at] + "<a href=\"" + Root + SitePaths.Type(target) + "\">" + name + "</a>" + written[(at + name.Length)..] + "</code>";
    }

    private string Rules(IEnumerable<RuleSpec> rules, string anchor, string heading)
    {
        var list = rules.ToList();
        if (list.Count == 0) return "";
        var table = new StringBuilder("<h2 id=\"").Append(anchor).Append("\">").Append(heading).Append("</h2>\n<table class=\"rules\">\n<tr><th>Rule</th><th>Code</th><th>Path</th><th>Message</th></tr>\n");
        foreach (var rule in list)
        {
            foreach (var outcome in rule.Outcomes)
            {
                table.Append("<tr><td><code>").Append(Html.Text(rule.Text)).Append("</code></td><td><code>").Append(Html.Text(rule.Code)).Append("</code></td><td><code>")
                    .Append(Html.Text(outcome.Pointer.Length == 0 ? "(the record)" : outcome.Pointer)).Append("</code></td><td>").Append(Html.Text(outcome.Message)).Append("</td></tr>\n");
            }
        }
        return table.Append("</table>\n").ToString();
    }

    private string Members() => Choices(
        "members",
        "<th>Member</th><th>On the wire</th>",
        type.Members.Select(m => (" id=\"member-" + Html.Attribute(m.WireName) + "\"", "<code>" + Html.Text(m.Name) + "</code>", m.WireName, m.Obsolete, m.Doc)));

    private string VariantTable() => Choices(
        "variants",
        "<th>Variant</th><th>Tag</th>",
        type.Variants.Select(v => ("", "<a href=\"#variant-" + Html.Attribute(v.Name) + "\">" + Html.Text(v.Name) + "</a>", v.Tag, v.Obsolete, v.Doc)));

    // An enum's members or a union's variants: a name, what stands on the wire, and its deprecation and doc.
    private static string Choices(string cssClass, string headings, IEnumerable<(string RowId, string Name, string Wire, string? Obsolete, string? Doc)> choices)
    {
        var table = new StringBuilder("<table class=\"").Append(cssClass).Append("\">\n<tr>").Append(headings).Append("<th>About</th></tr>\n");
        foreach (var (rowId, name, wire, obsolete, doc) in choices)
        {
            table.Append("<tr").Append(rowId).Append("><td>").Append(name).Append("</td><td><code>\"").Append(Html.Text(wire)).Append("\"</code></td><td>")
                .Append(Html.Deprecated(obsolete)).Append(Html.Doc(doc)).Append("</td></tr>\n");
        }
        return table.Append("</table>\n").ToString();
    }

    private string Variant(VariantSpec variant)
    {
        var section = new StringBuilder("<h3 id=\"variant-").Append(Html.Attribute(variant.Name)).Append("\">").Append(Html.Text(variant.Name))
            .Append(" <span class=\"muted\">tag <code>\"").Append(Html.Text(variant.Tag)).Append("\"</code></span></h3>\n");
        section.Append(Html.Deprecated(variant.Obsolete)).Append(Html.Doc(variant.Doc));
        section.Append(variant.Properties.Count == 0 ? "<p class=\"muted\">No fields of its own.</p>\n" : Fields(variant.Properties, variant.Name + "-field"));
        return section.Append(Rules(variant.Rules, variant.Name + "-rules", "Rules of " + variant.Name)).ToString();
    }

    private string UsedBy()
    {
        var uses = site.Usages[type.FullName].ToList();
        var section = new StringBuilder("<h2 id=\"used-by\">Used by</h2>\n");
        if (uses.Count == 0) return section.Append("<p class=\"muted\">No field of this domain names it.</p>\n").ToString();
        section.Append("<ul class=\"used-by\">\n");
        foreach (var use in uses)
        {
            var anchor = use.Variant is null ? "field-" : use.Variant.Name + "-field-";
            section.Append("<li><a href=\"").Append(Root).Append(SitePaths.Type(use.Type)).Append('#').Append(anchor).Append(Html.Attribute(use.Field.WireName)).Append("\">")
                .Append(Html.Text(use.Type.Name + (use.Variant is null ? "" : "." + use.Variant.Name) + "." + use.Field.WireName)).Append("</a> <code>")
                .Append(Html.Text(TypeNames.Schema(use.Field.Type))).Append("</code>").Append(use.IsReference ? " <span class=\"muted\">(its key)</span>" : "").Append("</li>\n");
        }
        return section.Append("</ul>\n").ToString();
    }

    private string Example()
    {
        var (json, missing) = site.Examples.Of(type);
        var section = new StringBuilder("<h2 id=\"example\">Example</h2>\n");
        if (json is null) return section.Append("<p class=\"muted\">No example could be drawn: ").Append(Html.Text(missing ?? "")).Append("</p>\n").ToString();
        return section.Append("<p class=\"muted\">Drawn by DomainKit.Testing's generator, seeded by the type's name.</p>\n<pre><code class=\"json\">")
            .Append(Html.Text(json)).Append("</code></pre>\n").ToString();
    }
}
