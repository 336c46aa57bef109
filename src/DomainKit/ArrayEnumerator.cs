namespace DomainKit;

/// <summary>An allocation-free enumerator over an array, used by the value collections.</summary>
public struct ArrayEnumerator<T>
{
    private readonly T[] _items;
    private int _index;

    internal ArrayEnumerator(T[] items)
    {
        _items = items;
        _index = -1;
    }

    /// <summary>The current item.</summary>
    public readonly T Current => _items[_index];

    /// <summary>Advances to the next item.</summary>
    public bool MoveNext() => ++_index < _items.Length;
}
