using System;
using System.Text;

namespace DomainKit.Runtime;

/// <summary>One segment of a JSON Pointer being tracked: a property or map key (<c>Name</c>), or an array index.</summary>
internal readonly record struct PointerSegment(string? Name, int Index)
{
    /// <summary>The pointer text of <paramref name="segments"/>, names escaped: <c>/consulates/1/city</c>; <c>""</c> for none.</summary>
    public static string Format(ReadOnlySpan<PointerSegment> segments)
    {
        if (segments.IsEmpty) return "";
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append('/');
            if (segment.Name is { } name) builder.Append(ValidationChecks.EscapePointer(name));
            else builder.Append(segment.Index);
        }
        return builder.ToString();
    }
}
