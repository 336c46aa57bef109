using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainKit.Schema.Diagnostics;

namespace DomainKit.Tool;

/// <summary>Diagnostics in the compiler's form, <c>file(line,col): error DKNNNN: message</c>, sorted by file and position.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Prints them; true when one is an error.</summary>
    public static bool Print(IEnumerable<SchemaDiagnostic> diagnostics, TextWriter output)
    {
        var hasErrors = false;
        foreach (var diagnostic in diagnostics.Distinct()
            .OrderBy(d => d.Span.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartLine).ThenBy(d => d.Span.StartColumn).ThenBy(d => d.Definition.Id, System.StringComparer.Ordinal))
        {
            output.WriteLine(diagnostic.Located);
            hasErrors |= diagnostic.Definition.Severity == Severity.Error;
        }
        return hasErrors;
    }
}
