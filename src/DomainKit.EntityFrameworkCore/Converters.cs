using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DomainKit.EntityFrameworkCore;

/// <summary>A value type as its primitive; read back through <c>From</c>, so a stored value that breaks a constraint throws.</summary>
public sealed class DomainValueConverter<TValue, TPrimitive>() : ValueConverter<TValue, TPrimitive>(value => value.Value, primitive => Wrap(primitive))
    where TValue : struct, IDomainValue<TValue, TPrimitive>
{
    private static TValue Wrap(TPrimitive primitive) => TValue.From(primitive);
}

/// <summary>A value type over <c>uri</c> as the URI's text.</summary>
public sealed class UriValueConverter<TValue>() : ValueConverter<TValue, string>(value => value.Value.OriginalString, text => Wrap(text))
    where TValue : struct, IDomainValue<TValue, Uri>
{
    private static TValue Wrap(string text) => TValue.From(new Uri(text, UriKind.RelativeOrAbsolute));
}

/// <summary>
/// A generated enum as its wire name (what the JSON says), not its number: reordering members changes nothing stored.
/// <typeparamref name="TText"/> is the enum's generated converter, which knows the names (and the old ones it still reads).
/// </summary>
public sealed class WireNameConverter<TEnum, TText>() : ValueConverter<TEnum, string>(value => Write(value), text => Read(text))
    where TEnum : struct, Enum
    where TText : IDomainEnum<TEnum>
{
    private static string Write(TEnum value) => TText.ToWireName(value);

    private static TEnum Read(string text) => TText.TryFromWireName(text, out var value)
        ? value
        : throw new InvalidOperationException($"'{text}' is not a member of {typeof(TEnum).Name} (nor a name one had before).");
}

/// <summary>A date and time with its offset as ISO 8601 text (round-trip form), so that the offset is kept.</summary>
public sealed class IsoDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, string>(
    value => value.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    text => DateTimeOffset.ParseExact(text, "O", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None));

/// <summary>A record, union or value collection as a JSON column, written and read by the generated code.</summary>
public sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(value => Write(value), text => Read(text))
{
    private static string Write(T value) => JsonSerializer.Serialize(value, JsonColumns.Options);

    private static T Read(string text) => JsonSerializer.Deserialize<T>(text, JsonColumns.Options)
        ?? throw new InvalidOperationException($"A JSON column of {typeof(T).Name} holds null.");
}

/// <summary>Compares JSON-column values by value (generated records and the value collections have value equality); they are immutable, so a snapshot is the value itself.</summary>
public sealed class JsonColumnComparer<T>() : ValueComparer<T>(
    (a, b) => EqualityComparer<T>.Default.Equals(a, b), value => EqualityComparer<T>.Default.GetHashCode(value!), value => value);

internal static class JsonColumns
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new ValueCollectionJsonConverter() } };
}
