using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// A union's discriminator and tags as its reader looks them up. <see cref="FindVariant"/> finds the
/// discriminator wherever it stands in the object: it scans a copy of the reader (the generated reader
/// holds the whole value), so the object is then read once, by the variant's reader.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonUnion
{
    private readonly byte[] _discriminator;
    private readonly byte[]? _plainDiscriminator;
    private readonly Utf8NameTable _tags;
    private readonly int[] _variants;
    private readonly string _unionName;
    private readonly string _discriminatorName;
    private readonly string _tagList;

    /// <param name="unionName">The union's schema name, for messages.</param>
    /// <param name="discriminator">The discriminator's wire name.</param>
    /// <param name="tags">Each variant's tag, in the order of the generated switch.</param>
    public JsonUnion(string unionName, string discriminator, string[] tags)
        : this(unionName, discriminator, tags, Array.Empty<string>(), Array.Empty<int>())
    {
    }

    /// <param name="unionName">The union's schema name, for messages.</param>
    /// <param name="discriminator">The discriminator's wire name.</param>
    /// <param name="tags">Each variant's tag, in the order of the generated switch.</param>
    /// <param name="renamedFrom">Tags variants had before (<c>renamedFrom</c>), read as the variant <paramref name="renamedVariants"/> names.</param>
    /// <param name="renamedVariants">For each old tag, the index of its variant.</param>
    public JsonUnion(string unionName, string discriminator, string[] tags, string[] renamedFrom, int[] renamedVariants)
    {
        _unionName = unionName;
        _discriminatorName = discriminator;
        _discriminator = Encoding.UTF8.GetBytes(discriminator);
        _plainDiscriminator = JsonPropertySet.IsPlain(discriminator) ? JsonPropertySet.Listed(discriminator) : null;
        _tags = new Utf8NameTable([.. tags, .. renamedFrom]);
        _variants = [.. System.Linq.Enumerable.Range(0, tags.Length), .. renamedVariants];
        _tagList = string.Join(", ", tags);
    }

    /// <summary>
    /// The index of the variant the object at the reader (a start-object token) names, or -1: the discriminator
    /// is missing (<c>required</c>), not a string (<c>type</c>) or no variant's tag (<c>variant</c>) — reported at
    /// its path, and the object skipped. <paramref name="discriminatorRead"/>: the discriminator was the object's first
    /// property and the reader now stands on its value, so the variant's reader goes on from there; otherwise the reader
    /// has not moved.
    /// </summary>
    public static int FindVariant(ref Utf8Input reader, JsonReadContext context, JsonUnion union, out bool discriminatorRead)
    {
        // Writers (DomainKit's among them) usually put the discriminator first: one comparison finds it, and it is read
        // once, where it stands (a name that does not match leaves the reader where it was).
        if (union._plainDiscriminator is { } plain && reader.TryReadPlainName(plain))
        {
            var depth = reader.CurrentDepth;
            reader.ReadPropertyValue();
            var variant = union.VariantOf(ref reader);
            discriminatorRead = variant >= 0;
            if (variant >= 0) return variant;
            union.Report(ref reader, context);
            reader.SkipToEndOf(depth);
            return -1;
        }
        discriminatorRead = false;
        var scan = reader;
        while (scan.ReadPropertyName())
        {
            var isDiscriminator = scan.ValueTextEquals(union._discriminator);
            scan.ReadPropertyValue();
            if (isDiscriminator)
            {
                var variant = union.VariantOf(ref scan);
                if (variant >= 0) return variant;
                union.Report(ref scan, context);
                reader.Skip();
                return -1;
            }
            scan.Skip();
        }
        context.Push(union._discriminatorName);
        context.Error("required", $"'{union._discriminatorName}' is required: it says which variant of {union._unionName} this is ({union._tagList}).");
        context.Pop();
        reader.Skip();
        return -1;
    }

    // The variant the discriminator's value (at the reader) names, or -1.
    private int VariantOf(ref Utf8Input value) =>
        value.TokenType == JsonTokenType.String && _tags.Find(ref value) is >= 0 and var tag ? _variants[tag] : -1;

    // A discriminator's value (at the reader) that names no variant, reported at its path.
    private void Report(ref Utf8Input value, JsonReadContext context)
    {
        context.Push(_discriminatorName);
        if (value.TokenType == JsonTokenType.String) context.UnknownVariant(ref value, _unionName, _tagList);
        else context.WrongType(ref value, "a string naming a variant of " + _unionName);
        context.Pop();
    }
}
