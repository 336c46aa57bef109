using DomainKit.Generators.Tests.Compiling;
using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Testing;

namespace DomainKit.Generators.Tests.Snapshots;

/// <summary>Small schemas that each pin down one part of the emitted shape; every one must also compile cleanly.</summary>
public class FocusedSnapshotTests
{
    [Fact]
    public void Every_primitive_with_a_default()
    {
        Verify("""
            namespace: Focus
            types:
              Defaults:
                doc: One field per primitive, each with a default.
                fields:
                  text: { type: string, default: "say \"hi\"\n" }
                  flag: { type: bool, default: true }
                  small: { type: int, default: -7 }
                  big: { type: long, default: 9007199254740993 }
                  money: { type: decimal, default: 79228162514264337593543950335 }
                  ratio: { type: double, default: 1e-3 }
                  whole: { type: double, default: 2 }
                  day: { type: date, default: '2025-02-27' }
                  at: { type: time, default: '09:30' }
                  moment: { type: datetime, default: '2025-02-27T10:00:00+03:00' }
                  span: { type: duration, default: '1.02:03:04.5' }
                  key: { type: guid, default: 8d3b2a4e-58c8-4a51-a1a2-5e5c6f3b9a10 }
                  link: { type: uri, default: 'https://example.org/talks?a=1&b=2' }
                  rank: { type: Level, default: high-level }
                  code: { type: Code, default: US }
                  missing: { type: string?, default: null }
              Level:
                enum: [low-level, high-level]
              Code:
                value: string
            """);
    }

    [Fact]
    public void Nested_collections_and_optionals()
    {
        Verify("""
            namespace: Focus
            types:
              Nested:
                fields:
                  grid: list<list<int>>
                  maybeItems: list<string?>
                  optionalList: list<int>?
                  byRegion: map<list<Item>>
                  tags: set<string>
                  optionalMap: map<Item?>?
              Item:
                value: guid
            """);
    }

    [Fact]
    public void Docs_are_escaped_and_deprecations_carry_their_message()
    {
        Verify("""
            namespace: Focus
            types:
              Old:
                doc: "Use <New> & friends.\nSecond line."
                deprecated: Replaced by New.
                fields:
                  a: { type: int?, doc: 'a < b && b > c', deprecated: true }
              Flags:
                deprecated: true
                enum:
                  Yes: "It's <yes>."
                  No:
            """);
    }

    [Fact]
    public void Every_constraint_has_its_validator()
    {
        // The schema the runtime validation tests in tests/DomainKit.Tests exercise.
        var path = Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "DomainKit.Tests", "schema", "constraints.yaml");
        Verify(File.ReadAllText(path));
    }

    [Fact]
    public void Global_namespace_when_no_namespace_is_known()
    {
        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.Files(("s.yaml", "types:\n  Plain:\n    fields:\n      ref: Other\n  Other:\n    enum: [A]\n")),
            GeneratorHarness.Options(rootNamespace: null));

        Assert.Empty(result.Diagnostics);
        GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
        GeneratedCode.MatchSourceSnapshots(GeneratorHarness.Sources(result));
    }

    [Theory]
    [InlineData("From.Option", "Root.Ns", null, "From.Option")]
    [InlineData(null, "Root.Ns", null, "Root.Ns")]
    [InlineData("From.Option", "Root.Ns", "From.File", "From.File")]
    public void Namespace_comes_from_the_file_then_DomainKitNamespace_then_RootNamespace(string? option, string? root, string? file, string expected)
    {
        var yaml = (file is null ? "" : $"namespace: {file}\n") + "types:\n  T:\n    enum: [A]\n";

        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Files(("s.yaml", yaml)), GeneratorHarness.Options(option, root));

        Assert.Equal($"{expected}.T.g.cs", result.Results.Single().GeneratedSources.Single().HintName);
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    private static void Verify(string yaml, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var (result, output) = GeneratorHarness.Run(("schema/focus.yaml", yaml));

        Assert.Empty(result.Diagnostics);
        GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
        GeneratedCode.MatchSourceSnapshots(GeneratorHarness.Sources(result), test: test);
    }
}
