// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.ComponentModel;

namespace DomainKit.Runtime;

/// <summary>
/// Where generated <c>WriteJsonCore</c> writes: <see cref="Utf8Sink"/> (DomainKit's own UTF-8 writer) or
/// <see cref="WriterSink"/> (a <c>Utf8JsonWriter</c>, for <c>JsonSerializer</c>). Generated code is generic
/// over a struct sink, so each is compiled to direct calls. Both write the same bytes for the same value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonSink
{
    void StartObject();

    void EndObject();

    void StartArray();

    void EndArray();

    void Name(JsonName name);

    /// <summary>A map key, escaped as it is written.</summary>
    void Name(string key);

    void Null();

    void Value(string? value);

    void Value(bool value);

    void Value(int value);

    void Value(long value);

    void Value(decimal value);

    void Value(double value);

    void Value(DateOnly value);

    void Value(TimeOnly value);

    void Value(DateTimeOffset value);

    void Value(TimeSpan value);

    void Value(Guid value);

    void Value(Uri? value);
}

/// <summary>
/// A property and its value in one call, the common case of generated code (which names this class in
/// full, so these are not extension methods). Generic over the struct sink, so each is compiled per sink
/// to two direct calls.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWrite
{
    /// <summary>A property whose value is an object.</summary>
    public static void StartObject<TSink>(TSink sink, JsonName name) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.StartObject();
    }

    /// <summary>A property whose value is an array.</summary>
    public static void StartArray<TSink>(TSink sink, JsonName name) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.StartArray();
    }

    public static void Property<TSink>(TSink sink, JsonName name, string? value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, bool value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, int value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, long value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, decimal value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, double value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, DateOnly value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, TimeOnly value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, DateTimeOffset value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, TimeSpan value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, Guid value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }

    public static void Property<TSink>(TSink sink, JsonName name, Uri? value) where TSink : struct, IJsonSink
    {
        sink.Name(name);
        sink.Value(value);
    }
}
