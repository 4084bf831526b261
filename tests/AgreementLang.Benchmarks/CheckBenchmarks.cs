using AgreementLang.Catalog;
using AgreementLang.Checks;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using BenchmarkDotNet.Attributes;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

/// <summary>The conflict checks alone, on zones of 1,000 and 10,000 agreements (<see cref="CheckCorpus"/>):
/// the set is parsed and bound once in setup, and only <see cref="Checker.Run"/> is timed. Targets: 10,000
/// agreements in under a second, and at most 12 times the time of 1,000.</summary>
[MemoryDiagnoser]
// agr runs with concurrent GC off (its project sets ConcurrentGarbageCollection=false); BenchmarkDotNet would
// otherwise measure the runtime default, which is not what a user of the command line gets.
[GcConcurrent(false)]
[MedianColumn]
public class CheckBenchmarks
{
    private AgreementSet _set = AgreementSet.Empty;

    [Params(1_000, 10_000)]
    public int Agreements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _set = Bind(Agreements, out var found);
        Console.WriteLine($"// {Agreements} agreements: {found}");
    }

    [Benchmark(Description = "check a zone")]
    public int Check() => Checker.Run(_set, MineralCatalog.Default, CompilationOptions.Default).Count;

    /// <summary>Parses and binds a generated zone, refusing one that does not bind cleanly, and checks that the
    /// planted conflicts are found (and nothing else), so the benchmark measures real work.</summary>
    public static AgreementSet Bind(int agreements, out string found)
    {
        var documents = CheckCorpus.Files(agreements).Select(f => Parser.Parse(new SourceText(f.Path, f.Text))).ToArray();
        var (set, diagnostics) = Binder.Bind(documents);
        var problems = documents.SelectMany(d => d.Diagnostics).Concat(diagnostics).ToArray();
        if (problems.Length > 0)
        {
            throw new InvalidOperationException($"the generated zone does not bind cleanly ({problems.Length}): {problems[0]}");
        }

        var conflicts = Checker.Run(set, MineralCatalog.Default, CompilationOptions.Default);
        var planted = Enumerable.Range(0, agreements).Count(CheckCorpus.Planted);
        var unexpected = conflicts.Where(d => !IsPlanted(d)).ToArray();
        if (planted == 0 || unexpected.Length > 0)
        {
            throw new InvalidOperationException($"expected only planted conflicts ({planted} planted agreements); unexpected: " +
                                                string.Join("\n", unexpected.Take(5).Select(d => d.ToString())));
        }

        found = string.Join(", ", conflicts.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count()));
        return set;
    }

    /// <summary>A Stopwatch pass over both sizes: a smoke check of the corpus and the targets, not a measurement.</summary>
    public static void Quick()
    {
        var seconds = new Dictionary<int, double>();
        foreach (var size in new[] { 1_000, 10_000 })
        {
            var set = Bind(size, out var found);
            Console.WriteLine($"{size} agreements: {found}");
            var best = double.MaxValue;
            for (var run = 0; run < 5; run++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                Checker.Run(set, MineralCatalog.Default, CompilationOptions.Default);
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            seconds[size] = best;
            var before = GC.GetTotalAllocatedBytes(precise: true);
            Checker.Run(set, MineralCatalog.Default, CompilationOptions.Default);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"  check: best of 5 {best * 1000:F1} ms, {allocated / 1e6:F0} MB allocated a run");

            // Where the time goes: the shared context, then each rule over a context whose indexes are warm.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var context = new CheckContext(set, MineralCatalog.Default, CompilationOptions.Default);
            Console.WriteLine($"  context: {clock.Elapsed.TotalMilliseconds:F1} ms, {(GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1e6:F1} MB");
            foreach (var rule in Rules.All)
            {
                clock.Restart();
                bytes = GC.GetTotalAllocatedBytes(precise: true);
                rule.Check(context, new List<Diagnostic>());
                Console.WriteLine($"  {rule.Descriptor.Code} {rule.GetType().Name}: {clock.Elapsed.TotalMilliseconds:F1} ms, " +
                                  $"{(GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1e6:F1} MB");
            }
        }

        Console.WriteLine($"ratio 10,000 / 1,000: {seconds[10_000] / seconds[1_000]:F1}");
    }

    /// <summary>Every conflict involves a planted agreement: at its primary location or a related one.</summary>
    private static bool IsPlanted(Diagnostic diagnostic) =>
        new[] { diagnostic.Location }.Concat(diagnostic.Related.Select(r => r.Location))
            .Any(l => l.Source.Text.LastIndexOf("agreement PLANTED-", l.Span.Start, StringComparison.Ordinal) >
                      l.Source.Text.LastIndexOf("agreement A-", l.Span.Start, StringComparison.Ordinal));
}
