namespace DomainKit;

/// <summary>Limits for reading JSON with the generated <c>FromJson</c>/<c>TryFromJson</c>.</summary>
public sealed record DomainJsonOptions
{
    /// <summary>The deepest nesting allowed. Hard upper limit: <see cref="MaxDepthLimit"/>.</summary>
    public const int MaxDepthLimit = 1_000;

    /// <summary>The defaults: depth 64.</summary>
    public static DomainJsonOptions Default { get; } = new();

    private readonly int _maxDepth = 64;

    /// <summary>How deep objects and arrays may nest (default 64, at most <see cref="MaxDepthLimit"/>).</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is > 0 and <= MaxDepthLimit
            ? value
            : throw new System.ArgumentOutOfRangeException(nameof(value), value, $"MaxDepth must be between 1 and {MaxDepthLimit}.");
    }
}
