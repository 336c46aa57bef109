using System.Text.Json;
using CsCheck;
using DomainKit.Runtime;
using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>
/// Valid values of a declared type: drawn (<see cref="ValueGenerator"/>), their rules forced to hold record by
/// record, innermost first (<see cref="RuleForcing"/>), and accepted only when the generated reader and
/// <c>Validate()</c> accept them; a candidate they refuse is drawn again, within a limit.
/// </summary>
internal sealed class InstanceFactory
{
    /// <summary>Candidates refused in a row before a type is reported as too hard to generate.</summary>
    public const int Attempts = 200;

    private const int RepairPasses = 3;

    public InstanceFactory(DomainModel model, IReadOnlyDictionary<string, IReadOnlyList<JsonScalar>> keys, int? recordLimit = null)
    {
        Model = model;
        Generator = new ValueGenerator(model, keys) { RecordLimit = recordLimit };
        Evaluator = new RuleEvaluator(model);
        Forcing = new RuleForcing(Evaluator, Generator);
        Sites = new TreeSites(Evaluator);
    }

    public DomainModel Model { get; }

    public ValueGenerator Generator { get; }

    public RuleEvaluator Evaluator { get; }

    public RuleForcing Forcing { get; }

    public TreeSites Sites { get; }

    /// <summary>A candidate: drawn, then its rules forced to hold.</summary>
    public JsonTree Candidate(PCG pcg, TypeSpec type)
    {
        var tree = Generator.Declared(pcg, type, 0);
        if (!Model.HasRulesWithin(type)) return tree;
        for (var pass = 0; pass < RepairPasses; pass++)
        {
            var repaired = false;
            foreach (var site in Sites.Of(tree, type).Where(s => s.Rules.Count > 0).ToList())
            {
                foreach (var rule in site.Rules)
                {
                    if (Evaluator.Broken(rule, site.Record!) is { Count: 0 }) continue;
                    Forcing.Repair(pcg, rule, site.Record!);
                    repaired = true;
                }
            }
            if (!repaired) break;
        }
        return tree;
    }

    /// <summary>An item of a collection: a record or union with its rules forced, any other value drawn.</summary>
    public JsonTree Item(PCG pcg, FieldTypeSpec element) =>
        element.Kind == FieldTypeKind.Record && element.Reference is null && Model.Find(element.CSharpType) is { } declared
            ? Candidate(pcg, declared)
            : Generator.Field(pcg, element, [], 1);

    /// <summary>A valid value and its JSON; refusals are counted in <paramref name="tally"/>, and too many in a row throw.</summary>
    public (T Value, JsonTree Json) Valid<T>(PCG pcg, TypeSpec type, Tally tally)
        where T : IJsonDocument<T>
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var tree = Candidate(pcg, type);
            if (tally.Accept<T>(tree, out var value)) return (value, tree);
        }
        throw new GenerationException($"Gave up generating a valid {type.Name}: {Attempts} candidates in a row were refused. " + tally.Report(type.Name).Describe());
    }

    /// <summary>Reads JSON as the generated reader does, without validating (what it could read; default if nothing).</summary>
    public static T? ReadUnvalidated<T>(byte[] utf8)
        where T : IJsonReader<T>
    {
        var reader = new Utf8Input(utf8, DomainJsonOptions.Default.MaxDepth);
        try
        {
            reader.Read();
            return T.Read(ref reader, new JsonReadContext());
        }
        catch (Exception exception) when (exception is JsonTextException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            return default;
        }
    }

    /// <summary>A value's JSON as a tree, to break it.</summary>
    public static JsonTree Parse(ReadOnlySpan<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8.ToArray());
        return FromElement(document.RootElement);
    }

    private static JsonTree FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject().Select(p => new KeyValuePair<string, JsonTree>(p.Name, FromElement(p.Value))).ToList()),
        JsonValueKind.Array => new JsonArray(element.EnumerateArray().Select(FromElement).ToList()),
        JsonValueKind.String => JsonScalar.String(element.GetString()!),
        JsonValueKind.Number => JsonScalar.Number(element.GetRawText()),
        JsonValueKind.True => JsonScalar.Bool(true),
        JsonValueKind.False => JsonScalar.Bool(false),
        _ => JsonScalar.Null,
    };
}

/// <summary>Counts candidates and why the generated code refused them.</summary>
internal sealed class Tally
{
    private readonly Dictionary<string, int> _refusals = new(StringComparer.Ordinal);

    public int Candidates { get; private set; }

    public int Accepted { get; private set; }

    public bool Accept<T>(JsonTree tree, out T value)
        where T : IJsonDocument<T>
    {
        Candidates++;
        if (JsonReading.TryRead<T>(tree.ToUtf8(), DomainJsonOptions.Default, out var read, out var result))
        {
            Accepted++;
            value = read;
            return true;
        }
        foreach (var error in result.Errors) _refusals[error.Code] = _refusals.GetValueOrDefault(error.Code) + 1;
        value = default!;
        return false;
    }

    public AcceptanceReport Report(string type) => new(type, Candidates, Accepted, new Dictionary<string, int>(_refusals, StringComparer.Ordinal));
}
