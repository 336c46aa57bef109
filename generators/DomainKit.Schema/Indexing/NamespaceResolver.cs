
namespace DomainKit.Schema.Indexing;

/// <summary>A file's namespace: its own <c>namespace:</c> when valid, else the project default.</summary>
internal static class NamespaceResolver
{
    public static string Resolve(Scalar? declared, string defaultNamespace, DiagnosticBag? diagnostics = null)
    {
        if (declared is null || NodeText(declared).Length == 0) return Valid(defaultNamespace) ? defaultNamespace : "";
        var problem = Problem(declared.Text);
        if (problem is null) return declared.Text;
        diagnostics?.Report(DiagnosticCatalog.InvalidNamespace, declared.Span, declared.Text, problem);
        return Valid(defaultNamespace) ? defaultNamespace : "";
    }

    private static string NodeText(Scalar scalar) => Parsing.NodeReader.IsNull(scalar) ? "" : scalar.Text;

    private static bool Valid(string ns) => ns.Length == 0 || Problem(ns) is null;

    private static string? Problem(string ns)
    {
        foreach (var segment in ns.Split('.'))
        {
            if (segment.Length == 0) return "it has an empty segment";
            if (!(char.IsLetter(segment[0]) || segment[0] == '_')) return $"the segment '{segment}' must start with a letter or '_'";
            foreach (var c in segment)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_')) return $"the segment '{segment}' contains '{c}'";
            }
            if (CSharpKeywords.Contains(segment)) return $"the segment '{segment}' is a C# keyword";
        }
        return null;
    }
}
