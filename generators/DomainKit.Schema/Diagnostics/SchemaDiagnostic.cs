
namespace DomainKit.Schema.Diagnostics;

/// <summary>A reported problem as plain, equatable data: the rule, where, and the message arguments.</summary>
internal sealed record SchemaDiagnostic(DiagnosticRule Rule, SourceSpan Span, EquatableArray<string> Arguments)
{
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Rule.MessageFormat, ToObjects(Arguments));

    private static object[] ToObjects(EquatableArray<string> arguments)
    {
        var result = new object[arguments.Count];
        for (var i = 0; i < result.Length; i++) result[i] = arguments[i];
        return result;
    }
}
