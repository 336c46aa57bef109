using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DomainKit.Schema.Parsing;

/// <summary>
/// Wraps YamlDotNet's parser to remember where it was: the last event read and the flow
/// collections still open. Some malformed input makes YamlDotNet throw without a position
/// (an <c>InvalidOperationException</c>); this is what lets us point at the line anyway.
/// </summary>
internal sealed class TrackingParser : IParser
{
    /// <summary>
    /// Deepest nesting of mappings and sequences passed on to YamlDotNet, whose node loader recurses once
    /// per level: 100,000 nested '[' overflow the stack and kill the compiler. Schemas nest about 6 deep.
    /// </summary>
    public const int MaxDepth = 64;

    private readonly IParser _inner;
    private readonly Stack<ParsingEvent> _openFlowCollections = new();
    private int _depth;

    public TrackingParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    public ParsingEvent? Last { get; private set; }

    public ParsingEvent? InnermostOpenFlowCollection => _openFlowCollections.Count > 0 ? _openFlowCollections.Peek() : null;

    public bool MoveNext()
    {
        var moved = _inner.MoveNext();
        var current = _inner.Current;
        if (current is null) return moved;
        Last = current;
        if (current is SequenceStart or MappingStart && ++_depth > MaxDepth) throw new NestingTooDeepException(current);
        if (current is SequenceEnd or MappingEnd) _depth--;
        switch (current)
        {
            case SequenceStart { Style: SequenceStyle.Flow }:
            case MappingStart { Style: MappingStyle.Flow }:
                _openFlowCollections.Push(current);
                break;
            case SequenceEnd or MappingEnd when _openFlowCollections.Count > 0 && IsFlowEnd(current):
                _openFlowCollections.Pop();
                break;
        }
        return moved;
    }

    private bool IsFlowEnd(ParsingEvent end) =>
        (end is SequenceEnd && _openFlowCollections.Peek() is SequenceStart) ||
        (end is MappingEnd && _openFlowCollections.Peek() is MappingStart);
}

/// <summary>Stops loading at <see cref="TrackingParser.MaxDepth"/>, before YamlDotNet's recursion can overflow the stack.</summary>
internal sealed class NestingTooDeepException : System.Exception
{
    public NestingTooDeepException(ParsingEvent at) => At = at;

    public ParsingEvent At { get; }
}
