using System.Diagnostics;

namespace DomainKit.Tests;

/// <summary>
/// How much longer work takes on a larger input: the best of seven runs at each size, the sizes taken in turn, so
/// that a busy spell of the machine slows both alike. Tests assert the ratio (linear against quadratic), never a time.
/// </summary>
internal static class Growth
{
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
        var clock = Stopwatch.StartNew();
        run(size);
        return clock.Elapsed.TotalMilliseconds;
    }
}

/// <summary>Tests that measure growth run alone, after the others: nothing else shares the cores while they time.</summary>
[CollectionDefinition(nameof(Growth), DisableParallelization = true)]
public sealed class GrowthCollection;
