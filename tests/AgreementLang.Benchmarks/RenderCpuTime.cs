using System.Runtime.InteropServices;
using AgreementLang.Diagnostics;
using AgreementLang.Rendering;

namespace AgreementLang.Benchmarks;

/// <summary><c>render-cpu</c>: Markdown rendering per agreement measured in thread CPU time rather than wall time,
/// a figure that other processes competing for the cores do not inflate (a shared build machine makes
/// BenchmarkDotNet's wall-clock results swing by several times). Warm: templates compiled and the model bound
/// before timing (one second per agreement); the median of 31 rounds of 200 renders.</summary>
public static class RenderCpuTime
{
    private const int ClockThreadCpuTime = 3;

    public static void Run()
    {
        var folder = Path.Combine(FindRoot(), "examples", "forge");
        var sources = Directory.GetFiles(folder, "*.agr").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceText(p, File.ReadAllText(p))).ToArray();
        var model = Compilation.Create(sources).Model;
        var renderer = new DraftRenderer();
        foreach (var agreement in model.Agreements.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            // A second of warm-up: tiered compilation promotes hot methods on a background thread, which a busy
            // machine starves, so a count of iterations can end before the optimised code arrives.
            var warm = System.Diagnostics.Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 1000)
            {
                renderer.Markdown(renderer.Build(model, agreement));
            }

            var rounds = new List<double>();
            for (var round = 0; round < 31; round++)
            {
                var start = ThreadCpuNanoseconds();
                for (var i = 0; i < 200; i++)
                {
                    renderer.Markdown(renderer.Build(model, agreement));
                }

                rounds.Add((ThreadCpuNanoseconds() - start) / 200.0 / 1000.0);
            }

            rounds.Sort();
            Console.WriteLine($"{agreement.Name,-12} Markdown (build + layout): median {rounds[rounds.Count / 2],7:F1} µs CPU, min {rounds[0],7:F1} µs");
        }
    }

    private static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux() || clock_gettime(ClockThreadCpuTime, out var time) != 0)
        {
            return System.Diagnostics.Stopwatch.GetTimestamp() * (1_000_000_000L / System.Diagnostics.Stopwatch.Frequency);
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AgreementLang.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AgreementLang.sln not found");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
