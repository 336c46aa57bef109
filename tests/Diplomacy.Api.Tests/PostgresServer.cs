using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Diplomacy.Api.Tests;

/// <summary>
/// A real PostgreSQL for the tests: the one in <c>DOMAINKIT_POSTGRES</c> (what <c>.ci/run</c> starts), or else a cluster
/// of the tests' own from Debian's <c>postgresql</c> binaries, started once and stopped when the test run ends. Each
/// caller gets a database of its own, so test classes never see each other's rows.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<string> Server = new(Start);

    /// <summary>A new, empty database on the server; its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "talks_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(Server.Value))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }
        // Hundreds of requests at once share a few connections per database and wait for one rather than fail; with test
        // classes running side by side, the pools together stay under the server's 300 connections.
        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name, MaxPoolSize = 40, Timeout = 60 }.ConnectionString;
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("DOMAINKIT_POSTGRES") is { Length: > 0 } configured) return configured;
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null) throw new InvalidOperationException("PostgreSQL is not installed here: install Debian's postgresql, or set DOMAINKIT_POSTGRES to a server's connection string (docs/efcore.md).");
        RemoveStopped();
        var folder = Directory.CreateTempSubdirectory("domainkit-pg-").FullName;
        if (AsRoot) Run("chown", "postgres", folder);
        var port = FreePort();
        var data = Path.Combine(folder, "data");
        Run(AsRoot, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust");
        // The settings live in the cluster's own file, so that a restart needs only the data folder.
        File.AppendAllText(Path.Combine(data, "postgresql.conf"), $"port = {port}\nunix_socket_directories = '{folder}'\nlisten_addresses = '127.0.0.1'\nmax_connections = 300\n");
        Environment.SetEnvironmentVariable("DOMAINKIT_POSTGRES_BIN", bin);
        Environment.SetEnvironmentVariable("DOMAINKIT_POSTGRES_DATA", data);
        Control("start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(folder);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static bool AsRoot => Environment.UserName == "root";

    // Folders of earlier runs' servers that are stopped: a test host may end before its exit handler has deleted one.
    private static void RemoveStopped()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "domainkit-pg-*"))
        {
            if (File.Exists(Path.Combine(folder, "data", "postmaster.pid"))) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // At the end of the run: the server stopped and its folder gone, as far as either can be (the run is ending anyway).
    private static void Remove(string folder)
    {
        try
        {
            Control("stop", "-m", "immediate");
        }
        catch (InvalidOperationException)
        {
        }
        for (var attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>
    /// <c>pg_ctl start</c> or <c>stop</c> on the server (the one <c>.ci/run</c> started, named by <c>DOMAINKIT_POSTGRES_BIN</c>
    /// and <c>DOMAINKIT_POSTGRES_DATA</c>, or the tests' own): what a fault run does to take the database away and back.
    /// </summary>
    public static void Control(string action, params string[] options)
    {
        var bin = Environment.GetEnvironmentVariable("DOMAINKIT_POSTGRES_BIN") ?? throw new InvalidOperationException("DOMAINKIT_POSTGRES_BIN is not set: which server to stop and start is not known.");
        var data = Environment.GetEnvironmentVariable("DOMAINKIT_POSTGRES_DATA") ?? throw new InvalidOperationException("DOMAINKIT_POSTGRES_DATA is not set.");
        Run(AsRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(Path.GetDirectoryName(data)!, "server.log"), "-w", action, .. options]);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(bool asPostgres, string program, params string[] arguments) =>
        Run(asPostgres ? "runuser" : program, asPostgres ? ["-u", "postgres", "--", program, .. arguments] : arguments);

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors}{output.Result}");
    }
}
