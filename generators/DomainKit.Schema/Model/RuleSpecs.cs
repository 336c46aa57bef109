namespace DomainKit.Schema.Model;

// Check stage output for rules: each rule as a typed tree (RuleTree.cs), free of positions and of output languages.

/// <summary>
/// One checked rule. <c>Condition</c> is the typed tree of the <c>check</c> (or of the <c>when</c>);
/// <c>Guards</c> skip the rule when a required value it reads is missing; <c>Functions</c> are the local
/// functions its macros became; <c>Reads</c> the JSON Pointers it reads (ending in '/' for "anything
/// under"), so a read that already failed for one of them skips it; <c>Required</c> and <c>Forbidden</c> the
/// fields a <c>when</c> lists.
/// </summary>
internal sealed record RuleSpec
{
    /// <summary>What the rule's generated members start with (<c>__Rule0</c>): <c>_Holds()</c> or <c>_Applies()</c>, <c>_Reads</c>, <c>_Pattern0</c>.</summary>
    public required string MemberPrefix { get; init; }

    /// <summary>The method that answers whether a <c>check</c> holds, or whether a <c>when</c> applies.</summary>
    public string MethodName => MemberPrefix + (IsWhen ? "_Applies" : "_Holds");

    /// <summary>The rule as written (<c>check: …</c>, or <c>when: … require: […]</c>), for the JSON Schema's <c>x-domainkit-rules</c>.</summary>
    public required string Text { get; init; }

    public required bool IsWhen { get; init; }

    public required RuleNode Condition { get; init; }

    public EquatableArray<RuleGuard> Guards { get; init; } = EquatableArray<RuleGuard>.Empty;

    public EquatableArray<RuleFunction> Functions { get; init; } = EquatableArray<RuleFunction>.Empty;

    public EquatableArray<RuleField> Required { get; init; } = EquatableArray<RuleField>.Empty;

    public EquatableArray<RuleField> Forbidden { get; init; } = EquatableArray<RuleField>.Empty;

    public bool UsesMacros { get; init; }

    public bool UsesArithmetic { get; init; }

    public EquatableArray<string> Patterns { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<string> Reads { get; init; } = EquatableArray<string>.Empty;

    public required string Code { get; init; }

    /// <summary>What the rule reports: one outcome for a <c>check</c>, one per listed field for a <c>when</c>.</summary>
    public EquatableArray<RuleOutcome> Outcomes { get; init; } = EquatableArray<RuleOutcome>.Empty;
}

/// <summary>
/// One error a rule can report: at <c>Pointer</c> (relative to the record, "" for the record itself) with
/// <c>Message</c>; <c>Broken</c> is the test of a <c>when</c> rule's field (null for a <c>check</c>).
/// </summary>
internal sealed record RuleOutcome(string Pointer, RuleNode? Broken, string Message);
