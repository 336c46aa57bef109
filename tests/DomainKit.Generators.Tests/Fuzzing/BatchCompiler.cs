using System.Diagnostics;
using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>Compiles the outputs of many unrelated inputs in one compilation; each input uses its own namespace.</summary>
internal sealed class BatchCompiler(FuzzStatistics statistics)
{
    private const int Size = 150;
    private readonly Dictionary<SyntaxTree, int> _inputOf = new();
    private readonly Dictionary<int, string> _descriptions = new();

    public int Count => _descriptions.Count;

    public void Add(int input, IEnumerable<SyntaxTree> generated, string description)
    {
        foreach (var tree in generated) _inputOf[tree] = input;
        _descriptions[input] = description;
        if (Count >= Size) Flush();
    }

    /// <summary>Compiles what was added so far; it must compile without warnings.</summary>
    public void Flush()
    {
        if (Count == 0) return;
        var clock = Stopwatch.StartNew();
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(_inputOf.Keys);
        var problems = FuzzFailure.Problems(compilation.GetDiagnostics());
        Interlocked.Increment(ref statistics.Compilations);
        Interlocked.Add(ref statistics.CompileTicks, clock.ElapsedTicks);
        if (problems.Count > 0)
        {
            var input = problems[0].Location.SourceTree is { } tree ? _inputOf[tree] : _descriptions.Keys.First();
            throw FuzzFailure.DoesNotCompile(input, problems, _descriptions[input]);
        }
        _inputOf.Clear();
        _descriptions.Clear();
    }
}
