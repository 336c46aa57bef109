using DomainKit.Testing;

namespace DomainKit.Benchmarks.Generator;

/// <summary>
/// Two class libraries of the same synthetic domain: one from DomainKit schemas, one of equal hand-written
/// records with a System.Text.Json source-generated context. Both reference what they need as built
/// assemblies, so building one compiles that consumer and nothing else.
/// </summary>
public static class SyntheticConsumers
{
    public static void Write(string folder, int types, string yamlDotNet)
    {
        var domain = new SyntheticDomain(types, files: Math.Max(1, types / 10));
        var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var generator = Path.Combine(repository, "generators", "DomainKit.Generators", "bin", "Release", "netstandard2.0");
        var runtime = Path.Combine(repository, "src", "DomainKit", "bin", "Release", "net8.0", "DomainKit.dll");

        var domainKit = Directory.CreateDirectory(Path.Combine(folder, "DomainKitConsumer")).FullName;
        foreach (var (path, text) in domain.Schemas())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(domainKit, path))!);
            File.WriteAllText(Path.Combine(domainKit, path), text);
        }
        File.WriteAllText(Path.Combine(domainKit, "DomainKitConsumer.csproj"), Project($"""
              <ItemGroup>
                <AdditionalFiles Include="schema/**/*.yaml" />
                <Analyzer Include="{generator}/DomainKit.Generators.dll" />
                <Analyzer Include="{generator}/DomainKit.Schema.dll" />
                <Analyzer Include="{yamlDotNet}" />
                <Reference Include="{runtime}" />
              </ItemGroup>
            """));

        var stj = Directory.CreateDirectory(Path.Combine(folder, "StjConsumer")).FullName;
        File.WriteAllText(Path.Combine(stj, "Records.cs"), domain.CSharpRecords());
        File.WriteAllText(Path.Combine(stj, "StjConsumer.csproj"), Project(""));
        Console.WriteLine($"{domain.Types} types in {domain.Files} files: {domainKit}, {stj}");
    }

    private static string Project(string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <NoWarn>CS1591</NoWarn>
          </PropertyGroup>
        {items}
        </Project>
        """;
}
