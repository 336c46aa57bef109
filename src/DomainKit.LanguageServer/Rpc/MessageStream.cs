using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DomainKit.LanguageServer.Rpc;

/// <summary>The base protocol's framing: <c>Content-Length: n\r\n\r\n</c> then n bytes of UTF-8 JSON.</summary>
internal sealed class MessageStream(Stream input, Stream output)
{
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly byte[] _one = new byte[1];

    /// <summary>The next message's body, or null at the end of the input (or on a header the framing cannot read).</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellation)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellation).ConfigureAwait(false);
            if (line is null) return null;
            if (line.Length == 0) break;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                length = parsed;
        }
        if (length < 0) return null;
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await input.ReadAsync(body.AsMemory(read), cancellation).ConfigureAwait(false);
            if (n == 0) return null;
            read += n;
        }
        return body;
    }

    public async Task WriteAsync(byte[] body, CancellationToken cancellation)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writing.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(header, cancellation).ConfigureAwait(false);
            await output.WriteAsync(body, cancellation).ConfigureAwait(false);
            await output.FlushAsync(cancellation).ConfigureAwait(false);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellation)
    {
        var line = new StringBuilder();
        while (true)
        {
            var n = await input.ReadAsync(_one, cancellation).ConfigureAwait(false);
            if (n == 0) return null;
            var c = (char)_one[0];
            if (c == '\n') return line.ToString().TrimEnd('\r');
            if (line.Length > 1024) return null;
            line.Append(c);
        }
    }
}
