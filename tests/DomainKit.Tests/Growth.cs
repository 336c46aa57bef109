using System.Diagnostics;

namespace DomainKit.Tests;

/// <summary>
/// How much longer work takes on a larger input: the best of five runs at each size, so that a busy machine slows
/// both alike. Tests assert the ratio (linear against quadratic), never a time.
/// </summary>
internal static class Growth
{
    public static double Ratio(Action<int> run, int small, int large, int runs = 5)
    {
        run(small); // warm-up: JIT, pools
        return Best(run, large, runs) / Math.Max(Best(run, small, runs), 1e-6);
    }

    private static double Best(Action<int> run, int size, int runs)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            run(size);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
