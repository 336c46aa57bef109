using System.Collections.Immutable;
using DomainKit.Generators.Core.Checking;
using DomainKit.Generators.Core.Diagnostics;
using DomainKit.Generators.Core.Emitting;
using DomainKit.Generators.Core.Parsing;
using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// Runs the generator's core on fuzzed schema sets and checks its invariants. The core is called
/// directly, not through Roslyn, so an exception surfaces here instead of becoming a diagnostic.
/// </summary>
internal sealed class SchemaFuzzer
{
    private const int CompileBatch = 150;
    private readonly List<SyntaxTree> _pending = new();
    private readonly List<string> _pendingInputs = new();

    public int Inputs { get; private set; }
    public int ErrorFree { get; private set; }
    public int Compilations { get; private set; }

    /// <summary>Checks one schema set; throws with the input attached when an invariant fails.</summary>
    public void Check((string Path, string Text)[] files, string defaultNamespace)
    {
        Inputs++;
        try
        {
            var parsed = files.Select(f => SchemaParser.Parse(f.Path, f.Text)).ToList();
            var index = TypeIndexBuilder.Build(parsed.Select(p => TypeIndexBuilder.Declarations(p, defaultNamespace)).ToImmutableArray());
            var checkedFiles = parsed.Select(p => SchemaChecker.Check(p, index.Table, defaultNamespace)).ToList();
            var diagnostics = checkedFiles.SelectMany(c => c.Diagnostics).Concat(index.Diagnostics).ToList();
            var lengths = files.ToDictionary(f => f.Path, f => f.Text.Length);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Rule == DiagnosticCatalog.InternalError) throw new InvalidOperationException("internal error: " + diagnostic.Message);
                if (!lengths.TryGetValue(diagnostic.Span.FilePath, out var length) || diagnostic.Span.EndOffset > length || diagnostic.Span.StartOffset < 0)
                    throw new InvalidOperationException($"{diagnostic.Rule.Id} is located outside its file: {diagnostic.Span}");
            }
            var types = checkedFiles.SelectMany(c => c.Types).ToList();
            var duplicateHint = types.GroupBy(t => t.HintName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicateHint is not null) throw new InvalidOperationException("two outputs share the hint name " + duplicateHint.Key);
            var sources = types.Select(t => (t.HintName, Text: SourceEmitter.Emit(t))).ToList();
            if (diagnostics.Any(d => d.Rule.Severity == RuleSeverity.Error)) return;
            ErrorFree++;
            foreach (var (hint, text) in sources) _pending.Add(CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: $"input{Inputs}/{hint}"));
            _pendingInputs.Add(Describe(files));
            if (_pendingInputs.Count >= CompileBatch) Flush();
        }
        catch (Exception e) when (e is not FuzzFailure)
        {
            throw new FuzzFailure($"input {Inputs} broke an invariant: {e}\n--- input ---\n{Describe(files)}");
        }
    }

    /// <summary>Compiles the error-free inputs collected so far; their outputs must compile without warnings.</summary>
    public void Flush()
    {
        if (_pending.Count == 0) return;
        Compilations++;
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(_pending);
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5).ToList();
        if (problems.Count > 0)
        {
            var input = problems[0].Location.SourceTree?.FilePath.Split('/')[0] ?? "?";
            throw new FuzzFailure($"error-free schemas generated code that does not compile ({input}):\n{string.Join("\n", problems)}\n--- inputs of the batch ---\n{string.Join("\n=====\n", _pendingInputs.Take(3))}");
        }
        _pending.Clear();
        _pendingInputs.Clear();
    }

    private static string Describe((string Path, string Text)[] files) =>
        string.Join("\n", files.Select(f => $"# {f.Path}\n{(f.Text.Length > 4000 ? f.Text[..4000] + "…" : f.Text)}"));
}

internal sealed class FuzzFailure(string message) : Exception(message);
