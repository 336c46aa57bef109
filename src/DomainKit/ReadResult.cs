namespace DomainKit;

/// <summary>What an asynchronous <c>TryFromJsonAsync</c> or <c>TryReadManyAsync</c> read: the value when it is valid, and every problem.</summary>
/// <typeparam name="T">The generated type read.</typeparam>
/// <param name="Value">The value read; null (default) unless <see cref="IsValid"/>.</param>
/// <param name="Result">Every structural and constraint problem found; <see cref="ValidationResult.Valid"/> when none.</param>
public readonly record struct ReadResult<T>(T? Value, ValidationResult Result)
{
    /// <summary>Whether the JSON was a valid value.</summary>
    public bool IsValid => Result.IsValid;
}
