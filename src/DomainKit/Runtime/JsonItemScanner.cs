using System;

namespace DomainKit.Runtime;

/// <summary>What <see cref="JsonItemScanner.Next"/> found.</summary>
internal enum ItemStep
{
    /// <summary>An item's bytes, to be read strictly by <see cref="Utf8Input"/>.</summary>
    Item,

    /// <summary>
    /// An object item starts here, its end not looked for: the caller reads it where it stands and says where it ended
    /// (<see cref="JsonItemScanner.ObjectRead"/>), or, when that read fails, asks again without <c>objectsInPlace</c>.
    /// </summary>
    ObjectStart,

    /// <summary>The buffer ends before the next item does: read more of the stream.</summary>
    NeedMore,

    /// <summary>No more items.</summary>
    End,

    /// <summary>The text around the items is not JSON (or not lines of it): <see cref="JsonItemScanner.Problem"/> says why; reading stops.</summary>
    Malformed,
}

/// <summary>
/// Finds where each item of a top-level JSON array, or each line of newline-delimited JSON, starts and ends, so that a
/// stream is read one item at a time (a document starting with <c>[</c> is an array; anything else is lines, blank lines
/// skipped). It only finds boundaries: brackets counted outside strings, strings to their closing quote. Each item is
/// then read strictly on its own, so a malformed item is reported as that item's error.
/// </summary>
internal struct JsonItemScanner(int maxDepth)
{
    private const byte NotStarted = 0;
    private const byte Array = 1;
    private const byte Lines = 2;

    private byte _format;
    private bool _afterItem;
    private bool _afterComma;
    private bool _closed;

    public string Problem { get; private set; } = "";

    /// <summary>
    /// Looks at the unread bytes; <paramref name="final"/>: the stream has ended; <paramref name="objectsInPlace"/>: an
    /// object item may be reported by its start alone (<see cref="ItemStep.ObjectStart"/>). <paramref name="consumed"/>: how
    /// many of the bytes are done with (the item's included), which the caller may drop.
    /// </summary>
    public ItemStep Next(ReadOnlySpan<byte> data, bool final, bool objectsInPlace, out int start, out int length, out int consumed)
    {
        start = length = 0;
        var at = SkipWhitespace(data, 0);
        consumed = at;
        if (_format == NotStarted)
        {
            if (at == data.Length) return final ? ItemStep.End : ItemStep.NeedMore;
            _format = data[at] == (byte)'[' ? Array : Lines;
            if (_format == Array) consumed = at = SkipWhitespace(data, at + 1);
        }
        return _format == Array ? NextInArray(data, final, objectsInPlace, at, ref start, ref length, ref consumed) : NextLine(data, final, at, ref start, ref length, ref consumed);
    }

    /// <summary>The object reported by <see cref="ItemStep.ObjectStart"/> was read, up to where the caller now stands.</summary>
    public void ObjectRead()
    {
        _afterItem = true;
        _afterComma = false;
    }

    private ItemStep NextInArray(ReadOnlySpan<byte> data, bool final, bool objectsInPlace, int at, ref int start, ref int length, ref int consumed)
    {
        if (at == data.Length) return final ? Fail(_closed ? null : "The text ends inside the array.") : ItemStep.NeedMore;
        if (_closed) return Fail("Bytes follow the end of the array.");
        if (data[at] == (byte)']' && !_afterComma)
        {
            _closed = true;
            consumed = at + 1;
            return NextInArray(data, final, objectsInPlace, SkipWhitespace(data, at + 1), ref start, ref length, ref consumed);
        }
        if (_afterItem)
        {
            if (data[at] != (byte)',') return Fail("Expected ',' or ']' after an item.");
            _afterItem = false;
            _afterComma = true;
            consumed = at = SkipWhitespace(data, at + 1);
            if (at == data.Length) return final ? Fail("The text ends inside the array.") : ItemStep.NeedMore;
        }
        if (data[at] == (byte)']') return Fail("A comma is followed by ']' (trailing commas are not JSON).");
        if (objectsInPlace && data[at] == (byte)'{')
        {
            start = consumed = at;
            return ItemStep.ObjectStart;
        }
        var end = ValueEnd(data, at, final);
        if (end == JsonBoundaries.TooDeep) return Fail($"Objects and arrays nest deeper than the maximum depth, {maxDepth}.");
        if (end < 0)
        {
            if (!final) return ItemStep.NeedMore;
            end = data.Length;
        }
        start = at;
        length = end - at;
        consumed = end;
        _afterItem = true;
        _afterComma = false;
        return ItemStep.Item;
    }

    private static ItemStep NextLine(ReadOnlySpan<byte> data, bool final, int at, ref int start, ref int length, ref int consumed)
    {
        if (at == data.Length) return final ? ItemStep.End : ItemStep.NeedMore;
        var newline = data.Slice(at).IndexOf((byte)'\n');
        if (newline < 0 && !final) return ItemStep.NeedMore;
        start = at;
        length = newline < 0 ? data.Length - at : newline;
        consumed = newline < 0 ? data.Length : at + newline + 1;
        return ItemStep.Item;
    }

    /// <summary>The offset just past the value starting at <paramref name="at"/>; -1 when the bytes end first.</summary>
    private readonly int ValueEnd(ReadOnlySpan<byte> data, int at, bool final)
    {
        var first = data[at];
        if (first == (byte)'"') return JsonBoundaries.StringEnd(data, at);
        if (first is not ((byte)'{' or (byte)'['))
        {
            var end = data.Slice(at).IndexOfAny(",]} \t\r\n"u8);
            return end >= 0 ? at + end : final ? data.Length : -1;
        }
        return JsonBoundaries.ContainerEnd(data, at, maxDepth);
    }

    private ItemStep Fail(string? problem)
    {
        if (problem is null) return ItemStep.End;
        Problem = problem;
        return ItemStep.Malformed;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> data, int at)
    {
        while (at < data.Length && data[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') at++;
        return at;
    }
}
