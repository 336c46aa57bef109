using CsCheck;

namespace DomainKit.Tests;

/// <summary>
/// CsCheck sampling with the same inputs on every run: case <c>i</c> is drawn from PCG stream <c>i</c> of one fixed
/// seed, so CI is deterministic. A failing case is handed to CsCheck from its own seed, which shrinks it and reports
/// the seed to replay (<c>CsCheck_Seed=…</c>). Setting <c>CsCheck_Seed</c>, <c>CsCheck_Iter</c> or <c>CsCheck_Time</c>
/// hands the whole run to CsCheck's own random search instead: a replay, or a longer run.
/// </summary>
internal static class SeededSample
{
    private const ulong FixedSeed = 0x446F6D61696E4B69;

    private static readonly bool Searching =
        new[] { "CsCheck_Seed", "CsCheck_Iter", "CsCheck_Time" }.Any(name => Environment.GetEnvironmentVariable(name) is not null);

    private static readonly bool LongRun =
        new[] { "CsCheck_Iter", "CsCheck_Time" }.Any(name => Environment.GetEnvironmentVariable(name) is not null);

    public static void SampleSeeded<T>(this Gen<T> gen, Action<T> assert, long iter = 100, int threads = -1)
    {
        if (Searching)
        {
            // CsCheck_Iter or CsCheck_Time decide the length of the search; a replay alone keeps the test's own count.
            if (LongRun) gen.Sample(assert, threads: threads);
            else gen.Sample(assert, iter: iter, threads: threads);
            return;
        }
        for (var i = 0; i < iter; i++)
        {
            var pcg = new PCG((uint)i, FixedSeed);
            var seed = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception failure)
            {
                // CsCheck replays the case from its seed, shrinks it and throws with the seed in its message.
                gen.Sample(assert, seed: seed, iter: 1, threads: 1);
                throw new InvalidOperationException($"Case {i} failed (CsCheck_Seed={seed}), but not when CsCheck replayed it.", failure);
            }
        }
    }

    public static void SampleSeeded<T1, T2>(this Gen<(T1, T2)> gen, Action<T1, T2> assert, long iter = 100, int threads = -1) =>
        gen.SampleSeeded(pair => assert(pair.Item1, pair.Item2), iter, threads);

    public static void SampleSeeded<T1, T2>(this Gen<(T1, T2)> gen, Func<T1, T2, bool> holds, long iter = 100, int threads = -1) =>
        gen.SampleSeeded(pair =>
        {
            if (!holds(pair.Item1, pair.Item2)) throw new InvalidOperationException($"false for ({pair.Item1}, {pair.Item2})");
        }, iter, threads);
}
