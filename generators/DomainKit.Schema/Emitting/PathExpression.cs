namespace DomainKit.Schema.Emitting;

/// <summary>
/// A JSON Pointer being built in generated code: a C# expression followed by constant text still to
/// append, so <c>path + "/consulates/" + Index(i0)</c> comes out with its constants merged.
/// </summary>
internal sealed record PathExpression(string Expression, string PendingConstant)
{
    public static PathExpression Parameter(string name) => new(name, "");

    /// <summary>A constant segment: a wire name, escaped for JSON Pointer at build time.</summary>
    public PathExpression Segment(string wireName) =>
        this with { PendingConstant = PendingConstant + "/" + Naming.PointerSegment(wireName) };

    /// <summary>A segment computed at run time, e.g. an index or an escaped map key.</summary>
    public PathExpression Dynamic(string segmentExpression) =>
        new($"{WithConstant("/")} + {segmentExpression}", "");

    private string WithConstant(string extra)
    {
        var constant = PendingConstant + extra;
        return constant.Length == 0 ? Expression : $"{Expression} + {CSharpLiteral.String(constant)}";
    }

    public override string ToString() => WithConstant("");
}
