using System.Diagnostics;
using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax.Formatting;
using BenchmarkDotNet.Attributes;

namespace AgreementLang.Benchmarks;

/// <summary>Is anything quadratic? The same pipeline on 2, 10 and 20 MB files of valid clauses (the generated corpus
/// of <see cref="Corpus"/>), and on a corpus of the same size in which every agreement names a zone that does not
/// exist (the error path: a diagnostic and a did-you-mean per agreement). Linear time means the 10 MB run takes
/// five times the 2 MB run and the 20 MB run ten times. Each figure is the best of three runs after a full
/// collection, which on a shared machine is the figure least disturbed by other work.</summary>
public static class Scaling
{
    public static readonly int[] Sizes = { 2, 10, 20 };

    public static void Run(TextWriter output)
    {
        output.WriteLine("corpus         size   characters   parse+bind+check        fmt (checked)");
        foreach (var kind in new[] { "valid", "unknown names" })
        {
            var check = new Dictionary<int, double>();
            var format = new Dictionary<int, double>();
            foreach (var mb in Sizes)
            {
                var text = new SourceText("scaling.agr", Text(kind, mb));
                var diagnostics = 0;
                check[mb] = Best(() => diagnostics = Compilation.Create(new[] { text }).Diagnostics.Count);
                var status = FormatStatus.Unchanged;
                format[mb] = Best(() => status = SafeFormatter.Format(text).Status);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kind,-13}  {mb,2} MB  {text.Length,11:N0}   {check[mb],6:F2} s {text.Length / 1e6 / check[mb],6:F1} MB/s   {format[mb],6:F2} s   ({diagnostics:N0} diagnostics, fmt {status})"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-13}  ratios to 2 MB: check {check[10] / check[2]:F1} and {check[20] / check[2]:F1}, fmt {format[10] / format[2]:F1} and {format[20] / format[2]:F1} (linear: 5.0 and 10.0)"));
        }
    }

    /// <summary>The corpus of about <paramref name="mb"/> MB; "unknown names" points every agreement at a zone
    /// that is not declared, so each one takes the diagnostic path.</summary>
    public static string Text(string kind, int mb)
    {
        var text = Corpus.LargeFile(mb * 1024 * 1024);
        return kind == "valid" ? text : text.Replace("  zone BENCH\n", "  zone BENCHX\n");
    }

    private static double Best(Action action)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}

/// <summary>The same measurement under BenchmarkDotNet: <c>--filter *Scaling*</c>.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private SourceText _text = null!;

    [Params(2, 10, 20)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = new SourceText("scaling.agr", Scaling.Text("valid", Megabytes));

    [Benchmark(Description = "parse+bind+check")]
    public int Check() => Compilation.Create(new[] { _text }).Diagnostics.Count;
}
