namespace DomainKit.Schema.Model;

/// <summary>
/// Parse stage: one node of a parsed type scalar — <c>Name</c>, generic arguments, and <c>?</c>.
/// <c>Offset</c>/<c>Length</c> locate <c>Name</c> inside the scalar it came from.
/// </summary>
internal sealed record TypeExpression(string Name, int Offset, int Length, EquatableArray<TypeExpression> Arguments, bool Optional)
{
    public override string ToString() =>
        Name + (Arguments.Count == 0 ? "" : "<" + string.Join(", ", Arguments) + ">") + (Optional ? "?" : "");
}
