using DomainKit.Testing;

namespace DomainKit.Benchmarks.LanguageServer;

/// <summary>The 1,000-type synthetic domain of <c>tests/Shared</c> written out as a project folder: a project file and schema/part{n}.yaml.</summary>
internal sealed class SyntheticWorkspace : IDisposable
{
    public SyntheticWorkspace(SyntheticDomain domain)
    {
        Domain = domain;
        Folder = Path.Combine(Path.GetTempPath(), "domainkit-lsp-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "schema"));
        File.WriteAllText(Path.Combine(Folder, "Synthetic.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><RootNamespace>Synthetic</RootNamespace></PropertyGroup></Project>");
        foreach (var (path, text) in domain.Schemas()) File.WriteAllText(Path.Combine(Folder, path), text);
    }

    public SyntheticDomain Domain { get; }

    public string Folder { get; }

    public string PathOf(int file) => Path.Combine(Folder, SyntheticDomain.Path(file));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
