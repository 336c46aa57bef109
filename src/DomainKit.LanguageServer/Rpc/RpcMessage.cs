using System.Text.Json;

namespace DomainKit.LanguageServer.Rpc;

/// <summary>A JSON-RPC 2.0 message as read: a request (id and method), a notification (method only) or a response (id only).</summary>
internal sealed record RpcMessage(JsonElement? Id, string? Method, JsonElement Params)
{
    public bool IsRequest => Id is not null && Method is not null;

    /// <summary>The id as text, to match a <c>$/cancelRequest</c> with its request.</summary>
    public string IdKey => Id is { } id ? id.GetRawText() : "";

    /// <summary>The message, or null when the body is not a JSON-RPC object.</summary>
    public static RpcMessage? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            JsonElement? id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String ? idElement.Clone() : null;
            var method = root.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
            return new RpcMessage(id, method, parameters);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>JSON-RPC and LSP error codes.</summary>
internal static class RpcErrors
{
    public const int ParseError = -32700;
    public const int InvalidParams = -32602;
    public const int MethodNotFound = -32601;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}
