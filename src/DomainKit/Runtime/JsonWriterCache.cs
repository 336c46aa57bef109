using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// One reusable <see cref="Utf8JsonWriter"/> and growable buffer per thread, so <c>ToJson()</c> allocates
/// only the string it returns.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWriterCache
{
    [ThreadStatic]
    private static State? _state;

    /// <summary>Writes <paramref name="value"/> and returns the JSON text.</summary>
    public static string ToJson<T>(T value) where T : IJsonDocument<T>
    {
        var state = _state ??= new State();
        if (state.InUse)
        {
            // Nested use (a converter calling ToJson while writing): fall back to a fresh writer.
            var buffer = new ArrayBufferWriter<byte>();
            using var writer = new Utf8JsonWriter(buffer);
            value.WriteJson(writer);
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        state.InUse = true;
        try
        {
            state.Buffer.ResetWrittenCount();
            state.Writer.Reset(state.Buffer);
            value.WriteJson(state.Writer);
            state.Writer.Flush();
            var text = Encoding.UTF8.GetString(state.Buffer.WrittenSpan);
            if (state.Buffer.Capacity > 1024 * 1024) _state = null;
            return text;
        }
        finally
        {
            state.InUse = false;
        }
    }

    private sealed class State
    {
        public readonly ArrayBufferWriter<byte> Buffer = new(4096);
        public readonly Utf8JsonWriter Writer;
        public bool InUse;

        public State() => Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { SkipValidation = true });
    }
}
