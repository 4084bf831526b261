using System.Runtime.InteropServices;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering;
using AgreementLang.Rendering.Templates;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

/// <summary><c>render-cpu</c>: Markdown rendering per agreement measured in thread CPU time rather than wall time,
/// a figure that other processes competing for the cores do not inflate (a shared build machine makes
/// BenchmarkDotNet's wall-clock results swing by several times). Warm: templates compiled and the model bound
/// before timing (one second per agreement, all agreements before the first is timed); the median of 31 rounds of 200 renders.
/// The target is stated per 1 KB agreement, and no example is 1 KB (US-EU-2026 is 0.8 KB without its
/// comments, US-JP-2026 1.3 KB): the generated benchmark agreement (<see cref="Corpus.Agreement"/>, every
/// clause family in about 1 KB) is measured first, and every figure is also given per KB of source.</summary>
public static class RenderCpuTime
{
    private const int ClockThreadCpuTime = 3;
    private const int Rounds = 31;
    private const int RendersPerRound = 200;

    /// <param name="templates">A house-style folder (<c>render-cpu DIR</c>), to measure what its templates cost.</param>
    public static void Run(string? templates = null)
    {
        var renderer = new DraftRenderer(templates is null ? null : TemplateSet.Load(templates));
        Console.WriteLine($"{"agreement",-14} {"source",8} {"build+layout",13} {"per KB",9} {"min",9}   {"build",8} {"layout",8}   {"allocated (build, layout)",26}");
        var agreements = Agreements().ToArray();

        // A second of warm-up per agreement, all before the first measurement: tiered compilation promotes hot
        // methods on a background thread, which a busy machine starves, so a count of iterations can end before
        // the optimised code arrives, and code that only one agreement reaches (a clause family) would otherwise
        // still be unoptimised when that agreement is timed.
        foreach (var (model, agreement) in agreements)
        {
            var warm = System.Diagnostics.Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 1000)
            {
                renderer.Markdown(renderer.Build(model, agreement));
            }
        }

        foreach (var (model, agreement) in agreements)
        {
            var size = SourceSize(agreement);
            var kilobytes = size / 1024.0;
            var whole = Median(() => renderer.Markdown(renderer.Build(model, agreement)));
            var draft = renderer.Build(model, agreement);
            var build = Median(() => renderer.Build(model, agreement));
            var layout = Median(() => renderer.Markdown(draft));
            Console.WriteLine($"{agreement.Name,-14} {size,6} B {whole.Median,10:F1} µs {whole.Median / kilobytes,6:F1} µs {whole.Min,6:F1} µs   " +
                              $"{build.Median,5:F1} µs {layout.Median,5:F1} µs   {whole.Allocated / 1024.0,5:F1} KB ({build.Allocated / 1024.0:F1}, {layout.Allocated / 1024.0:F1})");
        }
    }

    /// <summary>The generated 1 KB agreement (with the corpus zone it refers to), then the examples by name.</summary>
    private static IEnumerable<(AgreementSet Model, Agreement Agreement)> Agreements()
    {
        var generated = Compilation.Create([new SourceText("zone.agr", Corpus.Zone()), new SourceText("a00000.agr", Corpus.Agreement(0))]).Model;
        yield return (generated, generated.Agreements.Single());

        var folder = Path.Combine(FindRoot(), "examples", "forge");
        var sources = Directory.GetFiles(folder, "*.agr").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceText(p, File.ReadAllText(p))).ToArray();
        var model = Compilation.Create(sources).Model;
        foreach (var agreement in model.Agreements.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            yield return (model, agreement);
        }
    }

    /// <summary>The agreement's own text, from its keyword to its closing brace, comments inside it included and
    /// the comments before it in its file not.</summary>
    private static int SourceSize(Agreement agreement)
    {
        var text = agreement.Location.Source.Text;
        var start = text.LastIndexOf("agreement ", agreement.Location.Span.Start, StringComparison.Ordinal);
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    i = text.IndexOf('"', i + 1);
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = text.IndexOf('\n', i);
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i + 1 - start;
            }
        }

        throw new InvalidOperationException("No closing brace for " + agreement.Name);
    }

    /// <summary>Median and fastest round in µs per render, and the bytes one render allocates.</summary>
    private static (double Median, double Min, long Allocated) Median(Func<object> render)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        render();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var rounds = new List<double>(Rounds);
        for (var round = 0; round < Rounds; round++)
        {
            var start = ThreadCpuNanoseconds();
            for (var i = 0; i < RendersPerRound; i++)
            {
                render();
            }

            rounds.Add((ThreadCpuNanoseconds() - start) / (double)RendersPerRound / 1000.0);
        }

        rounds.Sort();
        return (rounds[rounds.Count / 2], rounds[0], allocated);
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
