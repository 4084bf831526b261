using System.Diagnostics;
using AgreementLang.Diagnostics;
using AgreementLang.Rendering.Report;
using AgreementLang.Rendering.Report.Html;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

/// <summary><c>report DIR [RUNS]</c>: the zone report of the .agr files under DIR, stage by stage — compile (parse,
/// bind, check), build the figures, write the HTML, write the JSON — as the median of RUNS warm runs in one process,
/// with the size of each output. A Stopwatch measurement: the machine is shared, so compare medians of one run.</summary>
public static class ReportTiming
{
    public static void Run(string[] args)
    {
        var folder = args.Length > 1 ? args[1] : throw new ArgumentException("usage: report DIR [RUNS]");
        var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var sources = Directory.GetFiles(folder, "*.agr", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => new SourceText(p, File.ReadAllText(p))).ToArray();

        Compilation compilation = null!;
        ZoneReport report = null!;
        string html = "", json = "";
        var compile = Median(runs, () => compilation = Compilation.Create(sources));
        var build = Median(runs, () => report = ZoneReportBuilder.Build(compilation.Model, compilation.Diagnostics, sources.Length));
        if (Environment.GetEnvironmentVariable("AGR_REPORT_SECTIONS") == "1")
        {
            var set = compilation.Model;
            var index = Median(runs, () => new DiagnosticIndex(set, compilation.Diagnostics));
            var idx = new DiagnosticIndex(set, compilation.Diagnostics);
            ReportTerms[] terms = [];
            var t0 = Median(runs, () => terms = set.Agreements.Select(a => ReportTerms.Of(a, null)).ToArray());
            var t1 = Median(runs, () => FloorSection.Build(set, terms, idx, null));
            var t2 = Median(runs, () => TariffSection.Build(terms, idx, null));
            var t3 = Median(runs, () => MoneySection.Facilities(set, terms, idx));
            var t4 = Median(runs, () => MoneySection.Parties(terms));
            var t5 = Median(runs, () => VolumeSection.Build(set, terms, idx));
            var t6 = Median(runs, () => TimelineSection.Build(set));
            var t7 = Median(runs, () => MembershipSection.Build(set));
            var v = Median(runs, () => ReportHtmlWriter.View(report, Rendering.Templates.TemplateSet.Default));
            var view = ReportHtmlWriter.View(report, Rendering.Templates.TemplateSet.ReportDefault);
            var shapes = Median(runs, () => view.Sections.SelectMany(x => x.Charts).Select(SvgShapesHelper.Write).ToArray());
            var render = Median(runs, () => Rendering.Templates.TemplateSet.ReportDefault.Render(Rendering.Templates.TemplateSet.ReportLayout, view));
            var rendered = Rendering.Templates.TemplateSet.ReportDefault.Render(Rendering.Templates.TemplateSet.ReportLayout, view);
            var csp = Median(runs, () => CspHashes.Apply(rendered));
            Console.WriteLine($"shapes {shapes} render {render} csp {csp}");
            Console.WriteLine($"index {index} terms {t0} floors {t1} tariffs {t2} facilities {t3} parties {t4} volumes {t5} timeline {t6} membership {t7} view {v}");
        }

        var writeHtml = Median(runs, () => html = ReportHtmlWriter.Write(report));
        var writeJson = Median(runs, () => json = ReportJsonWriter.Write(report));
        Console.WriteLine($"{sources.Length:N0} files, {compilation.Model.Agreements.Length:N0} agreements, {compilation.Diagnostics.Count:N0} diagnostics; median of {runs} warm runs:");
        Console.WriteLine($"  compile (parse, bind, check)  {compile,8:N0} ms");
        Console.WriteLine($"  build the report's figures    {build,8:N0} ms");
        Console.WriteLine($"  write HTML                    {writeHtml,8:N0} ms   {System.Text.Encoding.UTF8.GetByteCount(html) / 1e6:N1} MB");
        Console.WriteLine($"  write JSON                    {writeJson,8:N0} ms   {System.Text.Encoding.UTF8.GetByteCount(json) / 1e6:N1} MB");
        Console.WriteLine($"  report as HTML (compile + build + write)  {compile + build + writeHtml,8:N0} ms");
    }

    private static long Median(int runs, Action action)
    {
        action();
        var times = new List<long>();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.ElapsedMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
