using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace AgreementLang.Tests.Properties;

/// <summary>Runs an FsCheck property inside an xunit fact (FsCheck.Xunit is not on the package mirror).
///
/// AGR_PROPERTY_CASES sets the number of cases per property (default 10,000, which CI runs; the long run is
/// 1,000,000, see docs/testing.md). AGR_PROPERTY_SEED sets the seed; by default each property has a fixed seed
/// derived from its name, so a run is deterministic and a failure reproduces. Every property must also finish:
/// a single case may take at most <see cref="CaseLimit"/>, and the whole run is abandoned (and fails) after a
/// budget proportional to the number of cases, so that a hang fails the test instead of stalling CI.</summary>
internal static class PropertyRun
{
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(5);

    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("AGR_PROPERTY_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 10_000;

    public static void Check<T>(ITestOutputHelper output, string name, Gen<T> generator, Action<T> property, int? count = null)
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("AGR_PROPERTY_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            ? s
            : StableHash(name);
        var cases = count ?? Cases;
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        var slowest = TimeSpan.Zero;
        var timed = Prop.ForAll(Arb.From(generator), (T value) =>
        {
            var watch = Stopwatch.StartNew();
            property(value);
            watch.Stop();
            if (watch.Elapsed > slowest)
            {
                slowest = watch.Elapsed;
            }

            if (watch.Elapsed > CaseLimit)
            {
                throw new TimeoutException($"one case took {watch.Elapsed.TotalSeconds:F1} s, more than {CaseLimit.TotalSeconds:F0} s: {value}");
            }
        });

        var total = Stopwatch.StartNew();
        var budget = TimeSpan.FromSeconds(120 + (cases / 50.0));
        var run = Task.Run(() => FsCheck.Check.One(config, timed));
        if (!run.Wait(budget))
        {
            Assert.Fail($"{name}: {cases:N0} cases did not finish within {budget.TotalSeconds:F0} s (seed {seed})");
        }

        run.GetAwaiter().GetResult();
        output.WriteLine($"{name}: {cases:N0} cases passed in {total.Elapsed.TotalSeconds:F1} s (slowest case {slowest.TotalMilliseconds:F0} ms, seed {seed})");
    }

    /// <summary>FNV-1a of the name: a seed that is the same on every machine and every run.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
