using DomainKit.Schema.Model;

namespace DomainKit.Docs;

/// <summary>Where each page of the site lives, relative to its root; pages below the root reach it with <c>../</c>.</summary>
internal sealed class SitePaths(string schemaFolder)
{
    public const string Index = "index.html";
    public const string Changes = "changes.html";

    public static string Type(TypeSpec type) => Type(type.FullName);

    /// <summary>A type's page by its C# full name (<c>global::Diplomacy.Domain.Mission</c>).</summary>
    public static string Type(string fullName) => "types/" + fullName.Replace("global::", "", StringComparison.Ordinal) + ".html";

    /// <summary>A diagram node's page: its type's, or its union's at the variant.</summary>
    public static string Node(DiagramNode node) => node.Union is null
        ? Type(node.Id)
        : Type(node.Id[..node.Id.LastIndexOf('.')]) + "#variant-" + node.Name;

    public static string Namespace(string name) => "namespaces/" + (name.Length == 0 ? "global" : name) + ".html";

    /// <summary>A schema file's page: its path from the schema folder, every character but letters, digits, '.', '-' and '_' as '_' (safe in a link).</summary>
    public string File(string path) => "files/" + string.Concat(FileName(path).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')) + ".html";

    /// <summary>A schema file's path from the schema folder, with forward slashes.</summary>
    public string FileName(string path) => System.IO.Path.GetRelativePath(schemaFolder, path).Replace('\\', '/');
}
