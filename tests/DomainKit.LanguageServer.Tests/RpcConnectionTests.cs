using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using DomainKit.LanguageServer.Rpc;

namespace DomainKit.LanguageServer.Tests;

/// <summary>The JSON-RPC connection over real pipes: framing, errors, cancellation, exit.</summary>
public sealed class RpcConnectionTests : IDisposable
{
    private readonly AnonymousPipeServerStream _toServer = new(PipeDirection.Out);
    private readonly AnonymousPipeClientStream _serverIn;
    private readonly AnonymousPipeServerStream _toClient = new(PipeDirection.Out);
    private readonly AnonymousPipeClientStream _clientIn;

    public RpcConnectionTests()
    {
        _serverIn = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        _clientIn = new AnonymousPipeClientStream(PipeDirection.In, _toClient.ClientSafePipeHandle);
    }

    private void Send(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        _toServer.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        _toServer.Write(body);
        _toServer.Flush();
    }

    private JsonElement Receive()
    {
        var body = new MessageStream(_clientIn, Stream.Null).ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
        Assert.NotNull(body);
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task The_host_answers_initialize_publishes_and_stops_on_exit()
    {
        using var project = new TempProject();
        var running = LanguageServerHost.RunAsync(_serverIn, _toClient);
        var root = new Uri(project.Folder).AbsoluteUri;
        Send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + root + "\"}}");
        var initialized = Receive();
        Assert.Equal(1, initialized.GetProperty("id").GetInt32());
        Assert.True(initialized.GetProperty("result").GetProperty("capabilities").GetProperty("hoverProvider").GetBoolean());
        Send("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        var published = Receive();
        Assert.Equal("textDocument/publishDiagnostics", published.GetProperty("method").GetString());
        Send("""{"jsonrpc":"2.0","id":"s","method":"shutdown"}""");
        var shutdown = Receive();
        while (shutdown.TryGetProperty("method", out _)) shutdown = Receive();
        Assert.Equal("s", shutdown.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        Send("""{"jsonrpc":"2.0","method":"exit"}""");
        Assert.Equal(0, await running);
    }

    [Fact]
    public async Task Bad_input_gets_an_error_answer_and_the_connection_goes_on()
    {
        var connection = new RpcConnection(_serverIn, _toClient, (message, _) => message.Method == "fail"
            ? throw new InvalidOperationException("a bug")
            : RpcResult.Of(message.Method!, Protocol.LspJson.Default.String), _ => { });
        var running = connection.RunAsync(CancellationToken.None);
        Send("{ not json");
        Assert.Equal(RpcErrors.ParseError, Receive().GetProperty("error").GetProperty("code").GetInt32());
        Send("""{"jsonrpc":"2.0","id":2,"method":"fail"}""");
        Assert.Equal(RpcErrors.InternalError, Receive().GetProperty("error").GetProperty("code").GetInt32());
        Send("""{"jsonrpc":"2.0","id":3,"method":"echo"}""");
        Assert.Equal("echo", Receive().GetProperty("result").GetString());
        _toServer.Dispose();
        await running;
    }

    [Fact]
    public async Task A_request_cancelled_before_it_runs_is_answered_as_cancelled()
    {
        using var first = new ManualResetEventSlim();
        var connection = new RpcConnection(_serverIn, _toClient, (message, token) =>
        {
            if (message.Method == "slow") first.Wait(TimeSpan.FromMinutes(1));
            token.ThrowIfCancellationRequested();
            return RpcResult.Of(message.Method!, Protocol.LspJson.Default.String);
        }, _ => { });
        var running = connection.RunAsync(CancellationToken.None);
        Send("""{"jsonrpc":"2.0","id":1,"method":"slow"}""");
        Send("""{"jsonrpc":"2.0","id":2,"method":"queued"}""");
        Send("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}""");
        Send("""{"jsonrpc":"2.0","id":3,"method":"marker"}""");
        // The marker is read after the cancel: once it is queued, the cancel has been seen.
        await WaitUntil(() => connection.Queued >= 3);
        first.Set();
        Assert.Equal("slow", Receive().GetProperty("result").GetString());
        var cancelled = Receive();
        Assert.Equal(2, cancelled.GetProperty("id").GetInt32());
        Assert.Equal(RpcErrors.RequestCancelled, cancelled.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("marker", Receive().GetProperty("result").GetString());
        _toServer.Dispose();
        await running;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        while (!condition()) await Task.Delay(5);
    }

    public void Dispose()
    {
        _toServer.Dispose();
        _serverIn.Dispose();
        _toClient.Dispose();
        _clientIn.Dispose();
    }
}
