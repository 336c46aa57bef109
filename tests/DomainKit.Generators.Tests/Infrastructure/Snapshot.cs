using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace DomainKit.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions following Verify's conventions, small enough to swap for Verify later:
/// <c>{TestClass}.{TestMethod}.{name}.verified.cs</c> beside the test file, a <c>.received.cs</c>
/// written on mismatch, a unified diff in the failure, and <c>DOMAINKIT_ACCEPT_SNAPSHOTS=1</c> to accept.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "DOMAINKIT_ACCEPT_SNAPSHOTS";

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>Matches every generated source of a run, one snapshot per hint name; stale snapshots fail too.</summary>
    public static void MatchGenerated(GeneratorDriverRunResult result, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var sources = result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sources);
        var failures = new List<string>();
        foreach (var source in sources)
        {
            var name = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName[..^3] : source.HintName;
            if (Compare(ScrubVersion(source.SourceText.ToString()), name, ".cs", testFile, test) is { } failure) failures.Add(failure);
        }
        var expected = sources.Select(s => SnapshotPath(testFile, test, s.HintName[..^3], ".cs")).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in ExistingSnapshots(testFile, test).Where(p => !expected.Contains(p)))
        {
            if (Accepting) File.Delete(stale);
            else failures.Add($"Stale snapshot (nothing generates it any more): {Path.GetFileName(stale)}");
        }
        if (failures.Count > 0) throw new XunitException(string.Join("\n\n", failures));
    }

    /// <summary>Matches one text against <c>{TestClass}.{TestMethod}.{name}.verified{extension}</c>.</summary>
    public static void Match(string actual, string name, string extension = ".txt", [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        if (Compare(actual, name, extension, testFile, test) is { } failure) throw new XunitException(failure);
    }

    private static string? Compare(string actual, string name, string extension, string testFile, string test)
    {
        actual = Normalize(actual);
        var verified = SnapshotPath(testFile, test, name, extension);
        var received = verified.Replace(".verified", ".received", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return null;
        }
        if (Accepting)
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return null;
        }
        File.WriteAllText(received, actual);
        return expected is null
            ? $"New snapshot {Path.GetFileName(verified)}: review {Path.GetFileName(received)}, then rename it or run with {AcceptVariable}=1."
            : $"Snapshot {Path.GetFileName(verified)} differs (received written beside it; {AcceptVariable}=1 accepts):\n{UnifiedDiff(expected, actual)}";
    }

    private static string SnapshotPath(string testFile, string test, string name, string extension) =>
        Path.Combine(Path.GetDirectoryName(testFile)!, $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.{name}.verified{extension}");

    private static IEnumerable<string> ExistingSnapshots(string testFile, string test) =>
        Directory.GetFiles(Path.GetDirectoryName(testFile)!, $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.*.verified.cs");

    /// <summary>The generator's version in <c>[GeneratedCode]</c>, replaced so that a release does not rewrite every snapshot.</summary>
    public static string ScrubVersion(string generated) =>
        generated.Replace($"GeneratedCode(\"DomainKit\", \"{GeneratorVersion}\")", "GeneratedCode(\"DomainKit\", \"{version}\")", StringComparison.Ordinal);

    private static readonly string GeneratorVersion =
        typeof(DomainKit.Generators.Host.DomainKitGenerator).Assembly.GetName().Version!.ToString(3);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Changed lines with two lines of context, in unified-diff style.</summary>
    public static string UnifiedDiff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++) show[j] = true;
        }
        var builder = new StringBuilder("--- verified\n+++ received\n");
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                if (i > 0 && show[i - 1]) builder.Append("@@\n");
                continue;
            }
            var marker = lines[i].Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' };
            builder.Append(marker).Append(lines[i].Text).Append('\n');
        }
        return builder.ToString();
    }
}
