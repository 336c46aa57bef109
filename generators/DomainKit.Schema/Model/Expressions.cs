namespace DomainKit.Schema.Model;

// Parse stage: the tree of a rule expression (a small subset of CEL). Every node carries the span of
// its text in the YAML file; operators and names also carry their own token's span.

internal abstract record Expr(SourceSpan Span);

internal enum LiteralKind
{
    Integer,
    Fraction,
    String,
    True,
    False,
    Null,
}

/// <summary><c>12</c>, <c>1.5</c>, <c>'text'</c> (Text unescaped), <c>true</c>, <c>false</c>, <c>null</c>.</summary>
internal sealed record LiteralExpr(LiteralKind Kind, string Text, SourceSpan Span) : Expr(Span);

/// <summary>A bare name: a field, a macro's variable, a bare enum member, or an enum type before <c>.member</c>.</summary>
internal sealed record NameExpr(string Name, SourceSpan Span) : Expr(Span);

/// <summary><c>target.name</c>.</summary>
internal sealed record MemberExpr(Expr Target, string Name, SourceSpan NameSpan, SourceSpan Span) : Expr(Span);

/// <summary><c>name(args)</c> or <c>target.name(args)</c>.</summary>
internal sealed record CallExpr(Expr? Target, string Name, EquatableArray<Expr> Arguments, SourceSpan NameSpan, SourceSpan Span) : Expr(Span);

/// <summary><c>!x</c> or <c>-x</c>.</summary>
internal sealed record UnaryExpr(string Operator, Expr Operand, SourceSpan Span) : Expr(Span);

/// <summary><c>a op b</c> for <c>|| &amp;&amp; == != &lt; &lt;= &gt; &gt;= in + - * / %</c>.</summary>
internal sealed record BinaryExpr(string Operator, Expr Left, Expr Right, SourceSpan OperatorSpan, SourceSpan Span) : Expr(Span);

/// <summary><c>c ? a : b</c>.</summary>
internal sealed record ConditionalExpr(Expr Condition, Expr WhenTrue, Expr WhenFalse, SourceSpan Span) : Expr(Span);

/// <summary><c>[a, b]</c>, the right side of <c>in</c>.</summary>
internal sealed record ListExpr(EquatableArray<Expr> Items, SourceSpan Span) : Expr(Span);
