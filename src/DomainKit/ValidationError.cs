namespace DomainKit;

/// <summary>One problem found in a value: where (a JSON Pointer over wire names), what (a stable code) and why.</summary>
/// <param name="Path">RFC 6901 JSON Pointer to the offending value; <c>""</c> for the root.</param>
/// <param name="Code">A stable code such as <c>required</c>, <c>minLength</c> or <c>pattern</c>.</param>
/// <param name="Message">A readable English sentence.</param>
public sealed record ValidationError(string Path, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Path.Length == 0 ? "/" : Path)}: {Code}: {Message}";
}
