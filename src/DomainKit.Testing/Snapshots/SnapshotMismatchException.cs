namespace DomainKit.Testing;

/// <summary>A snapshot that differs from its verified file, is new, or is stale; or schemas with errors. Any test framework reports it as a failure.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>A failure with its message.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>A failure with no message.</summary>
    public SnapshotMismatchException()
    {
    }

    /// <summary>A failure with its message and cause.</summary>
    public SnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
