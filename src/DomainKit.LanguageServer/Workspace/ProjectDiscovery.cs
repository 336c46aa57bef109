using System.IO;
using System.Xml.Linq;
using DomainKit.Schema.Evolution;
using DomainKit.Schema.Parsing;

namespace DomainKit.LanguageServer.Workspace;

/// <summary>
/// Finds what the build would see under a workspace folder: each folder with a <c>*.csproj</c> is a project whose
/// schemas are <c>schema/**/*.yaml|yml</c> and whose baseline is <c>DomainKitBaseline</c>'s folder
/// (<c>schema-baseline</c>); a workspace folder with a <c>schema</c> folder but no project file is a project too.
/// </summary>
internal static class ProjectDiscovery
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs", ".vscode" };

    public static IEnumerable<ProjectSettings> Find(string root)
    {
        if (!Directory.Exists(root)) yield break;
        var rootHasProject = false;
        foreach (var folder in Folders(root))
        {
            var project = Directory.EnumerateFiles(folder, "*.csproj").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
            if (project is null) continue;
            rootHasProject |= folder == root;
            yield return Read(project);
        }
        if (!rootHasProject && Directory.Exists(Path.Combine(root, "schema"))) yield return ProjectSettings.Loose(root);
    }

    /// <summary>The settings a project file gives: properties and schema items set in it, the package's defaults otherwise.</summary>
    public static ProjectSettings Read(string projectFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(projectFile))!;
        var document = Load(projectFile);
        var properties = Properties(document);
        string? Get(string name) => properties.TryGetValue(name, out var value) && value.Trim().Length > 0 ? value.Trim() : null;
        var ns = Get("DomainKitNamespace") ?? Get("RootNamespace") ?? Path.GetFileNameWithoutExtension(projectFile);
        var baseline = Path.Combine(folder, Get("DomainKitBaseline") ?? "schema-baseline");
        var patterns = SchemaItems(document);
        if (!string.Equals(Get("DomainKitDefaultSchemas"), "false", StringComparison.OrdinalIgnoreCase)) patterns.Insert(0, ProjectSettings.DefaultSchemas);
        return new ProjectSettings(folder, ns, baseline, CompatibilitySetting.Parse(Get("DomainKitCompatibility")))
        {
            SchemaPatterns = string.Join(";", patterns),
        };
    }

    /// <summary>The schema files and the baseline files of a project, each sorted; a baseline file is never a schema file too.</summary>
    public static (IReadOnlyList<string> Schemas, IReadOnlyList<string> Baseline) Files(ProjectSettings settings)
    {
        var baseline = SchemaFiles.In(settings.BaselineFolder);
        var schemas = Glob.Expand(settings.Folder, settings.SchemaPatterns).Except(baseline, StringComparer.Ordinal).ToList();
        return (schemas, baseline);
    }

    /// <summary><c>AdditionalFiles</c> items that are schemas: YAML ones, or marked <c>DomainKitSchema="true"</c>.</summary>
    private static List<string> SchemaItems(XDocument? document)
    {
        var items = new List<string>();
        foreach (var item in document?.Descendants().Where(e => e.Name.LocalName == "AdditionalFiles") ?? [])
        {
            var include = item.Attribute("Include")?.Value;
            var flag = item.Attribute("DomainKitSchema")?.Value ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == "DomainKitSchema")?.Value;
            if (include is null || string.Equals(flag, "false", StringComparison.OrdinalIgnoreCase) || string.Equals(flag, "baseline", StringComparison.OrdinalIgnoreCase)) continue;
            if (string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase) || include.Split(';').All(SchemaFiles.IsYaml)) items.Add(include);
        }
        return items;
    }

    private static XDocument? Load(string projectFile)
    {
        try
        {
            return XDocument.Load(projectFile);
        }
        catch (Exception e) when (e is IOException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            return null; // an unreadable project file: the package's defaults
        }
    }

    private static Dictionary<string, string> Properties(XDocument? document)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in document?.Root?.Elements().Where(e => e.Name.LocalName == "PropertyGroup") ?? [])
        {
            foreach (var property in group.Elements()) properties[property.Name.LocalName] = property.Value;
        }
        return properties;
    }

    private static IEnumerable<string> Folders(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            yield return folder;
            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateDirectories(folder).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var child in children.OrderByDescending(c => c, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(child);
                if (!Skipped.Contains(name) && !name.StartsWith('.')) pending.Push(child);
            }
        }
    }
}
