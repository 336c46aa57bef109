using DomainKit.Testing;

namespace DomainKit.Generators.Tests.Snapshots;

/// <summary>DomainKit.Testing's snapshot conventions, on a throwaway folder standing for a test's own.</summary>
public sealed class SnapshotPackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("domainkit-snapshots-").FullName;

    private string TestFile => Path.Combine(_folder, "SomeTests.cs");

    private static KeyValuePair<string, string>[] Sources(params (string Hint, string Text)[] files) =>
        files.Select(f => KeyValuePair.Create(f.Hint, f.Text)).ToArray();

    [Fact]
    public void A_new_snapshot_is_written_as_received_and_fails_until_it_is_verified()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(() => GeneratedCode.MatchSourceSnapshots(Sources(("N.A.g.cs", "class A {}\n")), TestFile, "T"));
        Assert.Contains("New snapshot SomeTests.T.N.A.g.verified.cs", failure.Message, StringComparison.Ordinal);
        var received = Path.Combine(_folder, "SomeTests.T.N.A.g.received.cs");
        Assert.Equal("class A {}\n", File.ReadAllText(received));

        File.Move(received, Path.Combine(_folder, "SomeTests.T.N.A.g.verified.cs"));
        GeneratedCode.MatchSourceSnapshots(Sources(("N.A.g.cs", "class A {}\n")), TestFile, "T");
    }

    [Fact]
    public void A_difference_fails_with_a_unified_diff_and_a_stale_snapshot_fails_too()
    {
        File.WriteAllText(Path.Combine(_folder, "SomeTests.T.N.A.g.verified.cs"), "line 1\nline 2\nline 3\n");
        File.WriteAllText(Path.Combine(_folder, "SomeTests.T.N.Gone.g.verified.cs"), "old\n");
        var failure = Assert.Throws<SnapshotMismatchException>(() => GeneratedCode.MatchSourceSnapshots(Sources(("N.A.g.cs", "line 1\nline two\nline 3\n")), TestFile, "T"));
        Assert.Contains("--- verified\n+++ received\n line 1\n-line 2\n+line two\n line 3\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Stale snapshot (nothing generates it any more): SomeTests.T.N.Gone.g.verified.cs", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_version_is_scrubbed()
    {
        File.WriteAllText(Path.Combine(_folder, "SomeTests.T.N.A.g.verified.cs"), "[GeneratedCode(\"DomainKit\", \"{version}\")]\n");
        GeneratedCode.MatchSourceSnapshots(Sources(("N.A.g.cs", "[GeneratedCode(\"DomainKit\", \"9.8.7\")]\n")), TestFile, "T");
    }

    [Fact]
    public void Schemas_with_errors_fail_with_their_located_diagnostics()
    {
        var schemas = Directory.CreateDirectory(Path.Combine(_folder, "schema")).FullName;
        File.WriteAllText(Path.Combine(schemas, "broken.yaml"), "types:\n  A:\n    fields:\n      b: Nope\n");
        var failure = Assert.Throws<SnapshotMismatchException>(() => GeneratedCode.MatchFolderSnapshots(schemas, "N", TestFile, "T"));
        Assert.Contains("broken.yaml(4,10): error DK0005: Unknown type 'Nope'", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
