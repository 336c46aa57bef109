using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DomainKit.Runtime;

namespace DomainKit.Testing;

/// <summary>
/// A snapshot of a domain value as its canonical JSON — what its generated writer writes, indented — in
/// <c>{TestClass}.{TestMethod}.{name}.verified.json</c> beside the test: for tests of what an API or a pipeline produced.
/// </summary>
public static class ValueSnapshot
{
    /// <summary>Matches <paramref name="value"/>'s JSON with its verified file (same conventions as <see cref="GeneratedCode"/>).</summary>
    /// <typeparam name="T">A generated record or union.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="name">Tells apart several snapshots of one test.</param>
    /// <param name="testFile">The test's file: filled in by the compiler.</param>
    /// <param name="test">The test's name: filled in by the compiler.</param>
    public static void Match<T>(T value, string name = "value", [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
        where T : IJsonDocument<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        SnapshotFiles.Fail(SnapshotFiles.Compare(Json(value), name, ".json", testFile, test) is { } failure ? [failure] : []);
    }

    /// <summary>The canonical JSON of a value: its generated writer's output, indented with two spaces, ending in a line break.</summary>
    /// <typeparam name="T">A generated record or union.</typeparam>
    /// <param name="value">The value.</param>
    public static string Json<T>(T value)
        where T : IJsonDocument<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            value.WriteJson(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
