// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System.ComponentModel;

namespace DomainKit.Runtime;

/// <summary>A generated type (or an enum's generated converter) with the JSON Schema document of its JSON form.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonSchemaType
{
    static abstract string JsonSchema { get; }
}

/// <summary>
/// A System.Text.Json converter of a generated type: it hands out the type's JSON Schema, so a library that has the
/// converter (from a <c>JsonTypeInfo</c>) reaches the schema without reflection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IDomainJsonConverter
{
    string JsonSchema { get; }
}
