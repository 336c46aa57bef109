using System.Diagnostics;
using System.Text;
using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// Runs the generator, through Roslyn's driver as a build does, on fuzzed schema sets and checks its
/// invariants (<see cref="GeneratorInvariants"/>; and when no DK error is reported, the output compiles).
/// One instance per thread; <see cref="FuzzStatistics"/>, with the outputs already compiled, is shared.
/// </summary>
internal sealed class SchemaFuzzer
{
    private readonly FuzzStatistics _statistics;
    private readonly Compilation _consumer = GeneratorHarness.CreateCompilation();
    private readonly BatchCompiler _batch;
    private readonly AdditionalText[] _baseFiles;
    private readonly GeneratorDriver? _baseDriver;
    private readonly EditCompiler? _baseCompiler;

    /// <param name="baseFiles">The schema set <see cref="CheckEdit"/> edits.</param>
    public SchemaFuzzer(FuzzStatistics statistics, (string Path, string Text)[]? baseFiles = null)
    {
        _statistics = statistics;
        _batch = new BatchCompiler(statistics);
        _baseFiles = GeneratorHarness.Files(baseFiles ?? []).ToArray();
        if (baseFiles is null) return;
        _baseDriver = GeneratorHarness.CreateDriver(_baseFiles, trackSteps: false).RunGeneratorsAndUpdateCompilation(_consumer, out var output, out _);
        _baseCompiler = new EditCompiler(output, statistics);
    }

    /// <summary>
    /// A namespace no other input of the current compile batch uses. It repeats from batch to batch, so
    /// equal inputs in different batches give equal outputs and compile once.
    /// </summary>
    public string BatchNamespace(string prefix) => prefix + _batch.Count;

    /// <summary>A schema set from nothing: a fresh generator run; the output compiles in a batch with others.</summary>
    public void CheckNew(int input, (string Path, string Text)[] files, string batchNamespace)
    {
        var additional = GeneratorHarness.Files(files).ToArray();
        var driver = GeneratorHarness.CreateDriver(additional, GeneratorHarness.Options(rootNamespace: batchNamespace), trackSteps: false);
        if (Run(input, driver, additional, batchNamespace) is { } output)
            _batch.Add(input, output.SyntaxTrees, Describe(input, additional));
    }

    /// <summary>The base set with one file's text replaced: an incremental run from the base, as an edit in an IDE.</summary>
    public void CheckEdit(int input, int file, string text)
    {
        var files = _baseFiles.ToArray();
        files[file] = new InMemoryAdditionalText(files[file].Path, text);
        var driver = _baseDriver!.ReplaceAdditionalText(_baseFiles[file], files[file]);
        if (Run(input, driver, files, batchNamespace: null) is not { } output) return;
        var problems = _baseCompiler!.Compile(output);
        if (problems.Count > 0) throw FuzzFailure.DoesNotCompile(input, problems, Describe(input, files));
    }

    /// <summary>Compiles what is still waiting in the batch.</summary>
    public void Flush() => _batch.Flush();

    /// <summary>Runs the generator and checks the invariants; returns the output to compile, or null when there is none or it compiled before.</summary>
    private Compilation? Run(int input, GeneratorDriver driver, AdditionalText[] files, string? batchNamespace)
    {
        Interlocked.Increment(ref _statistics.Inputs);
        var clock = Stopwatch.StartNew();
        try
        {
            var run = driver.RunGeneratorsAndUpdateCompilation(_consumer, out var output, out _).GetRunResult();
            if (GeneratorInvariants.Check(run, files)) return null;
            Interlocked.Increment(ref _statistics.ErrorFree);
            if (!_statistics.FirstTimeSeen(OutputKey(run, batchNamespace))) return null;
            Interlocked.Increment(ref _statistics.DistinctOutputs);
            return output;
        }
        catch (Exception e) when (e is not FuzzFailure)
        {
            throw new FuzzFailure($"input {input} broke an invariant: {e}\n--- input ---\n{Describe(input, files)}");
        }
        finally
        {
            Interlocked.Add(ref _statistics.GenerateTicks, clock.ElapsedTicks);
        }
    }

    /// <summary>The generated files with the batch namespace taken out: equal keys compile alike.</summary>
    private static UInt128 OutputKey(GeneratorDriverRunResult run, string? batchNamespace)
    {
        var all = new StringBuilder();
        foreach (var source in run.GeneratedTrees) all.Append(source.FilePath).Append('\0').Append(source.GetText()).Append('\0');
        if (batchNamespace is not null) all.Replace(batchNamespace, "\u0001");
        return FuzzStatistics.Key(all);
    }

    private static string Describe(int input, AdditionalText[] files) =>
        $"input {input}:\n" + string.Join("\n", files.Select(f => f.GetText()!.ToString()).Select((text, i) =>
            $"# {files[i].Path}\n{(text.Length > 4000 ? text[..4000] + "…" : text)}"));
}
