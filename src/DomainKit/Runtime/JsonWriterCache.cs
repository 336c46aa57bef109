using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// The entry points behind generated <c>ToJson</c>, <c>ToUtf8Json</c> and <c>WriteJson(IBufferWriter)</c>: one
/// reusable <see cref="JsonBuffer"/> per thread, so each allocates only its result.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWriterCache
{
    [ThreadStatic]
    private static JsonBuffer? _cached;

    /// <summary>The value as JSON text.</summary>
    public static string ToJson<T>(T value) where T : IJsonDocument<T>
    {
        var buffer = Rent();
        try
        {
            value.WriteUtf8(new Utf8Output(buffer));
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            Return(buffer);
        }
    }

    /// <summary>The value as UTF-8 JSON.</summary>
    public static byte[] ToUtf8Json<T>(T value) where T : IJsonDocument<T>
    {
        var buffer = Rent();
        try
        {
            value.WriteUtf8(new Utf8Output(buffer));
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            Return(buffer);
        }
    }

    /// <summary>Writes the value as UTF-8 JSON to <paramref name="output"/>.</summary>
    public static void WriteJson<T>(T value, IBufferWriter<byte> output) where T : IJsonDocument<T>
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = Rent();
        try
        {
            value.WriteUtf8(new Utf8Output(buffer));
            output.Write(buffer.WrittenSpan);
        }
        finally
        {
            Return(buffer);
        }
    }

    // Taken from the thread while in use, so a nested call (a converter writing inside a write) gets its own.
    private static JsonBuffer Rent()
    {
        var buffer = _cached ?? new JsonBuffer();
        _cached = null;
        buffer.Clear();
        return buffer;
    }

    private static void Return(JsonBuffer buffer)
    {
        if (buffer.Capacity > 1024 * 1024) buffer.Release();
        else _cached = buffer;
    }
}
