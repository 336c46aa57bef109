using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Diplomacy.Api.Tests;

/// <summary>
/// The web sample as a process of its own on Kestrel (its built <c>Diplomacy.Api.dll</c>, copied beside the caller's),
/// on a free port of the loopback address: what a deployment runs, one of many behind a load balancer.
/// </summary>
public sealed class TalksAppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _output = new();

    private TalksAppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for a failure's message.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>
    /// Starts the app and waits until it answers. <paramref name="migrate"/> false starts it as an instance after a
    /// deployment's migration step (<c>Talks:Migrate=false</c>).
    /// </summary>
    public static async Task<TalksAppProcess> StartAsync(string provider, string connectionString, bool migrate = true)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", Path.Combine(AppContext.BaseDirectory, "Diplomacy.Api.dll"), "--urls", address.ToString() },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Talks__Provider"] = provider,
                ["ConnectionStrings__Talks"] = connectionString,
                ["Talks__Migrate"] = migrate ? "true" : "false",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Error",
            },
        };
        var app = new TalksAppProcess(Process.Start(start)!, address);
        app._process.OutputDataReceived += (_, line) => app.Write(line.Data);
        app._process.ErrorDataReceived += (_, line) => app.Write(line.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilServingAsync();
        return app;
    }

    public HttpClient CreateClient(int connections = 64) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(120) };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var probe = CreateClient(1);
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app stopped ({_process.ExitCode}) before it served: {Output}");
            try
            {
                if ((await probe.GetAsync("/missions/ru-embassy-washington")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The app did not serve within a minute: {Output}");
    }

    private void Write(string? line)
    {
        if (line is null) return;
        lock (_output) _output.WriteLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
