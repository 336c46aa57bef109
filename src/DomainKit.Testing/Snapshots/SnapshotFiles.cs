namespace DomainKit.Testing;

/// <summary>
/// Verify's conventions: <c>{TestClass}.{TestMethod}.{name}.verified{extension}</c> beside the test file; on a
/// difference a <c>.received</c> file beside it and a unified diff in the failure; <c>DOMAINKIT_ACCEPT_SNAPSHOTS=1</c>
/// accepts what was received.
/// </summary>
internal static class SnapshotFiles
{
    public const string AcceptVariable = "DOMAINKIT_ACCEPT_SNAPSHOTS";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>Null when the text matches (or was accepted); else what is wrong.</summary>
    public static string? Compare(string actual, string name, string extension, string testFile, string test)
    {
        actual = Normalize(actual);
        var verified = PathOf(testFile, test, name, extension);
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
            : $"Snapshot {Path.GetFileName(verified)} differs (received written beside it; {AcceptVariable}=1 accepts):\n{UnifiedDiff.Of(expected, actual)}";
    }

    public static string PathOf(string testFile, string test, string name, string extension) =>
        Path.Combine(Path.GetDirectoryName(testFile)!, $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.{name}.verified{extension}");

    /// <summary>The verified files of one test with this extension.</summary>
    public static IEnumerable<string> Existing(string testFile, string test, string extension) =>
        Directory.GetFiles(Path.GetDirectoryName(testFile)!, $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.*.verified{extension}");

    public static void Fail(List<string> failures)
    {
        if (failures.Count > 0) throw new SnapshotMismatchException(string.Join("\n\n", failures));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
