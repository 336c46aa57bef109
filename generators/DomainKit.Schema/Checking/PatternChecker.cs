using System;
using System.Text.RegularExpressions;

namespace DomainKit.Schema.Checking;

/// <summary>
/// Checks at build time that a pattern compiles and that the linear-time engine the generated code
/// uses (<c>RegexOptions.NonBacktracking</c>, so hostile input cannot hang validation) supports it.
/// </summary>
internal static class PatternChecker
{
    // RegexOptions.NonBacktracking (.NET 7+); this assembly targets netstandard2.0, which lacks the name.
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    public static bool Check(ConstraintDeclaration constraint, DiagnosticBag diagnostics) =>
        Check(constraint.Value.Text, constraint.Value.Span, diagnostics);

    public static bool Check(string pattern, SourceSpan span, DiagnosticBag diagnostics)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidPattern, span, pattern, e.Message);
            return false;
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant | NonBacktracking);
        }
        catch (NotSupportedException e)
        {
            diagnostics.Report(DiagnosticCatalog.PatternNeedsBacktracking, span, pattern, e.Message);
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            // The compiler runs on a runtime without NonBacktracking (.NET Framework): cannot check here.
        }
        return true;
    }
}
