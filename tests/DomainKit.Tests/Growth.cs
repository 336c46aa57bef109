using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DomainKit.Tests;

/// <summary>
/// How much longer work takes on a larger input: the best of seven runs at each size, the sizes taken in turn, each
/// run after a full collection, so that one does not pay for the garbage of another. On Linux the time is the thread's
/// processor time, which other processes sharing the cores do not stretch (test assemblies run side by side); elsewhere
/// it is the wall clock. Tests assert the ratio (linear against quadratic), never a time.
/// </summary>
internal static class Growth
{
    /// <summary>
    /// The bound on the ratio for sizes eight times apart: linear work takes about 8 times as long and quadratic 64; three
    /// times linear leaves room for the collector and for what sharing the cores still costs.
    /// </summary>
    public const double LinearLimit = 24;

    public static double Ratio(Action<int> run, int small, int large, int runs = 7)
    {
        run(small); // warm-up: JIT, pools
        run(large);
        var (bestSmall, bestLarge) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < runs; i++)
        {
            bestSmall = Math.Min(bestSmall, Time(run, small));
            bestLarge = Math.Min(bestLarge, Time(run, large));
        }
        return bestLarge / Math.Max(bestSmall, 1e-6);
    }

    private static double Time(Action<int> run, int size)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = Now();
        run(size);
        return Now() - start;
    }

    // Milliseconds of the thread's processor time on Linux, of the wall clock elsewhere.
    private static double Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var time) == 0) return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
        return Stopwatch.GetTimestamp() * 1e3 / Stopwatch.Frequency;
    }

    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

/// <summary>Tests that measure growth run alone, after the others: nothing else shares the cores while they time.</summary>
[CollectionDefinition(nameof(Growth), DisableParallelization = true)]
public sealed class GrowthCollection;
