using System.Globalization;
using System.Security.Cryptography;
using CsCheck;
using Xunit.Abstractions;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// Runs a property over samples that can always be named again. CsCheck given a seed repeats only the first
/// sample and draws the rest at random, so each sample here gets its own seed, derived from a run seed:
/// the fixed run seed gives the same samples on every run (CI's baseline), the rotating one new samples each run,
/// and it is logged. Every failure says "Set seed: … or -e CsCheck_Seed=… to reproduce" (CsCheck's message) and
/// which run seed drew it. With <c>CsCheck_Seed</c> set only that sample is checked; with
/// <c>PUBLISH_PROPERTY_SEED</c> (a number) the rotating run repeats that run seed.
/// </summary>
internal static class PropertyRuns
{
    private const ulong FixedRunSeed = 20261205;

    public static void Check<T>(Gen<T> gen, Action<T> assert, Func<T, string> print, int fixedSamples, int rotatingSamples, ITestOutputHelper output)
    {
        if (Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } only)
        {
            output.WriteLine($"CsCheck_Seed={only}: that sample alone");
            gen.Sample(assert, seed: only, iter: 1, threads: 1, print: print);
            return;
        }

        var rotating = Environment.GetEnvironmentVariable("PUBLISH_PROPERTY_SEED") is { Length: > 0 } given
            ? ulong.Parse(given, NumberStyles.None, CultureInfo.InvariantCulture)
            : BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        output.WriteLine($"fixed run seed {FixedRunSeed} ({fixedSamples} samples), rotating run seed PUBLISH_PROPERTY_SEED={rotating} ({rotatingSamples} samples)");
        Run(gen, assert, print, FixedRunSeed, fixedSamples, "fixed");
        Run(gen, assert, print, rotating, rotatingSamples, "rotating");
    }

    /// <summary>The seed of each sample a run seed draws, in order: CsCheck seed strings.</summary>
    private static IEnumerable<string> SampleSeeds(ulong runSeed, int samples)
    {
        var run = new PCG(1, runSeed);
        for (var i = 0; i < samples; i++)
        {
            yield return new PCG(run.Next(), run.Next64()).ToString();
        }
    }

    private static void Run<T>(Gen<T> gen, Action<T> assert, Func<T, string> print, ulong runSeed, int samples, string name)
    {
        var i = 0;
        foreach (var seed in SampleSeeds(runSeed, samples))
        {
            try
            {
                gen.Sample(assert, seed: seed, iter: 1, threads: 1, print: print);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"sample {i + 1} of the {name} run (PUBLISH_PROPERTY_SEED={runSeed}) failed with sample seed {seed}: CsCheck_Seed={seed} reproduces it.\n{e.Message}", e);
            }

            i++;
        }
    }
}
