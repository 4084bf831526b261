using System.Diagnostics;
using AgreementLang.Diagnostics;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using BenchmarkDotNet.Running;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

public static class Program
{
    /// <summary><c>quick</c> (parsing) and <c>quick-check</c> (conflict checks) run a fast Stopwatch pass (a smoke
    /// check, not a measurement); <c>render-cpu [DIR]</c> times Markdown rendering in thread CPU time (with the house-style templates of DIR if given); <c>render-ab</c> compares two builds' rendering in one process; <c>render-parties [N...]</c> times <c>render --format md</c> against <c>--format akn</c> for an agreement of N parties; <c>zone N DIR</c> writes a generated N-member zone; <c>diff-zone [N]</c> times <c>agr diff</c> of two such zones against <c>agr check</c>; <c>lsp-latency [N] [EDITS] [PAUSE-MS]</c> times the language server's diagnostics after an edit in that zone; <c>report DIR</c> times the zone report stage by stage and
    /// <c>report-load FILE</c> times its page's load in chromium; <c>parse-startup PUBDIR</c> times the first parse in a fresh process of a published build; <c>scaling</c>
    /// measures parse+bind+check and fmt on 2, 10 and 20 MB files and prints the ratios that show the time is linear;
    /// anything else goes to BenchmarkDotNet, e.g. <c>--filter *Parse*</c>, <c>--filter *Check*</c> or
    /// <c>--filter *Scaling*</c>.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "quick")
        {
            Quick();
            return;
        }

        if (args.Length > 0 && args[0] == "scaling")
        {
            Scaling.Run(Console.Out);
            return;
        }

        if (args.Length > 0 && args[0] == "render-cpu")
        {
            RenderCpuTime.Run(args.Length > 1 ? args[1] : null);
            return;
        }

        if (args.Length > 0 && args[0] == "render-ab")
        {
            RenderAb.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "render-parties")
        {
            RenderParties.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "lsp-latency")
        {
            LspLatency.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "zone")
        {
            WriteZone(args);
            return;
        }

        if (args.Length > 0 && args[0] == "report-load")
        {
            ReportPageLoad.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "report")
        {
            ReportTiming.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "diff-zone")
        {
            DiffZone.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "parse-startup")
        {
            ParseStartup.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "scale")
        {
            Scale.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "quick-check")
        {
            CheckBenchmarks.Quick();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary><c>zone N DIR [--changed]</c>: writes the generated N-member zone (<see cref="ZoneCorpus"/>) under DIR,
    /// or, with <c>--changed</c>, the same zone after one agreement's round of negotiation.</summary>
    private static void WriteZone(string[] args)
    {
        if (args.Length < 3 || !int.TryParse(args[1], out var members) || members < 2 || members > ZoneCorpus.MaxMembers)
        {
            Console.Error.WriteLine($"usage: zone N DIR [--changed]   (N from 2 to {ZoneCorpus.MaxMembers})");
            Environment.Exit(2);
            return;
        }

        var files = args.Contains("--changed") ? ZoneCorpus.Changed(members) : ZoneCorpus.Files(members);
        ZoneCorpus.Write(args[2], files);
        Console.WriteLine($"{members} members, {ZoneCorpus.Agreements(members):N0} agreements, {files.Count:N0} files, " +
                          $"{files.Sum(f => (long)f.Text.Length):N0} characters written to {args[2]}");
    }

    /// <summary>Warm (one parse of the whole file first, then a full collection before each run), like
    /// BenchmarkDotNet's iterations; five runs and their median.</summary>
    private static void Quick()
    {
        var text = new SourceText("large.agr", Corpus.LargeFile(ParseBenchmarks.LargeSize));
        GC.KeepAlive(Parser.Parse(text));
        var parseRates = new List<double>();
        var bindRates = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var pauseBefore = GC.GetTotalPauseDuration();
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var document = Parser.Parse(text);
            var parse = watch.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            var (set, diagnostics) = Binder.Bind(new[] { document });
            var total = watch.Elapsed.TotalSeconds;
            parseRates.Add(text.Length / 1e6 / parse);
            bindRates.Add(text.Length / 1e6 / total);
            Console.WriteLine($"parse {text.Length / 1e6 / parse:F1} MB/s (CPU time {text.Length / 1e6 / cpu:F1} MB/s), {allocated / (double)text.Length:F0} B/B; " +
                              $"parse+bind {text.Length / 1e6 / total:F1} MB/s; {set.Agreements.Length} agreements, " +
                              $"{document.Diagnostics.Count + diagnostics.Count} diagnostics; GC pause {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F2} s, " +
                              $"collections {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}");
        }

        Console.WriteLine($"median: parse {Median(parseRates):F1} MB/s, parse+bind {Median(bindRates):F1} MB/s " +
                          $"({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} collector, {Environment.ProcessorCount} processors)");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
