using System.Text.Json.Serialization;

namespace DomainKit.AspNetCore;

/// <summary>One entry of a ProblemDetails' <c>errors</c>: where in the document (a JSON Pointer), DomainKit's stable code, and the message.</summary>
public sealed record ProblemError(
    [property: JsonPropertyName("pointer")] string Pointer,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("detail")] string Detail);

/// <summary>Lets the ProblemDetails writer serialize <see cref="ProblemError"/>s without reflection.</summary>
[JsonSerializable(typeof(ProblemError[]))]
internal sealed partial class ProblemJsonContext : JsonSerializerContext;
