using DomainKit.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// Schema fuzzing, bounded for CI (3,000 edits and 300 grammar sets). For a long run:
/// <c>DOMAINKIT_SCHEMA_FUZZ=1000000 dotnet test tests/DomainKit.Generators.Tests --filter FullyQualifiedName~SchemaFuzzTests</c>
/// runs that many inputs: 95 % edits of the example schemas, 5 % grammar schema sets (each of which compiles all
/// of its output, about 15 times the work of an edit). DOMAINKIT_SCHEMA_FUZZ_SEED changes the seed,
/// DOMAINKIT_SCHEMA_FUZZ_FROM the first input number. Every input has its own seed, so a failing input is re-run
/// alone with DOMAINKIT_SCHEMA_FUZZ_INPUT=n.
/// </summary>
public class SchemaFuzzTests(ITestOutputHelper output)
{
    private static readonly int? Total = EnvironmentNumber("DOMAINKIT_SCHEMA_FUZZ");
    private static readonly int GrammarInputs = Total is { } total ? total / 20 : 300;
    private static readonly int EditInputs = Total is { } all ? all - all / 20 : 3_000;
    private static readonly int Seed = EnvironmentNumber("DOMAINKIT_SCHEMA_FUZZ_SEED") ?? 20250227;
    private static readonly int? OnlyInput = EnvironmentNumber("DOMAINKIT_SCHEMA_FUZZ_INPUT");
    private static readonly int FirstInput = EnvironmentNumber("DOMAINKIT_SCHEMA_FUZZ_FROM") ?? 0;

    [Fact]
    public void Random_well_formed_schemas_generate_code_that_compiles()
    {
        var statistics = Run(Seed, GrammarInputs, baseFiles: null, (fuzzer, input, random) =>
        {
            var ns = fuzzer.BatchNamespace("Fuzz.N");
            fuzzer.CheckNew(input, new SchemaGrammar(random).Generate(ns), ns);
        });
        output.WriteLine("grammar: " + statistics);
        Assert.True(statistics.ErrorFree > statistics.Inputs / 2, $"only {statistics.ErrorFree} of {statistics.Inputs} grammar inputs were error-free: the grammar drifted from the language");
    }

    [Fact]
    public void Mutated_example_schemas_never_break_the_generator()
    {
        var examples = GeneratorHarness.ExampleSchemas();
        var statistics = Run(Seed + 1, EditInputs, examples, (fuzzer, input, random) =>
        {
            var target = random.Next(examples.Length);
            fuzzer.CheckEdit(input, target, new SchemaMutator(random).Mutate(examples[target].Text));
        });
        output.WriteLine("mutations: " + statistics);
        Assert.True(statistics.ErrorFree < statistics.Inputs || OnlyInput is not null, "every mutation was harmless: the mutator is not mutating");
    }

    /// <summary>Runs the inputs on every core; input n always draws from the same seed, whichever thread runs it.</summary>
    private static FuzzStatistics Run(int seed, int count, (string Path, string Text)[]? baseFiles, Action<SchemaFuzzer, int, Random> check)
    {
        var statistics = new FuzzStatistics();
        var inputs = OnlyInput is { } only ? [only] : Enumerable.Range(FirstInput, count).ToArray();
        var workers = Math.Min(Environment.ProcessorCount, Math.Max(1, inputs.Length / 100));
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            try
            {
                var fuzzer = new SchemaFuzzer(statistics, baseFiles);
                for (var i = worker; i < inputs.Length && !statistics.Failed; i += workers) check(fuzzer, inputs[i], new Random(unchecked(seed * 1_000_003 + inputs[i])));
                fuzzer.Flush();
            }
            catch
            {
                statistics.Failed = true;
                throw;
            }
        });
        return statistics;
    }

    private static int? EnvironmentNumber(string name) => int.TryParse(Environment.GetEnvironmentVariable(name), out var n) ? n : null;
}
