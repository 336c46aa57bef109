using System.Collections.Generic;

namespace DomainKit.Schema.Diagnostics;

/// <summary>Collects the diagnostics of one step.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<SchemaDiagnostic> _items = new();

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDefinition definition, SourceSpan span, params string[] arguments)
    {
        _items.Add(new SchemaDiagnostic(definition, span, arguments.ToEquatableArray()));
        HasErrors |= definition.Severity == Severity.Error;
    }

    public void AddRange(IEnumerable<SchemaDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Add(diagnostic);
            HasErrors |= diagnostic.Definition.Severity == Severity.Error;
        }
    }

    public EquatableArray<SchemaDiagnostic> ToEquatableArray() => _items.ToEquatableArray();
}
