using System.Collections.Concurrent;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace DomainKit.LanguageServer.Rpc;

/// <summary>What a handler answers: a value and how to write it, or nothing (<c>null</c> on the wire).</summary>
internal readonly record struct RpcResult(Action<Utf8JsonWriter>? Write)
{
    public static readonly RpcResult Null = new(null);

    public static RpcResult Of<T>(T? value, JsonTypeInfo<T> info) =>
        value is null ? Null : new RpcResult(writer => JsonSerializer.Serialize(writer, value, info));
}

/// <summary>
/// One client over one pair of streams. A reader takes messages off the input and answers <c>$/cancelRequest</c> at
/// once; one worker handles the rest in order (text changes must apply in order). Every request is answered — with
/// its result, an error, or RequestCancelled — and no handler's exception escapes: it becomes an error response.
/// </summary>
internal sealed class RpcConnection
{
    private readonly MessageStream _stream;
    private readonly Func<RpcMessage, CancellationToken, RpcResult> _handle;
    private readonly Action<string> _log;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Channel<RpcMessage> _queue = Channel.CreateUnbounded<RpcMessage>(new UnboundedChannelOptions { SingleReader = true });

    public RpcConnection(Stream input, Stream output, Func<RpcMessage, CancellationToken, RpcResult> handle, Action<string> log)
    {
        _stream = new MessageStream(input, output);
        _handle = handle;
        _log = log;
    }

    private int _queued;

    /// <summary>How many messages the reader has queued for the worker (cancellations are not queued).</summary>
    public int Queued => Volatile.Read(ref _queued);

    /// <summary>Set by the <c>exit</c> handler: the worker stops after the current message.</summary>
    public bool Exiting { get; set; }

    /// <summary>Reads and handles messages until the input ends or <c>exit</c> arrives (then the input is left unread).</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var worker = Task.Run(() => WorkAsync(cancellation), cancellation);
        var reader = ReadAsync(cancellation);
        if (await Task.WhenAny(worker, reader).ConfigureAwait(false) == reader)
        {
            _queue.Writer.TryComplete();
            await worker.ConfigureAwait(false);
        }
    }

    private async Task ReadAsync(CancellationToken cancellation)
    {
        try
        {
            while (!cancellation.IsCancellationRequested && !Exiting)
            {
                var body = await _stream.ReadAsync(cancellation).ConfigureAwait(false);
                if (body is null) break;
                var message = RpcMessage.Parse(body);
                if (message is null)
                {
                    await SendErrorAsync(null, RpcErrors.ParseError, "not a JSON-RPC message", cancellation).ConfigureAwait(false);
                    continue;
                }
                if (message.Method == "$/cancelRequest")
                {
                    Cancel(message.Params);
                    continue;
                }
                if (message.IsRequest) _pending[message.IdKey] = new CancellationTokenSource();
                await _queue.Writer.WriteAsync(message, cancellation).ConfigureAwait(false);
                Interlocked.Increment(ref _queued);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or ChannelClosedException)
        {
            // The client went away: nothing left to answer.
        }
    }

    /// <summary>A notification to the client (<c>textDocument/publishDiagnostics</c>, <c>window/logMessage</c>).</summary>
    public Task NotifyAsync<T>(string method, T value, JsonTypeInfo<T> info) => SendAsync(writer =>
    {
        writer.WriteString("method", method);
        writer.WritePropertyName("params");
        JsonSerializer.Serialize(writer, value, info);
    }, CancellationToken.None);

    private void Cancel(JsonElement parameters)
    {
        if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("id", out var id) && _pending.TryGetValue(id.GetRawText(), out var source))
            source.Cancel();
    }

    private async Task WorkAsync(CancellationToken cancellation)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
            {
                await HandleAsync(message).ConfigureAwait(false);
                if (Exiting) break;
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private async Task HandleAsync(RpcMessage message)
    {
        if (message.Method is null) return; // a response to a request of ours: the server sends none that wait
        var source = message.IsRequest && _pending.TryGetValue(message.IdKey, out var pending) ? pending : null;
        try
        {
            if (source?.IsCancellationRequested == true)
            {
                await SendErrorAsync(message.Id, RpcErrors.RequestCancelled, "cancelled", CancellationToken.None).ConfigureAwait(false);
                return;
            }
            byte[]? written;
            try
            {
                var result = _handle(message, source?.Token ?? CancellationToken.None);
                written = message.IsRequest ? Serialize(result) : null;
            }
            catch (OperationCanceledException)
            {
                if (message.IsRequest) await SendErrorAsync(message.Id, RpcErrors.RequestCancelled, "cancelled", CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (RpcException e)
            {
                if (message.IsRequest) await SendErrorAsync(message.Id, e.Code, e.Message, CancellationToken.None).ConfigureAwait(false);
                else _log($"{message.Method}: {e.Message}");
                return;
            }
            catch (Exception e)
            {
                _log($"{message.Method} failed: {e}");
                if (message.IsRequest) await SendErrorAsync(message.Id, RpcErrors.InternalError, $"{message.Method} failed: {e.Message}", CancellationToken.None).ConfigureAwait(false);
                return;
            }
            if (written is not null) await SendResultAsync(message.Id!.Value, written).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Exiting = true;
        }
        finally
        {
            if (message.IsRequest && _pending.TryRemove(message.IdKey, out var done)) done.Dispose();
        }
    }

    private Task SendResultAsync(JsonElement id, byte[] result) => SendAsync(writer =>
    {
        writer.WritePropertyName("id");
        id.WriteTo(writer);
        writer.WritePropertyName("result");
        writer.WriteRawValue(result, skipInputValidation: true);
    }, CancellationToken.None);

    private static byte[] Serialize(RpcResult result)
    {
        if (result.Write is null) return "null"u8.ToArray();
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) result.Write(writer);
        return buffer.ToArray();
    }

    private Task SendErrorAsync(JsonElement? id, int code, string text, CancellationToken cancellation) => SendAsync(writer =>
    {
        writer.WritePropertyName("id");
        if (id is { } value) value.WriteTo(writer);
        else writer.WriteNullValue();
        writer.WriteStartObject("error");
        writer.WriteNumber("code", code);
        writer.WriteString("message", text);
        writer.WriteEndObject();
    }, cancellation);

    private async Task SendAsync(Action<Utf8JsonWriter> body, CancellationToken cancellation)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            body(writer);
            writer.WriteEndObject();
        }
        await _stream.WriteAsync(buffer.ToArray(), cancellation).ConfigureAwait(false);
    }
}

/// <summary>A request the server refuses with a JSON-RPC error code (bad parameters, not initialised).</summary>
internal sealed class RpcException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
