using System;

namespace DomainKit.Generators.Core.Emitting;

/// <summary>XML doc comments and <c>[Obsolete]</c> from a schema's <c>doc</c> and <c>deprecated</c>.</summary>
internal static class DocComments
{
    public static void Write(IndentedWriter writer, string? doc)
    {
        if (string.IsNullOrWhiteSpace(doc)) return;
        writer.Line("/// <summary>");
        foreach (var line in doc!.Trim().Replace("\r\n", "\n").Split('\n'))
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

    private static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
