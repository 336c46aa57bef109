using System.Net;
using System.Text;

namespace DomainKit.Docs;

/// <summary>Text made safe for HTML, and the frame every page shares: header, search box, stylesheet and scripts.</summary>
internal static class Html
{
    public static string Text(string text) => WebUtility.HtmlEncode(text);

    public static string Attribute(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A whole page; <paramref name="root"/> is the way back to the site's root from it (<c>""</c> or <c>"../"</c>).</summary>
    public static string Page(string title, string root, string siteTitle, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(Text(title)).Append(" · ").Append(Text(siteTitle)).Append("</title>\n");
        page.Append("<link rel=\"icon\" href=\"data:,\">\n");
        page.Append("<link rel=\"stylesheet\" href=\"").Append(root).Append("style.css\">\n");
        page.Append("<script src=\"").Append(root).Append("search-index.js\" defer></script>\n");
        page.Append("<script src=\"").Append(root).Append("search.js\" defer></script>\n");
        page.Append("</head>\n<body data-root=\"").Append(root).Append("\">\n<header>\n");
        page.Append("<a class=\"home\" href=\"").Append(root).Append("index.html\">").Append(Text(siteTitle)).Append("</a>\n");
        page.Append("<div class=\"search\"><input id=\"search\" type=\"search\" placeholder=\"Search types and fields\" autocomplete=\"off\" aria-label=\"Search types and fields\">");
        page.Append("<ul id=\"search-results\" hidden></ul></div>\n</header>\n<main>\n");
        page.Append(body);
        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>A <c>doc:</c> text as paragraphs (blank lines part them).</summary>
    public static string Doc(string? doc)
    {
        if (string.IsNullOrWhiteSpace(doc)) return "";
        var paragraphs = doc.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(paragraphs.Select(p => "<p class=\"doc\">" + Text(p) + "</p>\n"));
    }

    public static string Deprecated(string? message) => message is null
        ? ""
        : "<p class=\"deprecated\"><strong>Deprecated</strong>" + (message.Length > 0 ? ": " + Text(message) : "") + "</p>\n";
}
