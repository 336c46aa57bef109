using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>
/// The search box's data: every type, variant, field and enum member with its page, as a script that sets
/// <c>window.DOMAINKIT_SEARCH</c> (a script rather than JSON, so pages opened from disk read it without a server).
/// </summary>
internal static class SearchIndex
{
    public static string Write(IEnumerable<TypeSpec> types)
    {
        var entries = new List<(string Name, string Kind, string Url)>();
        foreach (var type in types)
        {
            var page = SitePaths.Type(type);
            entries.Add((type.Name, type.Kind.ToString().ToLowerInvariant(), page));
            entries.AddRange(type.Properties.Select(p => (type.Name + "." + p.WireName, "field", page + "#field-" + p.WireName)));
            entries.AddRange(type.Members.Select(m => (type.Name + "." + m.WireName, "member", page + "#member-" + m.WireName)));
            foreach (var variant in type.Variants)
            {
                entries.Add((type.Name + "." + variant.Name, "variant", page + "#variant-" + variant.Name));
                entries.AddRange(variant.Properties.Select(p => (type.Name + "." + variant.Name + "." + p.WireName, "field", page + "#" + variant.Name + "-field-" + p.WireName)));
            }
        }
        var text = new StringBuilder("window.DOMAINKIT_SEARCH = [\n");
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default };
        foreach (var (name, kind, url) in entries)
        {
            text.Append("  { \"name\": ").Append(JsonSerializer.Serialize(name, options)).Append(", \"kind\": \"").Append(kind)
                .Append("\", \"url\": ").Append(JsonSerializer.Serialize(url, options)).Append(" },\n");
        }
        return text.Append("];\n").ToString();
    }
}
