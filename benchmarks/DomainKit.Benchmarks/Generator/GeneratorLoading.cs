using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DomainKit.Benchmarks.Generator;

/// <summary>Loads source generators from their dlls, as the compiler does.</summary>
internal static class GeneratorLoading
{
    public static ISourceGenerator DomainKit()
    {
        var root = RepositoryRoot();
        var dll = Path.Combine(root, "generators", "DomainKit.Generators", "bin", "Release", "netstandard2.0", "DomainKit.Generators.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("build the generator in Release first", dll);
        // The schema compiler it ships next to itself, as the compiler finds it in the analyzer folder.
        AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.Combine(Path.GetDirectoryName(dll)!, "DomainKit.Schema.dll"));
        return Load(dll).Single();
    }

    public static ISourceGenerator SystemTextJson()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = Path.GetFileName(runtime);
        var dotnet = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var dll = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref", version, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        return Load(dll).Single(g => g.GetGeneratorType().Name == "JsonSourceGenerator");
    }

    /// <summary>What a consumer compiles against: the framework's System assemblies and the DomainKit runtime.</summary>
    public static IEnumerable<MetadataReference> ConsumerReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(global::DomainKit.ValidationResult).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));

    /// <summary>A consumer with no code of its own, for the generator to run on.</summary>
    public static Microsoft.CodeAnalysis.CSharp.CSharpCompilation EmptyConsumer() =>
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("DomainKitInput", [], ConsumerReferences(),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static IEnumerable<ISourceGenerator> Load(string dll) =>
        new AnalyzerFileReference(dll, new Loader()).GetGenerators(LanguageNames.CSharp);

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DomainKit.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException("DomainKit.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
