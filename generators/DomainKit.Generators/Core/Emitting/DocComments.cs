using System;

namespace DomainKit.Generators.Core.Emitting;

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
            : $"[global::System.Obsolete({Checking.CSharpLiteral.String(message)})]");
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
            // XML has no way to write most control characters, even as references.
            if (char.IsControl(chars[i]) && chars[i] != '\t') chars[i] = ' ';
        }
        return new string(chars);
    }
}
