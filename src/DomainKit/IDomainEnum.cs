using System;

namespace DomainKit;

/// <summary>
/// The text forms of a generated enum: each member's wire name, as JSON and a database hold it. An enum cannot
/// implement an interface, so its generated converter (<c>XJsonConverter</c>, named by the enum's
/// <c>[JsonConverter]</c>) does; libraries (the EF Core package) use it instead of reflection or a JSON round trip.
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
public interface IDomainEnum<TEnum> where TEnum : struct, Enum
{
    /// <summary>The member's wire name; an undefined value as its number (as JSON writes it).</summary>
    static abstract string ToWireName(TEnum value);

    /// <summary>The member with this wire name, or with a name it had before (<c>renamedFrom</c>); false for any other text.</summary>
    static abstract bool TryFromWireName(string text, out TEnum value);
}
