using System;
using System.ComponentModel;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>Reads a generated enum's members by their wire names (and the names they had before), through a name table.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonEnums
{
    /// <summary>
    /// The member the string at the reader names; anything else is an <c>enum</c> error (a <c>type</c> error for a token
    /// that is not a string), skipped, and <c>default</c>.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="context">Where errors go.</param>
    /// <param name="names">Every wire name and old name of the members.</param>
    /// <param name="values">The member each of <paramref name="names"/> reads as.</param>
    /// <param name="enumName">The enum's schema name, for messages.</param>
    /// <param name="members">The wire names, listed for messages.</param>
    public static T Read<T>(ref Utf8Input reader, JsonReadContext context, Utf8NameTable names, T[] values, string enumName, string members)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String && names.Find(ref reader) is >= 0 and var index) return values[index];
        context.UnknownMember(ref reader, enumName, members);
        return default;
    }
}
