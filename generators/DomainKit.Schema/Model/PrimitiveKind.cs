namespace DomainKit.Schema.Model;

/// <summary>The schema language's built-in scalar types; what each one means is its row in <see cref="PrimitiveCatalog"/>.</summary>
internal enum PrimitiveKind
{
    None,
    String,
    Bool,
    Int,
    Long,
    Decimal,
    Double,
    Date,
    Time,
    DateTime,
    Duration,
    Guid,
    Uri,
}
