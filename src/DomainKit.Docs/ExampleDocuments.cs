using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using DomainKit.Schema.Model;
using DomainKit.Testing;

namespace DomainKit.Docs;

/// <summary>
/// A document of each type, drawn by the testing package's generator from the same model, with the type's rules forced
/// to hold: seeded by the type's name, so a page shows the same example on every build and machine.
/// </summary>
internal sealed class ExampleDocuments(DomainModel model)
{
    /// <summary>More records than this in one example make a page nobody reads (and cost the most to draw).</summary>
    public const int RecordLimit = 60;

    private readonly InstanceFactory _factory = new(model, new Dictionary<string, IReadOnlyList<JsonScalar>>(StringComparer.Ordinal), RecordLimit);

    /// <summary>The example as indented JSON, or why there is none.</summary>
    public (string? Json, string? Missing) Of(TypeSpec type)
    {
        try
        {
            var tree = _factory.Candidate(new PCG(1, Seed(type.FullName)), type);
            var buffer = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
            {
                tree.Write(writer);
            }
            return (System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), null);
        }
        catch (Exception e) when (e is GenerationException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return (null, e.Message);
        }
    }

    // FNV-1a of the name: the same on every machine and run, unlike string.GetHashCode.
    private static ulong Seed(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
