using System.Text;

namespace DomainKit.Testing;

/// <summary>
/// A .NET pattern as an automaton's regular expression (Fare's, without its extensions): the anchors at its ends
/// dropped — a string the pattern matches whole also contains a match — and the shorthand classes spelled out.
/// Null for what an automaton cannot express (look-arounds, back references, anchors inside).
/// </summary>
internal static class PatternTranslation
{
    public static string? ToAutomatonSyntax(string pattern)
    {
        var body = pattern;
        if (body.StartsWith('^')) body = body[1..];
        if (body.EndsWith('$') && !body.EndsWith("\\$", StringComparison.Ordinal)) body = body[..^1];
        var output = new StringBuilder(body.Length + 8);
        var inClass = false;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= body.Length || Escape(body, ref i, inClass, output) is false) return null;
                    break;
                case '[':
                    if (inClass) output.Append("\\[");
                    else
                    {
                        inClass = true;
                        output.Append('[');
                        if (i + 1 < body.Length && body[i + 1] == '^')
                        {
                            output.Append('^');
                            i++;
                        }
                    }
                    break;
                case ']':
                    output.Append(']');
                    inClass = false;
                    break;
                case '(' when !inClass:
                    if (i + 1 < body.Length && body[i + 1] == '?')
                    {
                        if (i + 2 < body.Length && body[i + 2] == ':') i += 2;
                        else if (i + 3 < body.Length && body[i + 2] == '<' && body[i + 3] is not ('=' or '!'))
                        {
                            i = body.IndexOf('>', i);
                            if (i < 0) return null;
                        }
                        else return null;
                    }
                    output.Append('(');
                    break;
                case '^' or '$' when !inClass:
                    return null;
                case '.' when !inClass:
                    output.Append("[^\\n]");
                    break;
                case '?' or '*' or '+' or '}' when !inClass:
                    output.Append(c);
                    if (i + 1 < body.Length && body[i + 1] == '?') i++;
                    break;
                case '"' or '#' or '@' or '<' or '>' or '&' or '~':
                    output.Append('\\').Append(c);
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
        return output.ToString();
    }

    private static bool Escape(string body, ref int i, bool inClass, StringBuilder output)
    {
        var next = body[++i];
        var shorthand = next switch
        {
            'd' => "0-9",
            'w' => "a-zA-Z0-9_",
            's' => " \t\n\r\f\v",
            _ => null,
        };
        if (shorthand is not null)
        {
            output.Append(inClass ? shorthand : "[" + shorthand + "]");
            return true;
        }
        if (next is 'D' or 'W' or 'S')
        {
            if (inClass) return false;
            output.Append(next switch { 'D' => "[^0-9]", 'W' => "[^a-zA-Z0-9_]", _ => "[^ \t\n\r\f\v]" });
            return true;
        }
        var literal = next switch
        {
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            'f' => '\f',
            'v' => '\v',
            'e' => '\u001b',
            'x' when i + 2 < body.Length => (char)Convert.ToInt32(body.Substring(i + 1, 2), 16),
            'u' when i + 4 < body.Length => (char)Convert.ToInt32(body.Substring(i + 1, 4), 16),
            _ when char.IsLetterOrDigit(next) => (char?)null,
            _ => next,
        };
        if (literal is null) return false;
        if (next == 'x') i += 2;
        if (next == 'u') i += 4;
        output.Append('\\').Append(literal.Value);
        return true;
    }
}
