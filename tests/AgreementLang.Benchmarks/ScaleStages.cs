using System.Diagnostics;
using System.Globalization;
using AgreementLang.Catalog;
using AgreementLang.Checks;
using AgreementLang.Cli;
using AgreementLang.Configuration;
using AgreementLang.Semantics;
using AgreementLang.Syntax;

namespace AgreementLang.Benchmarks;

/// <summary><c>scale stages DIR [RUNS]</c>: where the time of <c>agr check DIR</c> goes inside one process — find the
/// files, read them, parse, bind, check, the whole compilation as the CLI runs it — first cold (the JIT compiling as
/// it goes, as in a fresh <c>agr</c>), then the median of RUNS warm runs. Wall and process CPU time of each stage, so
/// that parallel stages show their CPU above their wall time.</summary>
public static class ScaleStages
{
    public static void Run(string folder, int runs)
    {
        Console.WriteLine($"stages of 'agr check {folder}' in one process ({Environment.ProcessorCount} processors); cold, then median of {runs} warm runs");
        Console.WriteLine($"{"stage",-28}{"cold wall",12}{"cold CPU",12}{"warm wall",12}{"warm CPU",12}");
        var stages = new List<(string Name, List<(double Wall, double Cpu)> Times)>();
        for (var run = 0; run <= runs; run++)
        {
            if (run > 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            var index = 0;
            void Stage(string name, Action action)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                action();
                var wall = watch.Elapsed.TotalMilliseconds;
                var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                if (stages.Count <= index)
                {
                    stages.Add((name, []));
                }

                stages[index++].Times.Add((wall, used));
            }

            IReadOnlyList<string> files = [];
            SourceCollector.Collected collected = null!;
            IReadOnlyList<DocumentSyntax> documents = [];
            Model.AgreementSet set = null!;
            Stage("find files", () => files = SourceCollector.Expand([folder], []));
            Stage("find and read (Collect)", () => collected = SourceCollector.Collect([folder]));
            Stage("editorconfig", () => EditorConfig.For(collected.Sources.Select(s => s.Path)));
            Stage("parse", () => documents = collected.Sources.Select(Parser.Parse).ToArray());
            Stage("bind", () => set = Binder.Bind(documents).Set);
            Stage("check", () => Checker.Run(set, MineralCatalog.Default, CompilationOptions.Default));
            Stage("text characters", () => documents.SelectMany(d => TextCharacters.Check(d.Source)).Count());
            Stage("Compilation.Create (all)", () => Compilation.Create(collected.Sources));
            Stage("print (text)", () => DiagnosticWriter.WriteText(new StringWriter(), Compilation.Create(collected.Sources).Diagnostics, files.Count, false));
        }

        // The rules one by one over one context (its indexes built by the first rule that reads them), warm: which rule
        // would make the checks grow faster than the set.
        var set2 = Binder.Bind(Compilation.Create(SourceCollector.Collect([folder]).Sources).Documents).Set;
        var context = new CheckContext(set2, MineralCatalog.Default, CompilationOptions.Default);
        var perRule = Rules.All.Select(rule =>
        {
            var watch = Stopwatch.StartNew();
            rule.Check(context, []);
            return (rule.Descriptor.Code, watch.Elapsed.TotalMilliseconds);
        }).OrderByDescending(r => r.TotalMilliseconds).Take(6);
        Console.WriteLine("slowest rules (first run of each, context shared): " +
                          string.Join(", ", perRule.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Code} {r.TotalMilliseconds:F0} ms"))));

        foreach (var (name, times) in stages)
        {
            var warm = times.Skip(1).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-28}{times[0].Wall,10:F0}ms{times[0].Cpu,10:F0}ms{Median(warm.Select(t => t.Wall)),10:F0}ms{Median(warm.Select(t => t.Cpu)),10:F0}ms"));
        }
    }

    /// <summary><c>scale stages-build DIR</c>: one cold pass of what <c>agr build DIR</c> does in memory — compile,
    /// build each agreement's draft, render it in each format, the protocols, the schedules — timed per stage.</summary>
    public static void RunBuild(string folder)
    {
        var totals = new Dictionary<string, (double Wall, double Cpu)>();
        T Stage<T>(string name, Func<T> action)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = action();
            totals.TryGetValue(name, out var sum);
            totals[name] = (sum.Wall + watch.Elapsed.TotalMilliseconds, sum.Cpu + (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            return result;
        }

        var collected = Stage("collect", () => SourceCollector.Collect([folder]));
        var compilation = Stage("compile", () => Compilation.Create(collected.Sources));
        var renderer = new Rendering.DraftRenderer();
        long bytes = 0;
        foreach (var agreement in compilation.Model.Agreements)
        {
            var draft = Stage("build draft", () => renderer.Build(compilation.Model, agreement));
            foreach (var format in Rendering.DraftFormats.All)
            {
                bytes += Stage("render " + format, () => renderer.Render(draft, format)).Length;
            }
        }

        foreach (var amendment in compilation.Model.Amendments)
        {
            var protocol = Stage("build protocol", () => renderer.BuildProtocol(compilation.Model, amendment));
            foreach (var format in Rendering.DraftFormats.All)
            {
                bytes += Stage("render protocol", () => renderer.Render(protocol, format)).Length;
            }
        }

        Stage("schedule json", () => Rendering.Schedules.JsonScheduleWriter.Write(compilation.Model, []));
        Stage("schedule csv", () => Rendering.Schedules.CsvScheduleWriter.Write(Rendering.Schedules.TariffAnnexRows.Build(compilation.Model)));
        Console.WriteLine($"{bytes:N0} bytes of drafts");
        foreach (var (name, (wall, cpu)) in totals)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28}{wall,10:F0}ms wall{cpu,10:F0}ms CPU"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }
}
