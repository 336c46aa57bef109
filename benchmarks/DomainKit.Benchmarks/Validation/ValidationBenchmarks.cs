using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Diplomacy.Domain;

namespace DomainKit.Benchmarks.Validation;

/// <summary>Validate() on a valid and an invalid Mission, generated code versus FluentValidation with the same rules.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private readonly MissionValidator _fluent = new();
    private Mission _valid = null!;
    private Mission _invalid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _valid = SampleMissions.Valid();
        _invalid = SampleMissions.Invalid();
        if (!_valid.Validate().IsValid || !_fluent.Validate(_valid).IsValid)
            throw new InvalidOperationException("the valid mission must pass both validators");
        if (_invalid.Validate().Errors.Count != 4 || _fluent.Validate(_invalid).Errors.Count != 4)
            throw new InvalidOperationException($"the invalid mission must fail both validators with 4 errors: {_invalid.Validate()} / {_fluent.Validate(_invalid)}");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Valid")]
    public bool FluentValidation_Valid() => _fluent.Validate(_valid).IsValid;

    [Benchmark, BenchmarkCategory("Valid")]
    public bool DomainKit_Valid() => _valid.Validate().IsValid;

    [Benchmark(Baseline = true), BenchmarkCategory("Invalid")]
    public int FluentValidation_Invalid() => _fluent.Validate(_invalid).Errors.Count;

    [Benchmark, BenchmarkCategory("Invalid")]
    public int DomainKit_Invalid() => _invalid.Validate().Errors.Count;
}
