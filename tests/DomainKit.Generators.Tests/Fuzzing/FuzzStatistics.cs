using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>Counters shared by the fuzzing threads, and the outputs already compiled.</summary>
internal sealed class FuzzStatistics
{
    private readonly ConcurrentDictionary<UInt128, byte> _outputs = new();
    private readonly ConcurrentDictionary<UInt128, byte> _boundCode = new();

    public long Inputs;
    public long ErrorFree;
    public long DistinctOutputs;
    public long Compilations;
    public long FilesBound;
    public long GenerateTicks;
    public long CompileTicks;
    public volatile bool Failed;

    public bool FirstTimeSeen(UInt128 output) => _outputs.TryAdd(output, 0);

    public bool FirstTimeBound(UInt128 code) => _boundCode.TryAdd(code, 0);

    /// <summary>A 128-bit digest of the text, for telling apart outputs already checked.</summary>
    public static UInt128 Key(StringBuilder text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new UInt128(BitConverter.ToUInt64(hash, 0), BitConverter.ToUInt64(hash, 8));
    }

    public override string ToString() =>
        $"{Inputs} inputs, {ErrorFree} without errors, {DistinctOutputs} distinct outputs checked, {Compilations} compilations" +
        (FilesBound > 0 ? $" (binding {(double)FilesBound / Compilations:F1} files each)" : "") + "; " +
        $"generator {Seconds(GenerateTicks):F1} s, compiler {Seconds(CompileTicks):F1} s (thread time)";

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
