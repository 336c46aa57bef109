namespace DomainKit;

/// <summary>
/// What every generated value type is: a checked wrapper of one primitive. Lets libraries (the EF Core and
/// ASP.NET Core packages) handle all of them with one generic piece instead of reflection.
/// </summary>
/// <typeparam name="TSelf">The value type.</typeparam>
/// <typeparam name="TValue">The primitive it wraps.</typeparam>
public interface IDomainValue<TSelf, TValue> where TSelf : struct, IDomainValue<TSelf, TValue>
{
    /// <summary>The wrapped value.</summary>
    TValue Value { get; }

    /// <summary>Wraps a value; throws <see cref="DomainValidationException"/> listing every problem when it is invalid.</summary>
    static abstract TSelf From(TValue value);

    /// <summary>Wraps a value when it is valid; never throws.</summary>
    static abstract bool TryFrom(TValue input, out TSelf value, out ValidationResult result);
}
