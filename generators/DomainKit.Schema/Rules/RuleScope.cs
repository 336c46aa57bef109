using System.Collections.Generic;
using System.Collections.Immutable;

namespace DomainKit.Schema.Rules;

/// <summary>
/// A typed expression: its type, its tree, its narrowing key (the access path, <c>head.location</c>, when it is
/// one), what must not be null for it to be evaluated at all (optional links known non-null here), the JSON Pointer
/// it reads (ending in '/' for "anything under"), the declared type it came from, and the record field it reads.
/// </summary>
internal sealed record Typed(RuleType Type, RuleNode Node, string? Key = null, ImmutableList<RuleNode>? Reach = null, string? Pointer = null, FieldTypeSpec? Spec = null, RuleField? Field = null);

/// <summary>A macro's variable: the collection item it stands for (<c>Local</c>: its name in the generated code).</summary>
internal sealed record RuleVariable(string Local, FieldTypeSpec Spec, string Pointer);

/// <summary>
/// The rule itself or one macro body: its variables, the guards that skip the rule when a required value
/// it reads is missing, and the local functions (macros) written inside it.
/// </summary>
internal sealed class RuleScope
{
    public RuleScope(RuleScope? parent) => Parent = parent;

    public RuleScope? Parent { get; }

    public Dictionary<string, RuleVariable> Variables { get; } = new(System.StringComparer.Ordinal);

    public List<RuleGuard> Guards { get; } = new();

    public List<RuleFunction> Functions { get; } = new();

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
