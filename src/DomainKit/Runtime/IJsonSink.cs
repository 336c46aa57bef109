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

    /// <summary>A property whose value is an object.</summary>
    void StartObject(JsonName name);

    /// <summary>A property whose value is an array.</summary>
    void StartArray(JsonName name);

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

    // A property and its value in one call: the common case of generated code.

    void Property(JsonName name, string? value);

    void Property(JsonName name, bool value);

    void Property(JsonName name, int value);

    void Property(JsonName name, long value);

    void Property(JsonName name, decimal value);

    void Property(JsonName name, double value);

    void Property(JsonName name, DateOnly value);

    void Property(JsonName name, TimeOnly value);

    void Property(JsonName name, DateTimeOffset value);

    void Property(JsonName name, TimeSpan value);

    void Property(JsonName name, Guid value);

    void Property(JsonName name, Uri? value);
}
