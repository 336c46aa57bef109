using System.IO;
using DomainKit.Schema.Parsing;

namespace DomainKit.LanguageServer.Workspace;

/// <summary>
/// The projects of the workspace folders and the documents the client has open (whose text wins over the disk's).
/// A schema file outside every project is checked in a project of its own folder, with no namespace setting.
/// </summary>
internal sealed class SchemaWorkspace
{
    private readonly List<SchemaProject> _projects = new();
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _read;

    public SchemaWorkspace(Func<string, string?>? read = null) => _read = read ?? ReadDisk;

    public IReadOnlyList<SchemaProject> Projects => _projects;

    public int? VersionOf(string path) => _open.TryGetValue(path, out var version) ? version : null;

    /// <summary>Discovers the projects under a workspace folder and reads their files.</summary>
    public void AddFolder(string root)
    {
        foreach (var settings in ProjectDiscovery.Find(Path.GetFullPath(root)))
        {
            if (_projects.Any(p => p.Settings.Folder == settings.Folder)) continue;
            var project = new SchemaProject(settings);
            var (schemas, baseline) = ProjectDiscovery.Files(settings);
            foreach (var path in schemas) project.SetText(path, _read(path) ?? "");
            foreach (var path in baseline) project.SetText(path, _read(path) ?? "", baseline: true);
            _projects.Add(project);
        }
    }

    /// <summary>A project of given files, as the build of a project with those additional files (for tests and benchmarks).</summary>
    public SchemaProject AddProject(ProjectSettings settings, IEnumerable<(string Path, string Text)> schemas, IEnumerable<(string Path, string Text)>? baseline = null)
    {
        var project = new SchemaProject(settings);
        foreach (var (path, text) in schemas) project.SetText(path, text);
        foreach (var (path, text) in baseline ?? []) project.SetText(path, text, baseline: true);
        _projects.Add(project);
        return project;
    }

    /// <summary>The project a file belongs to; of several that read it (a sample reading the repository's schemas), the one nearest to it.</summary>
    public SchemaProject? ProjectOf(string path) => _projects
        .Where(p => p.Contains(path))
        .OrderByDescending(p => Under(path, p.Settings.Folder) ? p.Settings.Folder.Length : -1)
        .FirstOrDefault();

    public void Open(string path, string text, int version)
    {
        _open[path] = version;
        Place(path).SetText(path, text, IsBaselinePath(path));
    }

    public void Change(string path, IEnumerable<TextDocumentContentChangeEvent> changes, int version)
    {
        var project = Place(path);
        _open[path] = version;
        project.SetText(path, TextLines.Apply(project.TextOf(path) ?? "", changes), IsBaselinePath(path));
    }

    /// <summary>A closed document reverts to the disk's text; one that is not on disk leaves the workspace.</summary>
    public void Close(string path)
    {
        _open.Remove(path);
        Reload(path);
    }

    /// <summary>A file created, changed or deleted on disk; open documents keep the client's text.</summary>
    public void Reload(string path)
    {
        if (_open.ContainsKey(path) || !SchemaFiles.IsYaml(path)) return;
        var text = _read(path);
        if (text is null)
        {
            ProjectOf(path)?.Remove(path);
            return;
        }
        var owner = ProjectOf(path) ?? ProjectFolderOf(path);
        owner?.SetText(path, text, IsBaselinePath(path));
    }

    private SchemaProject Place(string path)
    {
        if ((ProjectOf(path) ?? ProjectFolderOf(path)) is { } project) return project;
        var loose = new SchemaProject(ProjectSettings.Loose(Path.GetDirectoryName(path) ?? ""));
        _projects.Add(loose);
        return loose;
    }

    /// <summary>The project whose schema or baseline folder holds a file the project has not read yet.</summary>
    private SchemaProject? ProjectFolderOf(string path) => _projects.FirstOrDefault(p =>
        Under(path, Path.Combine(p.Settings.Folder, "schema")) || Under(path, p.Settings.BaselineFolder));

    private bool IsBaselinePath(string path) =>
        ProjectOf(path) is { } owner ? owner.BaselinePaths.Contains(path) : _projects.Any(p => Under(path, p.Settings.BaselineFolder));

    private static bool Under(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? ReadDisk(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
