using System.Collections.Generic;

namespace DomainKit;

/// <summary>Turns any sequence into a value collection.</summary>
public static class ValueCollectionExtensions
{
    /// <summary>A <see cref="ValueList{T}"/> of the items, in order.</summary>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => ValueList.From(items);

    /// <summary>A <see cref="ValueSet{T}"/> of the distinct items, in first-seen order.</summary>
    public static ValueSet<T> ToValueSet<T>(this IEnumerable<T> items) => ValueSet.From(items);
}
