using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DomainKit.LanguageServer.Rpc;

namespace DomainKit.LanguageServer;

/// <summary><c>domainkit lsp</c>: the server on a pair of streams (stdin and stdout), until the client exits or goes away.</summary>
internal static class LanguageServerHost
{
    public static async Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellation = default)
    {
        RpcConnection? connection = null;
        var server = new SchemaLanguageServer(
            diagnostics => connection!.NotifyAsync("textDocument/publishDiagnostics", diagnostics, Protocol.LspJson.Default.PublishDiagnosticsParams).GetAwaiter().GetResult(),
            (type, message) => connection!.NotifyAsync("window/logMessage", new MessageParams(type, message), Protocol.LspJson.Default.MessageParams).GetAwaiter().GetResult());
        connection = new RpcConnection(input, output, (message, token) =>
        {
            var result = server.Handle(message, token);
            if (server.Exited) connection!.Exiting = true;
            return result;
        }, text => connection!.NotifyAsync("window/logMessage", new MessageParams(1, text), Protocol.LspJson.Default.MessageParams).GetAwaiter().GetResult());
        await connection.RunAsync(cancellation).ConfigureAwait(false);
        return 0;
    }
}
