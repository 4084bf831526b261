using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementLang.Rendering.Report;
using AgreementLang.Rendering.Report.Html;
using AgreementLang.Tests.Infrastructure;
using NJsonSchema;

namespace AgreementLang.Rendering.Tests.Report;

/// <summary><c>agr report</c> without a browser: the conflicts it shows are exactly those <c>agr check</c> reports,
/// its output is the same bytes for the same input, its JSON follows the published schema, its page fetches
/// nothing, and a house style replaces its templates.</summary>
public sealed class ReportTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Repository.PathOf("docs/schemas/report.schema.json"))).GetAwaiter().GetResult());

    private readonly string _root = Path.Combine(Path.GetTempPath(), "agr-report-test-" + Guid.NewGuid().ToString("N"));

    public ReportTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Example(string name) => Repository.PathOf("examples/" + name);

    private (int Exit, string Text, string Err) Report(params string[] args)
    {
        var output = Path.Combine(_root, Guid.NewGuid().ToString("N") + ".out");
        var (exit, _, err) = Agr.InProcess(null, ["report", .. args, "--out", output]);
        return (exit, File.Exists(output) ? File.ReadAllText(output) : "", err);
    }

    [Theory]
    [InlineData()]
    [InlineData("--as-of", "2027-06-01")]
    public void The_conflicts_report_shows_every_diagnostic_agr_check_reports_no_more_no_less(params string[] options)
    {
        var (checkExit, json, _) = Agr.InProcess(null, ["check", Example("conflicts"), "--format", "json", .. options]);
        Assert.Equal(1, checkExit);
        var expected = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(d => d.GetProperty("code").GetString() + " " + d.GetProperty("file").GetString() + "(" + d.GetProperty("line").GetInt32() + "," + d.GetProperty("column").GetInt32() + ")")
            .ToArray();
        Assert.True(expected.Length >= 10);

        var (exit, html, _) = Report([Example("conflicts"), .. options]);
        Assert.Equal(1, exit);
        var shown = Regex.Matches(html, "<details id=\"(d[0-9]+)\" class=\"diagnostic [a-z]+\" data-code=\"([A-Z0-9]+)\" data-location=\"([^\"]+)\"")
            .Select(m => m.Groups[2].Value + " " + WebUtility.HtmlDecode(m.Groups[3].Value)).ToArray();
        Assert.Equal(expected, shown);

        // Each is an edge of the graph, and every edge is one of them.
        var edges = Regex.Matches(html, "<a href=\"#(d[0-9]+)\" class=\"edge\" data-diagnostic=\"(d[0-9]+)\">").Select(m => m.Groups[2].Value).ToHashSet();
        Assert.Equal(Enumerable.Range(1, expected.Length).Select(i => "d" + i).ToHashSet(), edges);
    }

    [Fact]
    public void The_as_of_report_draws_the_set_on_that_date()
    {
        var (_, json, _) = Report(Example("conflicts"), "--as-of", "2027-06-01", "--format", "json");
        var report = JsonDocument.Parse(json).RootElement;
        Assert.Equal("2027-06-01", report.GetProperty("asOf").GetString());
        // The 2027 protocol has raised US-JP-2026's NdPr oxide floor to USD 110/kg, and AGR301 is gone.
        var ndpr = report.GetProperty("floors").EnumerateArray().Single(m => m.GetProperty("zone").GetString() == "FORGE" && m.GetProperty("mineral").GetString() == "NdPr");
        var row = ndpr.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("agreement").GetString() == "US-JP-2026");
        Assert.Equal("USD 110/kg", row.GetProperty("cells")[0].GetProperty("stated").GetString());
        Assert.DoesNotContain(report.GetProperty("conflicts").GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "AGR301");
    }

    [Theory]
    [InlineData("forge", "html")]
    [InlineData("forge", "json")]
    [InlineData("conflicts", "html")]
    [InlineData("conflicts", "json")]
    public void The_same_input_gives_the_same_bytes(string example, string format)
    {
        var first = Report(Example(example), "--format", format);
        var second = Report(Example(example), "--format", format);
        Assert.True(first.Text.Length > 1000);
        Assert.Equal(first.Text, second.Text);
    }

    [Theory]
    [InlineData("forge")]
    [InlineData("conflicts")]
    [InlineData("conflicts", "--as-of", "2027-06-01")]
    public void The_json_report_validates_against_the_published_schema(string example, params string[] options)
    {
        var (_, json, _) = Report([Example(example), "--format", "json", .. options]);
        Assert.Empty(Schema.Value.Validate(json).Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("forge")]
    [InlineData("conflicts")]
    public void The_page_allows_only_its_own_hashed_style_and_script_and_names_nothing_elsewhere(string example)
    {
        var html = File.ReadAllText(Reports.Of(example));
        var csp = WebUtility.HtmlDecode(Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value);
        Assert.StartsWith("default-src 'none';", csp);
        Assert.Equal(Hash(Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value), Regex.Match(csp, "style-src ('[^']+')").Groups[1].Value);
        Assert.Equal(Hash(Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value), Regex.Match(csp, "script-src ('[^']+')").Groups[1].Value);
        // No address but the SVG namespace; no attribute that loads or runs anything; no inline style attribute.
        Assert.Equal(["http://www.w3.org/2000/svg"], Regex.Matches(html, "https?://[^\"' )<]+").Select(m => m.Value).Distinct());
        Assert.DoesNotMatch(new Regex(@"\s(src|style|on[a-z]+)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
    }

    private static string Hash(string text) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + "'";

    [Fact]
    public void A_house_style_replaces_the_style_sheet_and_the_policy_follows_it()
    {
        var style = Path.Combine(_root, "style");
        Directory.CreateDirectory(style);
        File.WriteAllText(Path.Combine(style, "report.css.hbs"), "body { font-family: serif; } /* house style of Example & Partners */");
        var (exit, html, err) = Report(Example("forge"), "--templates", style);
        Assert.True(exit == 0, err);
        Assert.Contains("<style>body { font-family: serif; } /* house style of Example & Partners */</style>", html);
        Assert.Contains(Hash("body { font-family: serif; } /* house style of Example & Partners */"), WebUtility.HtmlDecode(html));
    }

    [Fact]
    public void A_broken_house_template_is_a_usage_error_that_leaves_the_previous_report()
    {
        var style = Path.Combine(_root, "broken");
        Directory.CreateDirectory(style);
        File.WriteAllText(Path.Combine(style, "report.html.hbs"), "<html>{{#each Sections}}</html>");
        var output = Path.Combine(_root, "report.html");
        File.WriteAllText(output, "previous");
        var (exit, _, err) = Agr.InProcess(null, "report", Example("forge"), "--templates", style, "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains("report.html.hbs", err);
        Assert.Equal("previous", File.ReadAllText(output));
    }

    [Fact]
    public void Exit_codes_follow_agr_check()
    {
        Assert.Equal(0, Report(Example("forge")).Exit);
        var conflicts = Report(Example("conflicts"));
        Assert.Equal(1, conflicts.Exit);
        Assert.Contains("</html>", conflicts.Text);
        Assert.Equal(2, Agr.InProcess(null, "report", Example("forge")).Exit);
        Assert.Equal(2, Agr.InProcess(null, "report", Example("forge"), "--format", "svg", "--out", Path.Combine(_root, "x")).Exit);
        Assert.Equal(2, Agr.InProcess(null, "report", Path.Combine(_root, "missing"), "--out", Path.Combine(_root, "x")).Exit);
        var folder = Agr.InProcess(null, "report", Example("forge"), "--out", _root);
        Assert.Equal(2, folder.Exit);
    }

    [Fact]
    public void A_set_without_agreements_still_gives_a_page_that_says_so()
    {
        var source = Path.Combine(_root, "zone.agr");
        File.WriteAllText(source, "zone Z \"A zone\" {\n  members US, JP\n}\n");
        var (exit, html, err) = Report(source);
        Assert.True(exit == 0, err);
        Assert.Contains("No agreement sets a price floor.", html);
        Assert.Contains("agr check reports no problem in this set.", html);
    }

    [Fact]
    public void Bad_input_gives_a_report_or_a_usage_error_never_a_crash()
    {
        // Every example of a diagnostic (syntax errors, invalid UTF-8, nesting too deep…) is drawn as it checks.
        foreach (var file in Directory.GetFiles(Example("errors"), "*.agr").Order(StringComparer.Ordinal))
        {
            var (exit, html, err) = Report(file);
            Assert.True(exit is 0 or 1, Path.GetFileName(file) + ": exit " + exit + ": " + err);
            Assert.Contains("</html>", html);
        }

        // Dates at the end of the calendar: the timeline's axis and the years of the volumes stop at 9999.
        var source = Path.Combine(_root, "late.agr");
        File.WriteAllText(source, """
            zone Z "Z" {
              members US, JP
              reference price NdPr oxide USD 110.00 per kg from 9999-01-01 review quarterly
            }

            producer MP "MP" in US {
              capacity NdPr oxide 1,000 t per year from 9998-01-01
            }

            agreement A-9999 "A" {
              kind bilateral
              zone Z
              signed 9999-01-01 at "X"
              in force 9999-06-01
              expires 9999-12-31
              party US "the United States"
              party JP "Japan"
              floor NdPr oxide at reference price {
                enforced by adjustable tariff on imports from non-members
              }
              tariff JP -> US NdPr oxide 0% from entry into force
              offtake MP -> JP 30% of NdPr oxide capacity for 5 years
              obligation JP "report" within 30 days of signature
            }
            """);
        foreach (var format in new[] { "html", "json" })
        {
            var (exit, text, err) = Report(source, "--format", format);
            Assert.True(exit is 0 or 1, format + ": exit " + exit + ": " + err);
            Assert.Contains("A-9999", text);
        }
    }

    [Fact]
    public void Every_kind_of_term_reaches_a_section_or_is_declared_not_drawn()
    {
        // ReportTerms implements ITermVisitor: a new kind of term is a compile error until it is placed. This checks
        // the placed ones land: forge's floors, tariffs, loans, offtakes and obligations all appear.
        var report = ZoneReportBuilder.Build(Forge.Model, Forge.Compilation.Diagnostics, 9);
        Assert.NotEmpty(report.Floors);
        Assert.NotEmpty(report.Tariffs);
        Assert.NotEmpty(report.Facilities.SelectMany(f => f.Draws));
        Assert.NotEmpty(report.Volumes.SelectMany(v => v.Years).SelectMany(y => y.Offtake));
        Assert.Contains(report.Timeline.SelectMany(r => r.Events), e => e.Kind == "deadline");
        var html = ReportHtmlWriter.Write(report);
        foreach (var agreement in Forge.Model.Agreements)
        {
            // A row of the timeline for each agreement.
            Assert.Contains("class=\"label\" text-anchor=\"end\">" + agreement.Name + "</text>", html);
        }
    }
}
