namespace DomainKit.Schema.Emitting;

/// <summary>
/// Names for locals in one generated method, numbered across the whole method so that code for two
/// fields, or a nested block and its enclosing one, never declares the same name (CS0128, CS0136).
/// </summary>
internal sealed class LocalNames
{
    private int _next;

    public string Next(string stem) => stem + _next++;
}
