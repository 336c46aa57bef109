using System.Collections.Generic;
using System.Text;

namespace DomainKit.Schema.Text;

/// <summary>How schema names become C# names.</summary>
internal static class Naming
{
    /// <summary>Members every generated record has; a field may not generate one of these names.</summary>
    public static readonly HashSet<string> ReservedRecordMembers = new()
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone",
        "Finalize", "Deconstruct", "Validate", "ValidateCore", "ToJson", "WriteJson", "FromJson", "TryFromJson", "ReadJsonCore", "DomainJsonConverter",
        "HoldsOwnConstraints",
    };

    /// <summary>A wire name as a JSON Pointer segment (RFC 6901: <c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    public static string PointerSegment(string wireName) => wireName.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Type names: a letter A–Z first, then letters, digits and underscores.</summary>
    public static string? TypeNameProblem(string name)
    {
        if (name.Length == 0) return "it is empty";
        if (name[0] is < 'A' or > 'Z') return "type names start with an upper-case letter A-Z";
        foreach (var c in name)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '_') return $"'{c}' is not allowed; use letters, digits and '_'";
        }
        return null;
    }

    /// <summary>Field and enum member names: a letter or '_' first, then letters, digits, '_' and '-'.</summary>
    public static string? MemberNameProblem(string name)
    {
        if (name.Length == 0) return "it is empty";
        if (!IsAsciiLetter(name[0]) && name[0] != '_') return "names start with a letter or '_'";
        foreach (var c in name)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '_' && c != '-') return $"'{c}' is not allowed; use letters, digits, '_' and '-'";
        }
        return ToPascalCase(name).Length == 0 ? "it has no letters or digits" : null;
    }

    /// <summary><c>fullName</c> → <c>FullName</c>, <c>full_name</c> → <c>FullName</c>, <c>2fa</c> part → <c>_2fa</c>.</summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var part in name.Split(new[] { '_', '-' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }
        if (builder.Length > 0 && char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9';
}
