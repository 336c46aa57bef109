using System;

namespace DomainKit.Schema.Emitting;

/// <summary>XML doc comments and <c>[Obsolete]</c> from a schema's <c>doc</c> and <c>deprecated</c>.</summary>
internal static class DocComments
{
    public static void Write(IndentedWriter writer, string? doc)
    {
        if (string.IsNullOrWhiteSpace(doc)) return;
        writer.Line("/// <summary>");
        foreach (var line in doc!.Trim().Split(LineTerminators, StringSplitOptions.None))
        {
            writer.Line(("/// " + Escape(line.TrimEnd())).TrimEnd());
        }
        writer.Line("/// </summary>");
    }

    public static void WriteObsolete(IndentedWriter writer, string? message)
    {
        if (message is null) return;
        writer.Line(message.Length == 0
            ? "[global::System.Obsolete]"
            : $"[global::System.Obsolete({CSharpLiteral.String(message)})]");
    }

    // Every character C# ends a line at: one left inside a doc would end the /// comment and turn the
    // rest of the line into code.
    private static readonly string[] LineTerminators = { "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029" };

    private static string Escape(string text)
    {
        var escaped = text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        var chars = escaped.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            // XML cannot hold most control characters, unpaired surrogates, U+FFFE or U+FFFF, even as references.
            if (char.IsControl(c) && c != '\t') chars[i] = ' ';
            else if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
