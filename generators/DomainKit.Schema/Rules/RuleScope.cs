using System.Collections.Generic;

namespace DomainKit.Schema.Rules;

/// <summary>
/// A typed expression as C#: its type, its code, its narrowing key (the access path, <c>head.location</c>,
/// when it is one), the condition under which it can be evaluated at all (optional links known non-null),
/// the JSON Pointer it reads (ending in '/' for "anything under"), and the declared type it came from.
/// </summary>
internal sealed record Typed(RuleType Type, string Code, string? Key = null, string? Reach = null, string? Pointer = null, FieldTypeSpec? Spec = null);

/// <summary>A macro's variable: the collection item it stands for.</summary>
internal sealed record RuleVariable(string Code, FieldTypeSpec Spec, string Pointer);

/// <summary>
/// The rule itself or one macro body: its variables, the guards that skip the rule when a required value
/// it reads is missing, and the local functions (macros) written inside it.
/// </summary>
internal sealed class RuleScope
{
    public RuleScope(RuleScope? parent) => Parent = parent;

    public RuleScope? Parent { get; }

    public Dictionary<string, RuleVariable> Variables { get; } = new(System.StringComparer.Ordinal);

    public List<string> Guards { get; } = new();

    public List<string> Functions { get; } = new();

    public RuleVariable? Find(string name) =>
        Variables.TryGetValue(name, out var variable) ? variable : Parent?.Find(name);

    public IEnumerable<string> VisibleNames()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            foreach (var name in scope.Variables.Keys) yield return name;
        }
    }
}
