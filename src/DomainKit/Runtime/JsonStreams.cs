using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace DomainKit.Runtime;

/// <summary>
/// The entry points behind generated <c>FromJsonAsync</c>, <c>TryFromJsonAsync</c>, <c>ReadManyAsync</c> and
/// <c>TryReadManyAsync</c>: UTF-8 JSON read from a stream into a pooled buffer, then read as <c>TryFromJson</c> reads.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonStreams
{
    private const int FirstBuffer = 16 * 1024;

    // Bytes beyond twice the largest item so far that the buffer must hold for an object to be read in place.
    private const int InPlaceMargin = 1024;

    /// <summary>Reads the whole stream as one document; throws <see cref="DomainValidationException"/> listing every problem.</summary>
    public static async ValueTask<T> ReadAsync<T>(Stream utf8, DomainJsonOptions options, CancellationToken cancellationToken)
        where T : IJsonDocument<T>
    {
        var read = await TryReadAsync<T>(utf8, options, cancellationToken).ConfigureAwait(false);
        return read.IsValid ? read.Value! : throw new DomainValidationException(read.Result);
    }

    /// <summary>Reads the whole stream as one document, every problem in the result.</summary>
    public static async ValueTask<ReadResult<T>> TryReadAsync<T>(Stream utf8, DomainJsonOptions options, CancellationToken cancellationToken)
        where T : IJsonDocument<T>
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var buffer = ArrayPool<byte>.Shared.Rent(FirstBuffer);
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length) buffer = Grow(buffer, 0, filled);
                var count = await utf8.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (count == 0) break;
                filled += count;
            }
            return JsonReading.TryRead<T>(buffer.AsSpan(0, filled), options, out var value, out var result)
                ? new ReadResult<T>(value, result)
                : new ReadResult<T>(default, result);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The items of a top-level array or of newline-delimited JSON, each valid; the first invalid one throws <see cref="DomainValidationException"/> with its index in every path.</summary>
    public static IAsyncEnumerable<T> ReadManyAsync<T>(Stream utf8, DomainJsonOptions options, CancellationToken cancellationToken)
        where T : IJsonDocument<T> =>
        Items<T, T, ValidItem<T>>(utf8, options, cancellationToken);

    /// <summary>
    /// The items of a top-level array or of newline-delimited JSON, each read and validated on its own (every error of item
    /// <c>i</c> under <c>/i</c>). Memory holds the largest item, not the stream. Text around the items that is not JSON ends
    /// the sequence with one last, invalid result.
    /// </summary>
    public static IAsyncEnumerable<ReadResult<T>> TryReadManyAsync<T>(Stream utf8, DomainJsonOptions options, CancellationToken cancellationToken)
        where T : IJsonDocument<T> =>
        Items<T, ReadResult<T>, ItemResult<T>>(utf8, options, cancellationToken);

    // One iterator for both: what an item becomes is TOutcome's choice, so that each item costs one state machine's step.
    private static async IAsyncEnumerable<TItem> Items<T, TItem, TOutcome>(Stream utf8, DomainJsonOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : IJsonDocument<T>
        where TOutcome : IItemOutcome<T, TItem>
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var buffer = ArrayPool<byte>.Shared.Rent(FirstBuffer);
        var begin = 0;
        var filled = 0;
        var final = false;
        var scanner = new JsonItemScanner(options.MaxDepth);
        var index = 0;
        var largestItem = 0;
        var inPlaceFailed = false;
        // One context for every item, cleared before each: an item costs no look-up of the thread's spare one.
        var context = new JsonReadContext();
        try
        {
            while (true)
            {
                // An object is read where it stands, without looking for its end first, when the buffer surely holds it.
                var inPlace = !inPlaceFailed && filled - begin >= 2 * largestItem + InPlaceMargin;
                var step = scanner.Next(buffer.AsSpan(begin, filled - begin), final, inPlace, out var start, out var length, out var consumed);
                if (step == ItemStep.End) yield break;
                if (step == ItemStep.Malformed)
                {
                    yield return TOutcome.Of(new ReadResult<T>(default, ValidationResult.FromErrors([new ValidationError(Pointer(index), "type", "Malformed JSON around the items: " + scanner.Problem)])));
                    yield break;
                }
                if (step == ItemStep.ObjectStart)
                {
                    begin += consumed;
                    var end = JsonReading.TryReadLeading<T>(buffer.AsSpan(begin, filled - begin), options, context, out var value, out var result);
                    if (end < 0)
                    {
                        inPlaceFailed = true;
                        continue;
                    }
                    scanner.ObjectRead();
                    begin += end;
                    largestItem = Math.Max(largestItem, end);
                    yield return TOutcome.Of(Indexed(value, result, index++));
                    continue;
                }
                if (step == ItemStep.Item)
                {
                    var item = ReadItem<T>(buffer.AsSpan(begin + start, length), options, context, index++);
                    begin += consumed;
                    largestItem = Math.Max(largestItem, length);
                    inPlaceFailed = false;
                    yield return TOutcome.Of(item);
                    continue;
                }
                begin += consumed;
                if (begin > 0)
                {
                    buffer.AsSpan(begin, filled - begin).CopyTo(buffer);
                    filled -= begin;
                    begin = 0;
                }
                if (filled == buffer.Length) buffer = Grow(buffer, 0, filled);
                var count = await utf8.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                filled += count;
                final = count == 0;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads item <paramref name="index"/>, its errors under <c>/index</c>.</summary>
    private static ReadResult<T> ReadItem<T>(ReadOnlySpan<byte> utf8, DomainJsonOptions options, JsonReadContext context, int index)
        where T : IJsonDocument<T>
    {
        JsonReading.TryRead<T>(utf8, options, context, out var value, out var result);
        return Indexed(value, result, index);
    }

    private static ReadResult<T> Indexed<T>(T? value, ValidationResult result, int index)
    {
        if (result.IsValid) return new ReadResult<T>(value, result);
        var prefix = Pointer(index);
        var errors = new ValidationError[result.Errors.Count];
        for (var i = 0; i < errors.Length; i++) errors[i] = result.Errors[i] with { Path = prefix + result.Errors[i].Path };
        return new ReadResult<T>(default, ValidationResult.FromErrors(errors));
    }

    private static string Pointer(int index) => "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Grow(byte[] buffer, int begin, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(begin, filled - begin).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

/// <summary>What a stream's item read becomes for the caller: the value, or the result with its errors.</summary>
internal interface IItemOutcome<T, TItem>
{
    static abstract TItem Of(ReadResult<T> read);
}

/// <summary>The value of a valid item; an invalid one throws <see cref="DomainValidationException"/>.</summary>
internal readonly struct ValidItem<T> : IItemOutcome<T, T>
{
    public static T Of(ReadResult<T> read) => read.IsValid ? read.Value! : throw new DomainValidationException(read.Result);
}

/// <summary>The item's result, valid or not.</summary>
internal readonly struct ItemResult<T> : IItemOutcome<T, ReadResult<T>>
{
    public static ReadResult<T> Of(ReadResult<T> read) => read;
}
