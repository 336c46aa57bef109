using System.Collections.Generic;

namespace DomainKit.Schema.Parsing;

/// <summary>Parses <c>name</c>, <c>name?</c>, <c>list&lt;T&gt;</c>, <c>map&lt;list&lt;T&gt;&gt;?</c> and so on.</summary>
internal sealed class TypeExpressionParser
{
    private const int MaxDepth = 32;
    private readonly string _text;
    private int _position;

    private TypeExpressionParser(string text) => _text = text;

    public static TypeSyntax Parse(Scalar source)
    {
        var expression = Parse(source.Text, out var error, out var errorOffset);
        return new TypeSyntax { Source = source, Expression = expression, Error = error, ErrorOffset = errorOffset };
    }

    public static TypeExpression? Parse(string text, out string? error, out int errorOffset)
    {
        var parser = new TypeExpressionParser(text);
        var result = parser.ParseType(0, out error);
        if (result is not null)
        {
            parser.SkipSpaces();
            if (parser._position < text.Length)
            {
                error = $"unexpected '{text[parser._position]}'";
                result = null;
            }
        }
        errorOffset = parser._position;
        return result;
    }

    private TypeExpression? ParseType(int depth, out string? error)
    {
        error = null;
        if (depth > MaxDepth)
        {
            error = $"types nest at most {MaxDepth} deep";
            return null;
        }
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && IsNameChar(_text[_position], _position == start)) _position++;
        if (_position == start)
        {
            error = _position < _text.Length ? $"expected a type name at '{_text[_position]}'" : "expected a type name";
            return null;
        }
        var name = _text.Substring(start, _position - start);
        var arguments = new List<TypeExpression>();
        SkipSpaces();
        if (Peek('<'))
        {
            _position++;
            do
            {
                var argument = ParseType(depth + 1, out error);
                if (argument is null) return null;
                arguments.Add(argument);
                SkipSpaces();
            }
            while (Peek(',') && ++_position > 0);
            if (!Peek('>'))
            {
                error = "expected '>'";
                return null;
            }
            _position++;
            SkipSpaces();
        }
        var optional = Peek('?');
        if (optional) _position++;
        return new TypeExpression(name, start, name.Length, arguments.ToEquatableArray(), optional);
    }

    private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ') _position++;
    }

    private static bool IsNameChar(char c, bool first) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (!first && c is >= '0' and <= '9');
}
