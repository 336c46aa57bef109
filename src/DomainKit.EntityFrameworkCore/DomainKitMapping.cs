namespace DomainKit.EntityFrameworkCore;

/// <summary>How <c>AddDomainKit</c> types columns where databases differ.</summary>
public sealed class DomainKitMapping
{
    /// <summary>
    /// The store type of JSON columns (records, unions and value collections); null leaves it to the provider (text on
    /// SQLite). On PostgreSQL, <c>jsonb</c>: the database checks the JSON and can index and query it.
    /// </summary>
    public string? JsonColumnType { get; init; }

    /// <summary>
    /// Whether <see cref="System.DateTimeOffset"/> columns hold their ISO 8601 text (<c>2025-02-27T10:00:00.0000000+03:00</c>)
    /// instead of the provider's type. PostgreSQL's <c>timestamp with time zone</c> keeps the instant but not the offset
    /// (Npgsql refuses any offset but zero), so a date-time read back would not equal the one stored; as text, nothing is lost.
    /// </summary>
    public bool DateTimeOffsetAsText { get; init; }

    /// <summary>PostgreSQL: JSON columns as <c>jsonb</c>, date-times with their offsets as text.</summary>
    public static DomainKitMapping PostgreSql { get; } = new() { JsonColumnType = "jsonb", DateTimeOffsetAsText = true };
}
