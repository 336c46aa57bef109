using DomainKit.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// Schema fuzzing, bounded for CI. For a long run:
/// <c>DOMAINKIT_SCHEMA_FUZZ=1000000 dotnet test tests/DomainKit.Generators.Tests --filter FullyQualifiedName~SchemaFuzzTests</c>
/// (the count is split between the two tests; DOMAINKIT_SCHEMA_FUZZ_SEED changes the seed).
/// </summary>
public class SchemaFuzzTests(ITestOutputHelper output)
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_SCHEMA_FUZZ"), out var n) ? n / 2 : 300;
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_SCHEMA_FUZZ_SEED"), out var s) ? s : 20250227;

    [Fact]
    public void Random_well_formed_schemas_generate_code_that_compiles()
    {
        var random = new Random(Seed);
        var grammar = new SchemaGrammar(random);
        var fuzzer = new SchemaFuzzer();
        for (var i = 0; i < Iterations; i++)
        {
            var ns = SchemaGrammar.Namespace(i);
            fuzzer.Check(grammar.Generate(ns), ns);
        }
        fuzzer.Flush();
        output.WriteLine($"grammar: {fuzzer.Inputs} inputs, {fuzzer.ErrorFree} without errors, {fuzzer.Compilations} compilations");
        Assert.True(fuzzer.ErrorFree > fuzzer.Inputs / 2, $"only {fuzzer.ErrorFree} of {fuzzer.Inputs} grammar inputs were error-free: the grammar drifted from the language");
    }

    [Fact]
    public void Mutated_example_schemas_never_break_the_generator()
    {
        var random = new Random(Seed + 1);
        var mutator = new SchemaMutator(random);
        var examples = GeneratorHarness.ExampleSchemas();
        var fuzzer = new SchemaFuzzer();
        for (var i = 0; i < Iterations; i++)
        {
            var ns = "Mutant.N" + i;
            var files = examples.Select(f => (f.Path, f.Text.Replace("namespace: Diplomacy.Domain", "namespace: " + ns, StringComparison.Ordinal))).ToArray();
            var target = random.Next(files.Length);
            files[target] = (files[target].Path, mutator.Mutate(files[target].Item2));
            fuzzer.Check(files, ns);
        }
        fuzzer.Flush();
        output.WriteLine($"mutations: {fuzzer.Inputs} inputs, {fuzzer.ErrorFree} without errors, {fuzzer.Compilations} compilations");
        Assert.True(fuzzer.ErrorFree < fuzzer.Inputs, "every mutation was harmless: the mutator is not mutating");
    }
}
