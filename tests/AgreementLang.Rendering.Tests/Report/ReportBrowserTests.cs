using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Report.Html;
using AgreementLang.Tests.Infrastructure;
using Microsoft.Playwright;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests.Report;

/// <summary>The reports of examples/forge and examples/conflicts opened in a real browser (Debian's chromium).</summary>
public sealed class ReportBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    public static readonly string[] Sections = ["floors", "tariffs", "money", "volumes", "timeline", "conflicts", "diagnostics", "membership"];

    /// <summary>The page, with every console error, page error and request the page made recorded.</summary>
    private async Task<(IPage Page, List<string> Errors, List<string> Requests)> Open(string example, IBrowserContext? context = null)
    {
        var page = await (context ?? await chromium.Browser.NewContextAsync()).NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(Reports.Of(example)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        return (page, errors, requests);
    }

    [BrowserFact]
    public async Task The_reports_open_without_a_console_error_and_no_request_leaves_the_file()
    {
        foreach (var example in new[] { "forge", "conflicts" })
        {
            var (page, errors, requests) = await Open(example);
            // Use the page as a reader does: filter by a mineral, then open a diagnostic; a CSP violation or a script
            // error on the way is a console error.
            if (await page.Locator("#mineral-filter").CountAsync() > 0)
            {
                await page.SelectOptionAsync("#mineral-filter", new[] { "NdPr" });
            }

            await page.Context.CloseAsync();
            Assert.Empty(errors);
            Assert.Equal([new Uri(Reports.Of(example)).AbsoluteUri], requests);
        }
    }

    [BrowserFact]
    public async Task Every_section_is_present_and_is_photographed()
    {
        Directory.CreateDirectory(Reports.Screenshots);
        foreach (var example in new[] { "forge", "conflicts" })
        {
            var (page, _, _) = await Open(example);
            await page.SetViewportSizeAsync(1280, 900);
            foreach (var section in Sections)
            {
                var locator = page.Locator("section#" + section);
                Assert.Equal(1, await locator.CountAsync());
                Assert.True(await locator.IsVisibleAsync(), example + ": section " + section + " is not visible");
                Assert.NotEmpty((await locator.Locator("h2").InnerTextAsync()).Trim());
                await locator.ScreenshotAsync(new() { Path = Path.Combine(Reports.Screenshots, example + "-" + section + ".png") });
            }

            // Every section that has something to draw draws it.
            foreach (var section in new[] { "floors", "tariffs", "money", "volumes", "timeline", "conflicts" }.Where(s => example != "forge" || s != "conflicts"))
            {
                Assert.True(await page.Locator($"section#{section} figure svg").CountAsync() > 0, example + ": section " + section + " has no chart");
            }

            if (example == "forge")
            {
                // examples/forge checks clean: the section says so and draws no graph.
                Assert.Contains("no problem", await page.Locator("section#conflicts").InnerTextAsync());
            }

            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Every_floor_cell_holds_the_models_floor_and_its_source()
    {
        foreach (var example in new[] { "forge", "conflicts" })
        {
            var compilation = Compile(example);
            var (page, _, _) = await Open(example);
            var checkedCells = 0;
            foreach (var agreement in compilation.Model.Agreements)
            {
                var zone = compilation.Model.Zones.FirstOrDefault(z => z.Name == agreement.Zone);
                foreach (var floor in agreement.Terms.OfType<Floor>())
                {
                    var figure = $"figure[id^='{Canvas.Id("floors", agreement.Zone ?? "", floor.Subject.Mineral)}-']";
                    var cell = page.Locator($"{figure} rect.cell[data-row='{agreement.Name}'][data-column='{floor.Subject.Stage}']");
                    Assert.True(await cell.CountAsync() == 1, $"{example}: no floor cell for {agreement.Name} {floor.Subject}");
                    var source = await cell.GetAttributeAsync("data-source");
                    Assert.Equal(floor.Location.Path.Replace('\\', '/') + ":" + floor.Location.Start.Line, source);
                    var title = await cell.Locator("title").TextContentAsync();
                    var value = await cell.GetAttributeAsync("data-value");
                    var reference = zone?.ReferencePrices.FirstOrDefault(r => r.Subject.Mineral == floor.Subject.Mineral && r.Subject.Stage == floor.Subject.Stage);
                    if (floor.Price is not { } price)
                    {
                        Assert.Null(value);
                        continue;
                    }

                    Assert.Contains("stated: " + price, title);
                    if (reference is not null && reference.Price.Money.Currency == price.Money.Currency && reference.Price.Basis == price.Basis)
                    {
                        var expected = Math.Round(price.PerKilogram * Units.Kilograms(reference.Price.Unit), 2, MidpointRounding.AwayFromZero);
                        Assert.Equal(expected, decimal.Parse(value!, System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else if (reference is null)
                    {
                        Assert.Null(value);
                    }

                    checkedCells++;
                }
            }

            Assert.True(checkedCells >= 3, example + ": only " + checkedCells + " floors checked");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Clicking_a_conflict_edge_reveals_its_diagnostic_with_both_locations()
    {
        var compilation = Compile("conflicts");
        var (page, errors, _) = await Open("conflicts");
        var diagnostics = compilation.Diagnostics;
        Assert.NotEmpty(diagnostics);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var id = "d" + (i + 1);
            var details = page.Locator("details#" + id);
            Assert.False(await details.GetAttributeAsync("open") is not null, id + " is open before its edge is clicked");
            await page.Locator($"a.edge[data-diagnostic='{id}'] text").First.ClickAsync();
            Assert.NotNull(await details.GetAttributeAsync("open"));
            Assert.True(await details.IsVisibleAsync());
            var text = await details.InnerTextAsync();
            Assert.Contains(diagnostics[i].Code, text);
            Assert.Contains(diagnostics[i].Location.ToString().Replace('\\', '/'), text);
            foreach (var related in diagnostics[i].Related)
            {
                Assert.Contains(related.Location.ToString().Replace('\\', '/'), text);
            }
        }

        await page.Context.CloseAsync();
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task In_print_every_chart_stays_on_one_page()
    {
        foreach (var example in new[] { "forge", "conflicts" })
        {
            var (page, _, _) = await Open(example);
            // A4 at 96 dpi less the 12 mm margins of the report's @page: 186 mm × 273 mm.
            await page.SetViewportSizeAsync(703, 1032);
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            var figures = await page.EvaluateAsync<JsonElement>(
                "() => [...document.querySelectorAll('figure.chart')].map(f => ({ id: f.id, breakInside: getComputedStyle(f).breakInside, " +
                "height: f.getBoundingClientRect().height, width: f.getBoundingClientRect().width }))");
            Assert.True(figures.GetArrayLength() > 0);
            foreach (var figure in figures.EnumerateArray())
            {
                var id = figure.GetProperty("id").GetString();
                Assert.Equal("avoid", figure.GetProperty("breakInside").GetString());
                Assert.True(figure.GetProperty("height").GetDouble() <= 1032, $"{example}: chart {id} is {figure.GetProperty("height").GetDouble()} px high in print");
                Assert.True(figure.GetProperty("width").GetDouble() <= 703.5, $"{example}: chart {id} is {figure.GetProperty("width").GetDouble()} px wide in print");
            }

            // Printed, a diagnostic's locations show without opening it.
            if (example == "conflicts")
            {
                Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('details.diagnostic > p')].every(p => p.getBoundingClientRect().height > 0)"),
                    "a closed diagnostic's text is not printed");
            }

            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_mineral_filter_shows_only_that_minerals_charts()
    {
        var (page, _, _) = await Open("forge");
        await page.SelectOptionAsync("#mineral-filter", new[] { "Li" });
        var shown = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('figure[data-mineral]')].filter(f => !f.hidden).map(f => f.dataset.mineral)");
        Assert.NotEmpty(shown);
        Assert.All(shown, m => Assert.Equal("Li", m));
        Assert.True(await page.Locator("figure[data-mineral='NdPr']").First.IsHiddenAsync());
        await page.Context.CloseAsync();
    }

    internal static Compilation Compile(string example) => Compilation.Create(
        Directory.GetFiles(Repository.PathOf("examples/" + example), "*.agr").Order(StringComparer.Ordinal)
            .Select(p => new SourceText(p, File.ReadAllText(p))));
}
