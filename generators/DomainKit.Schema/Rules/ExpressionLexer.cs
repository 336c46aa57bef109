using System.Collections.Generic;
using System.Text;

namespace DomainKit.Schema.Rules;

internal enum TokenKind
{
    Name,
    Integer,
    Fraction,
    String,
    Symbol,
    End,
}

/// <summary>One token of a rule expression: its kind, its text (a string's unescaped), and where it stands in the scalar.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End);

/// <summary>Splits a rule expression into tokens; the first malformed character stops it with an error and its offset.</summary>
internal static class ExpressionLexer
{
    private static readonly string[] Symbols = { "&&", "||", "==", "!=", "<=", ">=", "<", ">", "!", "?", ":", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", "." };

    public static List<Token>? Tokenize(string text, out string? error, out int errorOffset)
    {
        var tokens = new List<Token>();
        error = null;
        errorOffset = 0;
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            var c = text[i];
            var start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Name, text.Substring(start, i - start), start, i));
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i])) i++;
                var kind = TokenKind.Integer;
                if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsDigit(text[i])) i++;
                    kind = TokenKind.Fraction;
                }
                if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
                {
                    error = $"'{text[i]}' cannot follow a number";
                    errorOffset = i;
                    return null;
                }
                tokens.Add(new Token(kind, text.Substring(start, i - start), start, i));
            }
            else if (c == '\'' || c == '"')
            {
                var value = ReadString(text, ref i, out error);
                if (value is null)
                {
                    errorOffset = error == "unterminated string" ? start : i;
                    return null;
                }
                tokens.Add(new Token(TokenKind.String, value, start, i));
            }
            else
            {
                var symbol = MatchSymbol(text, i);
                if (symbol is null)
                {
                    error = c == '=' ? "'=' is not an operator; compare with '=='" : c == '&' ? "'&' is not an operator; use '&&'" : c == '|' ? "'|' is not an operator; use '||'" : $"unexpected character '{c}'";
                    errorOffset = i;
                    return null;
                }
                i += symbol.Length;
                tokens.Add(new Token(TokenKind.Symbol, symbol, start, i));
            }
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length, text.Length));
        return tokens;
    }

    private static string? MatchSymbol(string text, int at)
    {
        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(text, at, symbol, 0, symbol.Length) == 0) return symbol;
        }
        return null;
    }

    private static string? ReadString(string text, ref int i, out string? error)
    {
        var quote = text[i++];
        var builder = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] != '\\')
            {
                builder.Append(text[i++]);
                continue;
            }
            if (i + 1 >= text.Length) break;
            var escaped = text[i + 1];
            switch (escaped)
            {
                case '\\': case '\'': case '"': builder.Append(escaped); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                default:
                    error = $"unknown escape '\\{escaped}' in a string";
                    return null;
            }
            i += 2;
        }
        if (i >= text.Length)
        {
            error = "unterminated string";
            return null;
        }
        i++;
        error = null;
        return builder.ToString();
    }
}
