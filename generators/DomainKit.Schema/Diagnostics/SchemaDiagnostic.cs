
namespace DomainKit.Schema.Diagnostics;

/// <summary>A reported problem as plain, equatable data: its definition in the catalog, where, and the message arguments.</summary>
internal sealed record SchemaDiagnostic(DiagnosticDefinition Definition, SourceSpan Span, EquatableArray<string> Arguments)
{
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Definition.MessageFormat, ToObjects(Arguments));

    private static object[] ToObjects(EquatableArray<string> arguments)
    {
        var result = new object[arguments.Count];
        for (var i = 0; i < result.Length; i++) result[i] = arguments[i];
        return result;
    }
}
