
namespace DomainKit.Schema.Diagnostics;

/// <summary>A reported problem as plain, equatable data: its definition in the catalog, where, and the message arguments.</summary>
internal sealed record SchemaDiagnostic(DiagnosticDefinition Definition, SourceSpan Span, EquatableArray<string> Arguments)
{
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Definition.MessageFormat, ToObjects(Arguments));

    /// <summary>The compiler's form, <c>file(line,col): error DKNNNN: message</c> (<c>domainkit: …</c> for a problem of no file).</summary>
    public string Located
    {
        get
        {
            var severity = Definition.Severity == Severity.Error ? "error" : "warning";
            var where = Span.FilePath.Length == 0 ? "domainkit" : $"{Span.FilePath}({Span.StartLine + 1},{Span.StartColumn + 1})";
            return $"{where}: {severity} {Definition.Id}: {Message}";
        }
    }

    private static object[] ToObjects(EquatableArray<string> arguments)
    {
        var result = new object[arguments.Count];
        for (var i = 0; i < result.Length; i++) result[i] = arguments[i];
        return result;
    }
}
