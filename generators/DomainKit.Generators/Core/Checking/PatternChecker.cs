using System;
using System.Text.RegularExpressions;
using DomainKit.Generators.Core.Diagnostics;
using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Checking;

/// <summary>
/// Checks at build time that a pattern compiles and that the linear-time engine the generated code
/// uses (<c>RegexOptions.NonBacktracking</c>, so hostile input cannot hang validation) supports it.
/// </summary>
internal static class PatternChecker
{
    // RegexOptions.NonBacktracking (.NET 7+); this assembly targets netstandard2.0, which lacks the name.
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    public static bool Check(ConstraintDeclaration constraint, DiagnosticBag diagnostics)
    {
        var pattern = constraint.Value.Text;
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidPattern, constraint.Value.Span, pattern, e.Message);
            return false;
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant | NonBacktracking);
        }
        catch (NotSupportedException e)
        {
            diagnostics.Report(DiagnosticCatalog.PatternNeedsBacktracking, constraint.Value.Span, pattern, e.Message);
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            // The compiler runs on a runtime without NonBacktracking (.NET Framework): cannot check here.
        }
        return true;
    }
}
