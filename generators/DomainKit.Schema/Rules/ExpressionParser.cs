using System;
using System.Collections.Generic;

namespace DomainKit.Schema.Rules;

/// <summary>
/// Parses a rule expression (precedence, lowest first: <c>?:</c>, <c>||</c>, <c>&amp;&amp;</c>, comparisons and
/// <c>in</c>, <c>+ -</c>, <c>* / %</c>, unary <c>! -</c>, member access and calls). Never throws: the first
/// problem ends the parse with a message and the offset of the offending token. Nesting is bounded.
/// </summary>
internal sealed class ExpressionParser
{
    public const int MaxDepth = 64;
    private static readonly HashSet<string> Relations = new() { "==", "!=", "<", "<=", ">", ">=", "in" };
    private readonly List<Token> _tokens;
    private readonly Func<int, int, SourceSpan> _locate;
    private int _next;
    private int _depth;

    private ExpressionParser(List<Token> tokens, Func<int, int, SourceSpan> locate)
    {
        _tokens = tokens;
        _locate = locate;
    }

    /// <param name="locate">Turns a range of the text's characters into a span of the YAML file.</param>
    public static Expr? Parse(string text, Func<int, int, SourceSpan> locate, out string? error, out int errorStart, out int errorEnd)
    {
        errorStart = errorEnd = 0;
        var tokens = ExpressionLexer.Tokenize(text, out error, out var lexOffset);
        if (tokens is null)
        {
            errorStart = lexOffset;
            errorEnd = Math.Min(text.Length, lexOffset + 1);
            return null;
        }
        if (tokens.Count == 1)
        {
            error = "the expression is empty";
            return null;
        }
        var parser = new ExpressionParser(tokens, locate);
        try
        {
            var tree = parser.Conditional();
            if (parser.Peek.Kind != TokenKind.End) throw parser.Fail($"unexpected {Describe(parser.Peek)}");
            return tree;
        }
        catch (SyntaxError e)
        {
            error = e.Message;
            errorStart = e.Token.Start;
            errorEnd = Math.Max(e.Token.End, e.Token.Start + 1);
            return null;
        }
    }

    private Token Peek => _tokens[_next];

    private Token Take() => _tokens[_next++];

    private bool IsSymbol(string symbol) => Peek.Kind == TokenKind.Symbol && Peek.Text == symbol;

    private Token Expect(string symbol, string context) =>
        IsSymbol(symbol) ? Take() : throw Fail($"expected '{symbol}' {context}, found {Describe(Peek)}");

    private SourceSpan Span(int start, int end) => _locate(start, end);

    private SourceSpan SpanFrom(Expr first, Token last) => Span(StartOf(first), last.End);

    private int StartOf(Expr expr) => _starts.TryGetValue(expr, out var start) ? start : 0;

    private int EndOf(Expr expr) => _ends.TryGetValue(expr, out var end) ? end : 0;

    // Node offsets within the text, kept beside the tree (the tree itself holds file spans only).
    private readonly Dictionary<Expr, int> _starts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Expr, int> _ends = new(ReferenceEqualityComparer.Instance);

    private T Node<T>(T expr, int start, int end) where T : Expr
    {
        _starts[expr] = start;
        _ends[expr] = end;
        return expr;
    }

    private Expr Conditional()
    {
        Enter();
        var condition = Or();
        if (IsSymbol("?"))
        {
            Take();
            var whenTrue = Conditional();
            Expect(":", "between the branches of '?'");
            var whenFalse = Conditional();
            condition = Node(new ConditionalExpr(condition, whenTrue, whenFalse, Span(StartOf(condition), EndOf(whenFalse))), StartOf(condition), EndOf(whenFalse));
        }
        _depth--;
        return condition;
    }

    private Expr Or() => LeftAssociative(And, "||");

    private Expr And() => LeftAssociative(Relation, "&&");

    private Expr Relation()
    {
        var left = Additive();
        if (!IsRelation()) return left;
        var op = Take();
        var right = Additive();
        if (IsRelation()) throw Fail($"comparisons do not chain: '{op.Text}' is followed by '{Peek.Text}'; join them with '&&'");
        return Binary(op, left, right);
    }

    private bool IsRelation() =>
        (Peek.Kind == TokenKind.Symbol && Relations.Contains(Peek.Text)) || (Peek.Kind == TokenKind.Name && Peek.Text == "in");

    private Expr Additive() => LeftAssociative(Multiplicative, "+", "-");

    private Expr Multiplicative() => LeftAssociative(Unary, "*", "/", "%");

    private Expr LeftAssociative(Func<Expr> operand, params string[] operators)
    {
        var left = operand();
        while (Peek.Kind == TokenKind.Symbol && Array.IndexOf(operators, Peek.Text) >= 0)
        {
            var op = Take();
            left = Binary(op, left, operand());
        }
        return left;
    }

    private Expr Binary(Token op, Expr left, Expr right) =>
        Node(new BinaryExpr(op.Text, left, right, Span(op.Start, op.End), Span(StartOf(left), EndOf(right))), StartOf(left), EndOf(right));

    private Expr Unary()
    {
        if (IsSymbol("!") || IsSymbol("-"))
        {
            Enter();
            var op = Take();
            var operand = Unary();
            _depth--;
            return Node(new UnaryExpr(op.Text, operand, Span(op.Start, EndOf(operand))), op.Start, EndOf(operand));
        }
        return Postfix();
    }

    private Expr Postfix()
    {
        var expr = Primary();
        while (IsSymbol("."))
        {
            Take();
            var name = Peek.Kind == TokenKind.Name ? Take() : throw Fail($"expected a name after '.', found {Describe(Peek)}");
            if (IsSymbol("("))
            {
                var arguments = Arguments(out var close);
                expr = Node(new CallExpr(expr, name.Text, arguments, Span(name.Start, name.End), SpanFrom(expr, close)), StartOf(expr), close.End);
            }
            else
            {
                expr = Node(new MemberExpr(expr, name.Text, Span(name.Start, name.End), Span(StartOf(expr), name.End)), StartOf(expr), name.End);
            }
        }
        return expr;
    }

    private Expr Primary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Integer:
                return Node(new LiteralExpr(LiteralKind.Integer, token.Text, Span(token.Start, token.End)), token.Start, token.End);
            case TokenKind.Fraction:
                return Node(new LiteralExpr(LiteralKind.Fraction, token.Text, Span(token.Start, token.End)), token.Start, token.End);
            case TokenKind.String:
                return Node(new LiteralExpr(LiteralKind.String, token.Text, Span(token.Start, token.End)), token.Start, token.End);
            case TokenKind.Name:
                switch (token.Text)
                {
                    case "true": return Node(new LiteralExpr(LiteralKind.True, "true", Span(token.Start, token.End)), token.Start, token.End);
                    case "false": return Node(new LiteralExpr(LiteralKind.False, "false", Span(token.Start, token.End)), token.Start, token.End);
                    case "null": return Node(new LiteralExpr(LiteralKind.Null, "null", Span(token.Start, token.End)), token.Start, token.End);
                    case "in": throw Fail("'in' needs a value on its left", token);
                }
                if (IsSymbol("("))
                {
                    var arguments = Arguments(out var close);
                    return Node(new CallExpr(null, token.Text, arguments, Span(token.Start, token.End), Span(token.Start, close.End)), token.Start, close.End);
                }
                return Node(new NameExpr(token.Text, Span(token.Start, token.End)), token.Start, token.End);
            case TokenKind.Symbol when token.Text == "(":
                {
                    var inner = Conditional();
                    var close = Expect(")", "to close '('");
                    _starts[inner] = token.Start;
                    _ends[inner] = close.End;
                    return inner;
                }
            case TokenKind.Symbol when token.Text == "[":
                {
                    var items = new List<Expr>();
                    if (!IsSymbol("]"))
                    {
                        items.Add(Conditional());
                        while (IsSymbol(","))
                        {
                            Take();
                            items.Add(Conditional());
                        }
                    }
                    var close = Expect("]", "to close the list");
                    return Node(new ListExpr(items.ToEquatableArray(), Span(token.Start, close.End)), token.Start, close.End);
                }
            default:
                throw Fail($"expected a value, found {Describe(token)}", token);
        }
    }

    private EquatableArray<Expr> Arguments(out Token close)
    {
        Take();
        var arguments = new List<Expr>();
        if (!IsSymbol(")"))
        {
            arguments.Add(Conditional());
            while (IsSymbol(","))
            {
                Take();
                arguments.Add(Conditional());
            }
        }
        close = Expect(")", "to close the arguments");
        return arguments.ToEquatableArray();
    }

    private void Enter()
    {
        if (++_depth > MaxDepth) throw Fail($"the expression nests deeper than {MaxDepth} levels");
    }

    private SyntaxError Fail(string message) => new(message, Peek);

    private static SyntaxError Fail(string message, Token token) => new(message, token);

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.String => "a string",
        _ => $"'{token.Text}'",
    };

    private sealed class SyntaxError : Exception
    {
        public SyntaxError(string message, Token token) : base(message) => Token = token;

        public Token Token { get; }
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<Expr>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(Expr? x, Expr? y) => ReferenceEquals(x, y);

        public int GetHashCode(Expr obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
