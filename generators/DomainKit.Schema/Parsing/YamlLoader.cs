using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DomainKit.Schema.Parsing;

/// <summary>Loads YAML text into nodes with positions; every failure becomes a located DK0001.</summary>
internal static class YamlLoader
{
    public static YamlNode? Load(string text, SourceMap map, DiagnosticBag diagnostics)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count > 1)
            {
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, map.Span(stream.Documents[1].RootNode.Start, stream.Documents[1].RootNode.End),
                    "a schema file holds one YAML document; split the others into their own files");
            }
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (NestingTooDeepException e)
        {
            diagnostics.Report(DiagnosticCatalog.NestingTooDeep, map.Span(e.At.Start, e.At.End),
                TrackingParser.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (YamlException e)
        {
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, LocateYamlException(e, text, map), Describe(e));
        }
        catch (InvalidOperationException)
        {
            var open = parser.InnermostOpenFlowCollection;
            if (open is not null)
            {
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, map.Span(open.Start, open.End),
                    "this flow collection ('[' or '{') is never closed");
            }
            else
            {
                var at = parser.Last?.End ?? Mark.Empty;
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, map.Span(at, at), "malformed YAML after this point");
            }
        }
        catch (ArgumentException e)
        {
            // YamlDotNet's scanner throws this, without a position, for a tag it cannot turn into a URI (`!!str[]`).
            var after = (int)Math.Min(parser.Last?.End.Index ?? 0, text.Length);
            var tag = text.IndexOf('!', after);
            var span = tag < 0 ? map.SpanAt(after, after) : map.SpanAt(tag, EndOfTag(text, tag));
            var reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "");
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, span, "this tag is not valid: " + reason);
        }
        return null;
    }

    private static int EndOfTag(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',' && text[end] != '}') end++;
        return end;
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && closing > 0 ? message.Substring(closing + 3) : message;
    }

    // YamlDotNet reports some errors at the start of the file; find the real place in the text.
    private static SourceSpan LocateYamlException(YamlException e, string text, SourceMap map)
    {
        var atStart = e.Start.Line <= 1 && e.Start.Column <= 1;
        if (atStart && e.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            var tab = FindIndentationTab(text);
            if (tab >= 0) return map.SpanAt(tab, tab + 1);
        }
        if (atStart && TryFindMissingAnchor(e.Message, text, out var start, out var end)) return map.SpanAt(start, end);
        return map.Span(e.Start, e.End);
    }

    private static int FindIndentationTab(string text)
    {
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') lineStart = true;
            else if (c == '\t' && lineStart) return i;
            else if (c != ' ' && c != '\r') lineStart = false;
        }
        return -1;
    }

    private static bool TryFindMissingAnchor(string message, string text, out int start, out int end)
    {
        start = end = -1;
        const string marker = "anchor '";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return false;
        var close = message.IndexOf('\'', at + marker.Length);
        if (close < 0) return false;
        var alias = "*" + message.Substring(at + marker.Length, close - at - marker.Length);
        start = text.IndexOf(alias, StringComparison.Ordinal);
        end = start + alias.Length;
        return start >= 0;
    }
}
