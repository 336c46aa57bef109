using System.Linq;

namespace DomainKit.Schema.Model;

// Parse stage: a record's rules as written, each expression already parsed into a tree whose nodes
// know where they stand in the YAML file (so a problem is reported at its token).

/// <summary>One entry under <c>rules:</c> — a <c>check</c>, or a <c>when</c> with <c>require</c>/<c>forbid</c>.</summary>
internal sealed record RuleDeclaration
{
    /// <summary>The whole entry, for problems that belong to no key.</summary>
    public required SourceSpan Span { get; init; }

    public RuleExpression? Check { get; init; }

    public RuleExpression? When { get; init; }

    public EquatableArray<Scalar> Require { get; init; } = EquatableArray<Scalar>.Empty;

    public EquatableArray<Scalar> Forbid { get; init; } = EquatableArray<Scalar>.Empty;

    public Scalar? Path { get; init; }

    public Scalar? Code { get; init; }

    public Scalar? Message { get; init; }

    /// <summary>
    /// What the rule checks, as written (<c>check: …</c>, or <c>when: … require: […] forbid: […]</c>): a rule whose
    /// text is unchanged is the same rule, whatever its message, code and path.
    /// </summary>
    public string Text => Check is { } check
        ? "check: " + check.Source.Text
        : "when: " + When?.Source.Text + Listed(" require: ", Require) + Listed(" forbid: ", Forbid);

    private static string Listed(string key, EquatableArray<Scalar> fields) =>
        fields.Count == 0 ? "" : key + "[" + string.Join(", ", fields.Select(f => f.Text)) + "]";
}

/// <summary>An expression scalar: its text, and its tree or the syntax error (with where it stands).</summary>
internal sealed record RuleExpression
{
    public required Scalar Source { get; init; }

    public Expr? Tree { get; init; }

    public string? Error { get; init; }

    public SourceSpan? ErrorSpan { get; init; }
}
