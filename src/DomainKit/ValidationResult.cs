using System;
using System.Collections.Generic;

namespace DomainKit;

/// <summary>The outcome of validating a value: valid, or every error found.</summary>
public sealed class ValidationResult
{
    /// <summary>The shared result for a valid value; returning it allocates nothing.</summary>
    public static ValidationResult Valid { get; } = new(Array.Empty<ValidationError>());

    private ValidationResult(IReadOnlyList<ValidationError> errors) => Errors = errors;

    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every error found, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>A result holding the given errors (the valid result when there are none).</summary>
    public static ValidationResult FromErrors(IReadOnlyList<ValidationError>? errors) =>
        errors is null || errors.Count == 0 ? Valid : new ValidationResult(errors);

    /// <inheritdoc />
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Errors);
}
