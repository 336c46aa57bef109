using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainKit;

/// <summary>Thrown by <c>From</c> and <c>FromJson</c> when a value is invalid; <see cref="Errors"/> lists every problem.</summary>
public sealed class DomainValidationException : Exception
{
    /// <summary>Creates the exception from a failed result.</summary>
    public DomainValidationException(ValidationResult result)
        : base(BuildMessage(result)) => Result = result;

    /// <summary>The failed result.</summary>
    public ValidationResult Result { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationError> Errors => Result.Errors;

    private static string BuildMessage(ValidationResult result)
    {
        var lines = result.Errors.Take(10).Select(e => "  " + e);
        var more = result.Errors.Count > 10 ? $"{Environment.NewLine}  … and {result.Errors.Count - 10} more" : "";
        return $"Validation failed with {result.Errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
