using System.Text;

namespace DomainKit.Testing;

/// <summary>Changed lines with two lines of context, in unified-diff style (a longest-common-subsequence line diff).</summary>
internal static class UnifiedDiff
{
    public static string Of(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lines = Align(a, b);
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Marker == ' ') continue;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++) show[j] = true;
        }
        var text = new StringBuilder("--- verified\n+++ received\n");
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                if (i > 0 && show[i - 1]) text.Append("@@\n");
                continue;
            }
            text.Append(lines[i].Marker).Append(lines[i].Text).Append('\n');
        }
        return text.ToString();
    }

    private static List<(char Marker, string Text)> Align(string[] a, string[] b)
    {
        // Common prefix and suffix first: a snapshot usually changes in a few places, so the table stays small.
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }
        var n = endA - start;
        var m = endB - start;
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
                common[i, j] = a[start + i] == b[start + j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        }
        var lines = new List<(char, string)>();
        for (var k = 0; k < start; k++) lines.Add((' ', a[k]));
        var (x, y) = (0, 0);
        while (x < n || y < m)
        {
            if (x < n && y < m && a[start + x] == b[start + y])
            {
                lines.Add((' ', a[start + x]));
                x++;
                y++;
            }
            else if (x < n && (y == m || common[x + 1, y] >= common[x, y + 1]))
            {
                lines.Add(('-', a[start + x]));
                x++;
            }
            else
            {
                lines.Add(('+', b[start + y]));
                y++;
            }
        }
        for (var k = endA; k < a.Length; k++) lines.Add((' ', a[k]));
        return lines;
    }
}
