// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.ComponentModel;

namespace DomainKit.Runtime;

/// <summary>
/// Where generated <c>WriteJsonCore</c> writes: <see cref="Utf8Output"/> (DomainKit's own UTF-8 writer) or
/// <see cref="WriterOutput"/> (a <c>Utf8JsonWriter</c>, for <c>JsonSerializer</c>). Generated code is generic
/// over a struct output, so each is compiled to direct calls. Both write the same bytes for the same value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonOutput
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
/// full, so these are not extension methods). Generic over the struct output, so each is compiled per output
/// to two direct calls.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWrite
{
    /// <summary>A property whose value is an object.</summary>
    public static void StartObject<TOutput>(TOutput output, JsonName name) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.StartObject();
    }

    /// <summary>A property whose value is an array.</summary>
    public static void StartArray<TOutput>(TOutput output, JsonName name) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.StartArray();
    }

    public static void Property<TOutput>(TOutput output, JsonName name, string? value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, bool value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, int value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, long value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, decimal value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, double value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, DateOnly value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, TimeOnly value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, DateTimeOffset value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, TimeSpan value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, Guid value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }

    public static void Property<TOutput>(TOutput output, JsonName name, Uri? value) where TOutput : struct, IJsonOutput
    {
        output.Name(name);
        output.Value(value);
    }
}
