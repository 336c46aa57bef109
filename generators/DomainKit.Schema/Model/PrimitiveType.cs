using System;

namespace DomainKit.Schema.Model;

/// <summary>A literal of a primitive, read from YAML or a rule: its value for comparisons, its canonical text, and its C# expression.</summary>
internal sealed record PrimitiveValue(IComparable Comparable, string Normalized, string CSharp);

/// <summary>
/// One row of <see cref="PrimitiveCatalog"/>: everything the compiler knows of one primitive. Every stage asks the row;
/// none keeps its own switch over the primitives.
/// </summary>
internal sealed class PrimitiveType
{
    private readonly Func<string, PrimitiveValue?> _read;

    public PrimitiveType(PrimitiveKind kind, string name, string cSharpType, Func<string, PrimitiveValue?> read)
    {
        Kind = kind;
        RuleKind = (RuleKind)Enum.Parse(typeof(RuleKind), kind.ToString());
        Name = name;
        CSharpType = cSharpType;
        _read = read;
    }

    public PrimitiveKind Kind { get; }

    /// <summary>Its type in rule expressions (each primitive has the rule kind of its own name).</summary>
    public RuleKind RuleKind { get; }

    /// <summary>The name a schema writes (<c>datetime</c>).</summary>
    public string Name { get; }

    /// <summary>The C# type, as generated code names it.</summary>
    public string CSharpType { get; }

    /// <summary>False for <c>string</c> and <c>uri</c>, whose C# types can be null.</summary>
    public bool IsValueType { get; init; } = true;

    /// <summary>Whether <c>min</c>, <c>max</c> and their exclusive forms apply.</summary>
    public bool IsBounded { get; init; }

    /// <summary>Whether JSON writes it as a number.</summary>
    public bool IsNumeric { get; init; }

    /// <summary>Whether a value type over it is <c>IComparable</c> (and how: strings compare ordinally).</summary>
    public bool IsComparable { get; init; } = true;

    /// <summary>Whether a rule writes a literal of it as a call of its name on a string: <c>date('2025-02-27')</c>.</summary>
    public bool HasRuleLiteral { get; init; }

    /// <summary>A literal in the form it is written, for messages that show one.</summary>
    public string Example { get; init; } = "";

    /// <summary>The runtime's name for it: <c>JsonPrimitives.Read{name}</c> reads one, <c>{name}Reader</c> is its reader type.</summary>
    public string RuntimeName { get; init; } = "";

    /// <summary>The JSON Schema keywords of a value of it, as JSON text.</summary>
    public (string Key, string Value)[] JsonSchema { get; init; } = Array.Empty<(string, string)>();

    /// <summary>What a literal must look like, after "expected ".</summary>
    public string Expectation { get; init; } = "";

    /// <summary>Reads a literal (a default, a bound, a rule's typed literal) in the one form the runtime also reads; null when it is not one.</summary>
    public PrimitiveValue? Read(string text) => _read(text);
}
