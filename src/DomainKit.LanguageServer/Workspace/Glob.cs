using System.IO;
using System.Text.RegularExpressions;

namespace DomainKit.LanguageServer.Workspace;

/// <summary>MSBuild item patterns (<c>..\schema\**\*.yaml;x.yml</c>) expanded to the files they name, sorted.</summary>
internal static class Glob
{
    public static List<string> Expand(string folder, string patterns)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var segments = pattern.Replace('\\', '/').Split('/');
            var wild = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal) || s.Contains('?', StringComparison.Ordinal));
            if (wild < 0)
            {
                var file = Path.GetFullPath(Path.Combine(folder, Path.Combine(segments)));
                if (File.Exists(file)) files.Add(file);
                continue;
            }
            var root = Path.GetFullPath(Path.Combine(folder, Path.Combine(segments[..wild])));
            if (!Directory.Exists(root)) continue;
            var rest = string.Join('/', segments[wild..]);
            var matcher = new Regex("^" + Regex.Escape(rest).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$",
                RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            var search = rest.Contains("**", StringComparison.Ordinal) || segments.Length - wild > 1 ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
            IEnumerable<string> candidates;
            try
            {
                candidates = Directory.EnumerateFiles(root, "*", search).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var candidate in candidates)
            {
                if (matcher.IsMatch(Path.GetRelativePath(root, candidate).Replace('\\', '/'))) files.Add(candidate);
            }
        }
        return files.ToList();
    }
}
