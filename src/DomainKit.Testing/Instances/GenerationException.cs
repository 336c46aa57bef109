namespace DomainKit.Testing;

/// <summary>
/// Values of a type could not be generated: the schemas have errors, the type is not theirs, or its rules reject
/// nearly every candidate (the message names the type, its acceptance rate and the rules that rejected).
/// </summary>
public sealed class GenerationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GenerationException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What could not be generated, and why.</param>
    public GenerationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">What could not be generated, and why.</param>
    /// <param name="innerException">The cause.</param>
    public GenerationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
