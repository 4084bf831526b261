using System.Diagnostics;
using Microsoft.Playwright;

namespace AgreementLang.Benchmarks;

/// <summary><c>report-load FILE [RUNS]</c>: opens a report written by <c>agr report</c> in Debian's chromium
/// (<c>AGR_CHROMIUM</c> or /usr/bin/chromium) RUNS times, each in a fresh page, and prints the median time from
/// navigation to the load event as the page measures it (Navigation Timing), then the time the mineral filter takes
/// to show one mineral. A measurement on a shared machine: compare medians of one run.</summary>
public static class ReportPageLoad
{
    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var file = args.Length > 1 ? Path.GetFullPath(args[1]) : throw new ArgumentException("usage: report-load FILE [RUNS]");
        var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var chromium = Environment.GetEnvironmentVariable("AGR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = ["--no-sandbox"], Headless = true });
        var loads = new List<double>();
        var filters = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            await page.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            var load = await page.EvaluateAsync<double>("() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }");
            var minerals = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#mineral-filter option')].map(o => o.value).filter(v => v)");
            var watch = Stopwatch.StartNew();
            if (minerals.Length > 0)
            {
                await page.SelectOptionAsync("#mineral-filter", new[] { minerals[0] });
                await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            }

            var filter = watch.Elapsed.TotalMilliseconds;
            await page.CloseAsync();
            if (i > 0)
            {
                // The first run warms the browser's caches of fonts and code; it is not counted.
                loads.Add(load);
                filters.Add(filter);
            }
        }

        loads.Sort();
        filters.Sort();
        Console.WriteLine($"{file}: {new FileInfo(file).Length / 1e6:N1} MB; median of {runs} loads in chromium:");
        Console.WriteLine($"  navigation to load event   {loads[loads.Count / 2],8:N0} ms   (min {loads[0]:N0}, max {loads[^1]:N0})");
        Console.WriteLine($"  filter to one mineral      {filters[filters.Count / 2],8:N0} ms");
    }
}
