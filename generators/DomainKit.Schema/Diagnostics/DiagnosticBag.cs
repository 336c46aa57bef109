using System.Collections.Generic;

namespace DomainKit.Schema.Diagnostics;

/// <summary>Collects the diagnostics of one step.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<SchemaDiagnostic> _items = new();

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments)
    {
        _items.Add(new SchemaDiagnostic(rule, span, arguments.ToEquatableArray()));
        HasErrors |= rule.Severity == RuleSeverity.Error;
    }

    public void AddRange(IEnumerable<SchemaDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Add(diagnostic);
            HasErrors |= diagnostic.Rule.Severity == RuleSeverity.Error;
        }
    }

    public EquatableArray<SchemaDiagnostic> ToEquatableArray() => _items.ToEquatableArray();
}
