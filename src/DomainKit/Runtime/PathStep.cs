namespace DomainKit.Runtime;

/// <summary>
/// One step of the path being read: a property (its record's <see cref="JsonPropertySet"/> and slot), a property or map
/// key by name (the name, slot -1), or an array item (no source, its index).
/// </summary>
internal struct PathStep
{
    public object? Source;
    public int Slot;

    public readonly PointerSegment Segment => Source switch
    {
        JsonPropertySet properties => new PointerSegment(properties.NameOf(Slot), -1),
        string name => new PointerSegment(name, -1),
        _ => new PointerSegment(null, Slot),
    };
}
