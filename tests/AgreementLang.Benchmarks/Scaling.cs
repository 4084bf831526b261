using System.Diagnostics;
using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Formatting;
using BenchmarkDotNet.Attributes;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

/// <summary>Is anything quadratic? The same pipeline on 2, 10 and 20 MB files of valid clauses (the generated corpus
/// of <see cref="Corpus"/>), and on a corpus of the same size in which every agreement names a zone that does not
/// exist (the error path: a diagnostic and a did-you-mean per agreement). Linear time means the 10 MB run takes
/// five times the 2 MB run and the 20 MB run ten times. Each figure is the best of five runs after a full
/// collection. Two clocks are read: wall time, and the process's CPU time, which is what the ratios use: on a
/// shared machine other work stretches the wall time of a run but not the CPU time it needs (collections run on
/// the allocating thread, as the benchmarks use the non-concurrent workstation collector, so they are counted).</summary>
public static class Scaling
{
    public static readonly int[] Sizes = { 2, 10, 20 };

    public static void Run(TextWriter output)
    {
        output.WriteLine("corpus         size   characters   parse+bind+check: wall, CPU       fmt (checked): wall, CPU");
        foreach (var kind in new[] { "valid", "unknown names" })
        {
            var check = new Dictionary<int, double>();
            var format = new Dictionary<int, double>();
            foreach (var mb in Sizes)
            {
                var text = new SourceText("scaling.agr", Text(kind, mb));
                var diagnostics = 0;
                var (checkWall, checkCpu) = Best(() => diagnostics = Compilation.Create(new[] { text }).Diagnostics.Count);
                var status = FormatStatus.Unchanged;
                var (formatWall, formatCpu) = Best(() => status = SafeFormatter.Format(text).Status);
                check[mb] = checkCpu;
                format[mb] = formatCpu;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kind,-13}  {mb,2} MB  {text.Length,11:N0}   {checkWall,6:F2} s, {checkCpu,6:F2} s ({text.Length / 1e6 / checkCpu,4:F1} MB/s)   " +
                    $"{formatWall,6:F2} s, {formatCpu,6:F2} s   ({diagnostics:N0} diagnostics, fmt {status})"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-13}  CPU-time ratios to 2 MB: check {check[10] / check[2]:F1} and {check[20] / check[2]:F1}, " +
                $"fmt {format[10] / format[2]:F1} and {format[20] / format[2]:F1} (linear: 5.0 and 10.0)"));
        }
    }

    /// <summary>The corpus of about <paramref name="mb"/> MB; "unknown names" points every agreement at a zone
    /// that is not declared, so each one takes the diagnostic path.</summary>
    public static string Text(string kind, int mb)
    {
        var text = Corpus.LargeFile(mb * 1024 * 1024);
        return kind == "valid" ? text : text.Replace("  zone BENCH\n", "  zone BENCHX\n");
    }

    private static (double Wall, double Cpu) Best(Action action)
    {
        var wall = double.MaxValue;
        var cpu = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            wall = Math.Min(wall, watch.Elapsed.TotalSeconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        return (wall, cpu);
    }
}

/// <summary>The same measurement under BenchmarkDotNet: <c>--filter *Scaling*</c>.</summary>
[MemoryDiagnoser]
// agr runs with concurrent GC off (its project sets ConcurrentGarbageCollection=false); BenchmarkDotNet would
// otherwise measure the runtime default, which is not what a user of the command line gets.
[GcConcurrent(false)]
[MedianColumn]
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
