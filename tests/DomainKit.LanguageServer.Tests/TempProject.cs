namespace DomainKit.LanguageServer.Tests;

/// <summary>A project folder on disk, as a user's: a project file, the example schemas (or given ones), optionally a baseline.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(IEnumerable<(string Name, string Text)>? schemas = null, IEnumerable<(string Name, string Text)>? baseline = null, string projectProperties = "")
    {
        Folder = Path.Combine(Path.GetTempPath(), "domainkit-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "schema"));
        File.WriteAllText(Path.Combine(Folder, "Diplomacy.csproj"), $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><RootNamespace>Diplomacy</RootNamespace>{projectProperties}</PropertyGroup></Project>");
        foreach (var (name, text) in schemas ?? ExampleSchemas()) File.WriteAllText(SchemaPath(name), text);
        if (baseline is null) return;
        Directory.CreateDirectory(Path.Combine(Folder, "schema-baseline"));
        foreach (var (name, text) in baseline) File.WriteAllText(Path.Combine(Folder, "schema-baseline", name), text);
    }

    public string Folder { get; }

    public string SchemaPath(string name) => Path.Combine(Folder, "schema", name);

    public string BaselinePath(string name) => Path.Combine(Folder, "schema-baseline", name);

    public static (string Name, string Text)[] ExampleSchemas() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "schema"), "*.yaml")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();

    public static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", name));

    /// <summary>Where <paramref name="marker"/> stands in <paramref name="text"/> (the first time), plus <paramref name="offset"/> characters.</summary>
    public static Position PositionOf(string text, string marker, int offset = 0)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' is not in the text");
        at += offset;
        var line = text[..at].Count(c => c == '\n');
        return new Position(line, at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }
}
