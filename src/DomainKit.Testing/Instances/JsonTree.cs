using System.Text.Json;

namespace DomainKit.Testing;

/// <summary>A JSON value being generated: mutable while rules are repaired or broken, then written once.</summary>
internal abstract class JsonTree
{
    public abstract void Write(Utf8JsonWriter writer);

    public abstract JsonTree Clone();

    /// <summary>How big the value is, for shrinking: every node counts, and so does every character of a scalar.</summary>
    public abstract ulong Weight { get; }

    /// <summary>
    /// A copy that shares everything but the containers on the way to <paramref name="pointer"/>: the value there can be
    /// replaced, or a property of it removed, without touching the original.
    /// </summary>
    public JsonTree CopyAlong(string pointer)
    {
        if (pointer.Length == 0) return Shallow();
        var end = pointer.IndexOf('/', 1);
        var segment = (end < 0 ? pointer[1..] : pointer[1..end]).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        var rest = end < 0 ? "" : pointer[end..];
        var copy = Shallow();
        switch (copy)
        {
            case JsonObject record when record[segment] is { } child:
                record[segment] = child.CopyAlong(rest);
                break;
            case JsonArray array when int.TryParse(segment, out var index) && index < array.Items.Count:
                array.Items[index] = array.Items[index].CopyAlong(rest);
                break;
        }
        return copy;
    }

    private JsonTree Shallow() => this switch
    {
        JsonObject record => new JsonObject(new List<KeyValuePair<string, JsonTree>>(record.Properties)),
        JsonArray array => new JsonArray(new List<JsonTree>(array.Items)),
        _ => this,
    };

    /// <summary>The JSON as text: equal values of one shape have equal text.</summary>
    public string JsonText() => System.Text.Encoding.UTF8.GetString(ToUtf8());

    public byte[] ToUtf8()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            Write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }
}

internal enum ScalarKind
{
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A string, a number (its JSON text), true, false or null.</summary>
internal sealed class JsonScalar(ScalarKind kind, string text) : JsonTree
{
    public static readonly JsonScalar Null = new(ScalarKind.Null, "null");

    /// <summary>Marks an array item dropped while a rule is forced, until the array is compacted.</summary>
    public static readonly JsonScalar Removed = new(ScalarKind.Null, "removed");

    public ScalarKind Kind { get; } = kind;

    /// <summary>A string's value, or a number's JSON text.</summary>
    public string Text { get; } = text;

    public static JsonScalar String(string text) => new(ScalarKind.String, text);

    public static JsonScalar Number(string text) => new(ScalarKind.Number, text);

    public static JsonScalar Bool(bool value) => value ? new(ScalarKind.True, "true") : new(ScalarKind.False, "false");

    public override ulong Weight => 1 + (ulong)Text.Length;

    public override JsonTree Clone() => this;

    public override void Write(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case ScalarKind.String: writer.WriteStringValue(Text); break;
            case ScalarKind.Number: writer.WriteRawValue(Text, skipInputValidation: true); break;
            case ScalarKind.True: writer.WriteBooleanValue(true); break;
            case ScalarKind.False: writer.WriteBooleanValue(false); break;
            default: writer.WriteNullValue(); break;
        }
    }
}

internal sealed class JsonArray(List<JsonTree> items) : JsonTree
{
    public List<JsonTree> Items { get; } = items;

    public override ulong Weight => Items.Aggregate(4UL, (sum, item) => sum + item.Weight);

    public override JsonTree Clone() => new JsonArray(Items.Select(i => i.Clone()).ToList());

    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var item in Items) item.Write(writer);
        writer.WriteEndArray();
    }
}

/// <summary>An object, its properties in the order they were generated.</summary>
internal sealed class JsonObject(List<KeyValuePair<string, JsonTree>> properties) : JsonTree
{
    public JsonObject()
        : this(new List<KeyValuePair<string, JsonTree>>())
    {
    }

    public List<KeyValuePair<string, JsonTree>> Properties { get; } = properties;

    public override ulong Weight => Properties.Aggregate(4UL, (sum, p) => sum + 2 + p.Value.Weight);

    public JsonTree? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Key == name) return property.Value;
            }
            return null;
        }
        set
        {
            var index = Properties.FindIndex(p => p.Key == name);
            if (value is null)
            {
                if (index >= 0) Properties.RemoveAt(index);
            }
            else if (index >= 0) Properties[index] = new(name, value);
            else Properties.Add(new(name, value));
        }
    }

    public override JsonTree Clone() => new JsonObject(Properties.Select(p => new KeyValuePair<string, JsonTree>(p.Key, p.Value.Clone())).ToList());

    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var property in Properties)
        {
            writer.WritePropertyName(property.Key);
            property.Value.Write(writer);
        }
        writer.WriteEndObject();
    }
}
