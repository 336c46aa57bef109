namespace DomainKit.Schema.Diagnostics;

internal enum Severity
{
    Error,
    Warning,
}

/// <summary>One kind of problem DomainKit reports: the core's Roslyn-free counterpart of a DiagnosticDescriptor.</summary>
internal sealed record DiagnosticDefinition(string Id, string Title, string MessageFormat, Severity Severity);
