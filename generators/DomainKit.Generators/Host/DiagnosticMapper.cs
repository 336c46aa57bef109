using DomainKit.Schema.Diagnostics;
using DomainKit.Schema.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DomainKit.Generators.Host;

/// <summary>Turns the core's diagnostics into Roslyn ones, located in the YAML file.</summary>
internal static class DiagnosticMapper
{
    public static Diagnostic ToDiagnostic(SchemaDiagnostic diagnostic)
    {
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++) arguments[i] = diagnostic.Arguments[i];
        return Diagnostic.Create(DiagnosticDescriptors.For(diagnostic.Definition), ToLocation(diagnostic.Span), arguments);
    }

    /// <summary>The YAML node's location; none for a span without a file (a build property, say).</summary>
    public static Location ToLocation(SourceSpan span) => span.FilePath.Length == 0 ? Location.None : Location.Create(
        span.FilePath,
        TextSpan.FromBounds(span.StartOffset, span.EndOffset),
        new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
}
