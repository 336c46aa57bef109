using DomainKit.Generators.Tests.Compiling;
using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// Hand-picked hostile schemas, checked with the fuzzer's invariants: each once broke, or is the kind of
/// thing that breaks, a YAML loader or a generator. Random inputs are <see cref="SchemaFuzzTests"/>' job.
/// </summary>
public class KnownHostileSchemaTests
{
    public static TheoryData<string> Inputs() => new()
    {
        "bad: [unclosed\nmore: 1\nx: y\n",
        "types:\n  A:\n\tfields: {}\n",
        "{{{{{{{{",
        "types: [",
        "types:\n  A:\n    fields:\n      x: { type: \n",
        "types:\n  A: &a\n    fields:\n      x: int\n  B: *a\n  C: { <<: *a }\n",
        "types:\n  A:\n    fields:\n      ? [complex, key]\n      : int\n",
        "types:\n  A:\n    fields:\n      x: list<<int>>\n      y: map<>\n      z: ?\n",
        "types:\n  A:\n    value: string\n    pattern: '(?<open>'\n    minLength: 99999999999999999999\n",
        "types:\n  A:\n    fields:\n      d: { type: datetime, min: '2025-02-27', default: 'yesterday' }\n",
        "types:\n  A:\n    fields:\n      x: { type: list<int>, default: [1, 2] }\n      y: { type: A, default: {} }\n",
        "types:\n  A:\n    enum: {a: [1], b: {c: d}}\n",
        "--- \ntypes: {}\n--- \ntypes: {}\n",
        "types:\n  A:\n    fields:\n      x: !!binary aGVsbG8=\n",
        "\uFEFFtypes:\n  Ünïcödé:\n    fields:\n      名前: string\n",
        "types:\n  A:\n    fields:\n      x: " + new string('x', 100_000) + "\n",
        string.Concat(Enumerable.Repeat("[", 5_000)),
        "types:\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"  T{i}:\n    fields:\n      next: T{i + 1}\n")),
        // A cycle of required fields 2,000 records long: found without recursion.
        "types:\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"  T{i}:\n    fields:\n      next: T{(i + 1) % 2_000}\n")),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Hostile_input_gives_located_diagnostics_and_never_throws(string yaml)
    {
        var files = GeneratorHarness.Files(("schema/x.yaml", yaml)).ToList();
        var (result, output) = GeneratorHarness.Run(files, GeneratorHarness.Options());

        if (!GeneratorInvariants.Check(result, files)) GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
    }
}
