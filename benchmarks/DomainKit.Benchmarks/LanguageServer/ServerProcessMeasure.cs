using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DomainKit.Testing;

namespace DomainKit.Benchmarks.LanguageServer;

/// <summary>
/// `-- lsp-process <command…>`: the shipped server as an editor runs it — a process on stdio — on the 1,000-type
/// synthetic workspace: time to every file's first diagnostics (process start included), edit-to-diagnostics and
/// completion round trips over many edits (median, p99, max), and the server's working set (VmRSS, and VmHWM, its peak).
/// </summary>
internal static class ServerProcessMeasure
{
    public static void Run(string[] command, int edits = 300)
    {
        using var workspace = new SyntheticWorkspace(new SyntheticDomain());
        var start = new ProcessStartInfo(command[0]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in command.Skip(1).Append("lsp")) start.ArgumentList.Add(word);
        var clock = Stopwatch.StartNew();
        using var server = Process.Start(start)!;
        var input = server.StandardInput.BaseStream;
        var output = server.StandardOutput.BaseStream;
        var id = 0;

        Send(input, Request(++id, "initialize", new JsonObject { ["processId"] = null, ["rootUri"] = new Uri(workspace.Folder).AbsoluteUri }));
        ReadUntil(output, m => m["id"]?.GetValue<int>() == id);
        Send(input, Notification("initialized", new JsonObject()));
        var published = 0;
        ReadUntil(output, m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && ++published == workspace.Domain.Files);
        var load = clock.Elapsed;

        var uri = new Uri(workspace.PathOf(42)).AbsoluteUri;
        var text = workspace.Domain.Schema(42);
        Send(input, Notification("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text } }));
        var lines = text.Split('\n');
        var typeLine = Array.FindIndex(lines, l => l.Contains(": 'E", StringComparison.Ordinal));
        var typeColumn = lines[typeLine].IndexOf(": 'E", StringComparison.Ordinal) + 3;

        // Each edit breaks a type reference (E7 → E7x, an unknown type) or mends it: every edit changes the diagnostics, so each is published.
        var editTimes = new List<double>();
        var completionTimes = new List<double>();
        for (var edit = 0; edit < edits; edit++)
        {
            var broken = edit % 2 == 0;
            var at = new JsonObject { ["line"] = typeLine, ["character"] = typeColumn + 2 };
            var end = new JsonObject { ["line"] = typeLine, ["character"] = typeColumn + (broken ? 2 : 3) };
            var timer = Stopwatch.StartNew();
            Send(input, Notification("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = edit + 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { ["start"] = at, ["end"] = end }, ["text"] = broken ? "x" : "" }),
            }));
            ReadUntil(output, m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["uri"]!.GetValue<string>() == uri);
            editTimes.Add(timer.Elapsed.TotalMilliseconds);

            timer.Restart();
            Send(input, Request(++id, "textDocument/completion", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = new JsonObject { ["line"] = typeLine, ["character"] = typeColumn } }));
            ReadUntil(output, m => m["id"]?.GetValue<int>() == id);
            completionTimes.Add(timer.Elapsed.TotalMilliseconds);
        }

        var status = File.ReadAllLines($"/proc/{server.Id}/status");
        string Memory(string key) => status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim();
        Console.WriteLine($"server: {string.Join(' ', command)} lsp, {workspace.Domain.Types} types in {workspace.Domain.Files} files");
        Console.WriteLine($"load to every file's first diagnostics (process start included): {load.TotalMilliseconds:F0} ms");
        Console.WriteLine($"edit to published diagnostics, {edits} edits: {Summary(editTimes)}");
        Console.WriteLine($"completion at a type position, {edits} requests: {Summary(completionTimes)}");
        Console.WriteLine($"working set after the edits: VmRSS {Memory("VmRSS")}, peak VmHWM {Memory("VmHWM")}");

        Send(input, Request(++id, "shutdown", null));
        ReadUntil(output, m => m["id"]?.GetValue<int>() == id);
        Send(input, Notification("exit", null));
        server.WaitForExit(10_000);
    }

    private static string Summary(List<double> times)
    {
        var sorted = times.Order().ToList();
        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        return $"median {At(0.5):F1} ms, p99 {At(0.99):F1} ms, max {sorted[^1]:F1} ms";
    }

    private static JsonObject Request(int id, string method, JsonNode? parameters) => new() { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters };

    private static JsonObject Notification(string method, JsonNode? parameters) => new() { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters };

    private static void Send(Stream input, JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        input.Write(body);
        input.Flush();
    }

    private static void ReadUntil(Stream output, Func<JsonNode, bool> done)
    {
        while (true)
        {
            var length = 0;
            string line;
            while ((line = ReadLine(output)).Length > 0)
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            var body = new byte[length];
            output.ReadExactly(body);
            if (done(JsonNode.Parse(body)!)) return;
        }
    }

    private static string ReadLine(Stream output)
    {
        var line = new StringBuilder();
        int b;
        while ((b = output.ReadByte()) >= 0 && b != '\n') line.Append((char)b);
        if (b < 0) throw new EndOfStreamException("the server closed its output");
        return line.ToString().TrimEnd('\r');
    }
}
