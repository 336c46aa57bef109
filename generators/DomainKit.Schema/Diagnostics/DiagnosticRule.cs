namespace DomainKit.Schema.Diagnostics;

internal enum RuleSeverity
{
    Error,
    Warning,
}

/// <summary>One kind of problem DomainKit reports: the core's Roslyn-free counterpart of a DiagnosticDescriptor.</summary>
internal sealed record DiagnosticRule(string Id, string Title, string MessageFormat, RuleSeverity Severity);
