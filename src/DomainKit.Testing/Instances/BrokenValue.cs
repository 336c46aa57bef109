namespace DomainKit.Testing;

/// <summary>
/// A valid value with exactly one thing broken — one constraint of one field, one required field left out, or one
/// rule — and the one error it must produce: <c>Validate()</c> on <see cref="Value"/> and <c>TryFromJson</c> on
/// <see cref="Json"/> each report exactly <see cref="ExpectedCode"/> at <see cref="ExpectedPath"/>.
/// </summary>
/// <typeparam name="T">The generated type.</typeparam>
/// <param name="Breaks">What is broken, e.g. <c>Mission.city maxLength 100</c> or <c>Mission rule staffOverCeiling</c>.</param>
/// <param name="ExpectedPath">The JSON Pointer of the error.</param>
/// <param name="ExpectedCode">The error's code: the constraint's key, <c>required</c>, <c>enum</c>, or the rule's code.</param>
/// <param name="Json">The broken value as UTF-8 JSON.</param>
/// <param name="Value">
/// The broken value in memory, as the generated reader builds it without validating; null where memory cannot hold
/// the break (a left-out field of a value type, a string that names no enum member): test those through <see cref="Json"/>.
/// </param>
public sealed record BrokenValue<T>(string Breaks, string ExpectedPath, string ExpectedCode, byte[] Json, T? Value)
{
    /// <summary>The JSON as text.</summary>
    public string JsonText => System.Text.Encoding.UTF8.GetString(Json);

    /// <inheritdoc/>
    public override string ToString() => $"{Breaks} → {(ExpectedPath.Length == 0 ? "/" : ExpectedPath)}: {ExpectedCode}";
}
