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
        void Break(int newDepth)
        {
            lines.Add(line.ToString());
            depth = newDepth;
            line.Clear().Append(' ', 2 * depth);
        }
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            switch (c)
            {
                case '"':
                    i = AppendString(line, json, i);
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
        for (var i = start + 1; i < json.Length; i++)
        {
            var c = json[i];
            if (c == '"') i = StringEnd(json, i);
            else if (c is '{' or '[') return -1;
            else if (c is '}' or ']') return i;
        }
        return -1;
    }

    /// <summary>An object or array on one line, a space after each ':' and ','.</summary>
    private static void AppendFlat(StringBuilder line, string json, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            var c = json[i];
            if (c == '"')
            {
                i = AppendString(line, json, i);
                continue;
            }
            line.Append(c);
            if (c is ':' or ',') line.Append(' ');
        }
    }

    /// <summary>Appends the string literal that opens at <paramref name="start"/>; returns where it closes.</summary>
    private static int AppendString(StringBuilder line, string json, int start)
    {
        var end = StringEnd(json, start);
        line.Append(json, start, end - start + 1);
        return end;
    }

    /// <summary>The closing quote of the string literal that opens at <paramref name="start"/> (escapes skipped).</summary>
    private static int StringEnd(string json, int start)
    {
        for (var i = start + 1; i < json.Length; i++)
        {
            if (json[i] == '\\') i++;
            else if (json[i] == '"') return i;
        }
        return json.Length - 1;
    }
}
