using DomainKit.Generators.Host;
using DomainKit.Generators.Tests.Infrastructure;

namespace DomainKit.Generators.Tests.Catalog;

/// <summary>docs/architecture.md names every file of the schema compiler, the generator's host, the language server and the docs generator, every step of the pipeline, and nothing that is gone.</summary>
public class ArchitectureDocTests
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));

    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "architecture.md"));

    public static TheoryData<string> GeneratorFiles() => new(
        new[] { Path.Combine("generators", "DomainKit.Schema"), Path.Combine("generators", "DomainKit.Generators", "Host"), Path.Combine("src", "DomainKit.LanguageServer"), Path.Combine("src", "DomainKit.Docs") }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(GeneratorFiles))]
    public void Every_file_of_the_compiler_the_host_and_the_server_is_named(string file) =>
        Assert.True(Doc.Contains($"`{file}`", StringComparison.Ordinal) || Doc.Contains($"{file}.cs", StringComparison.Ordinal),
            $"docs/architecture.md does not say where {file}.cs stands");

    [Fact]
    public void Every_pipeline_step_is_in_the_diagram() =>
        Assert.All(CachingAssert.AllTrackedSteps, step => Assert.Contains(step, Doc));

    [Fact]
    public void Every_file_path_it_names_exists()
    {
        var paths = System.Text.RegularExpressions.Regex.Matches(Doc, @"`((?:[\w.-]+/)+[\w.-]+\.(?:cs|md|json|yaml))`")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(
            File.Exists(Path.Combine(RepositoryRoot, path)) || File.Exists(Path.Combine(RepositoryRoot, "generators", "DomainKit.Schema", path))
            || File.Exists(Path.Combine(RepositoryRoot, "generators", "DomainKit.Generators", path)),
            $"{path} does not exist"));
    }

    private static string ThisDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
