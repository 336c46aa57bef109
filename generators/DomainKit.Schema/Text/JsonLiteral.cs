using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DomainKit.Schema.Text;

/// <summary>JSON text for values the JSON Schema export writes.</summary>
internal static class JsonLiteral
{
    /// <summary>A JSON string literal.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c) || c is '\u2028' or '\u2029') text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>Compact JSON text laid out one member or item a line, indented by two spaces a level, for a reader of generated code.</summary>
    public static List<string> Indented(string json)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var depth = 0;
        var inString = false;
        void Break(int newDepth)
        {
            lines.Add(line.ToString());
            depth = newDepth;
            line.Clear().Append(' ', 2 * depth);
        }
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                line.Append(c);
                if (c == '\\') line.Append(json[++i]);
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    line.Append(c);
                    break;
                case '{' or '[' when FlatEnd(json, i) is var end && end > 0 && end - i <= 72:
                    AppendFlat(line, json, i, end);
                    i = end;
                    break;
                case '{' or '[':
                    line.Append(c);
                    Break(depth + 1);
                    break;
                case '}' or ']':
                    Break(depth - 1);
                    line.Append(c);
                    break;
                case ',':
                    line.Append(c);
                    Break(depth);
                    break;
                case ':':
                    line.Append(": ");
                    break;
                default:
                    line.Append(c);
                    break;
            }
        }
        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Where the object or array opened at <paramref name="start"/> closes, when nothing nests in it; else -1.</summary>
    private static int FlatEnd(string json, int start)
    {
        var inString = false;
        for (var i = start + 1; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c is '{' or '[') return -1;
            else if (c is '}' or ']') return i;
        }
        return -1;
    }

    private static void AppendFlat(StringBuilder line, string json, int start, int end)
    {
        var inString = false;
        for (var i = start; i <= end; i++)
        {
            var c = json[i];
            line.Append(c);
            if (inString)
            {
                if (c == '\\') line.Append(json[++i]);
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c is ':' or ',') line.Append(' ');
        }
    }
}
