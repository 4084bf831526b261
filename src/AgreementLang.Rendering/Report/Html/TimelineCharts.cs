using System.Collections.Immutable;
using System.Globalization;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>The timeline as SVG: one row per agreement from its first to its last date, a mark for each event
/// (signature, entry into force, expiry, amendment, deadline) and a vertical line at the <c>--as-of</c> date; 40
/// agreements per chart, all on one time axis.</summary>
internal static class TimelineCharts
{
    public const int RowsPerChart = 40;
    private const int Label = 150;
    private const int Length = 600;
    private const int Row = 20;
    private const int Top = 30;

    public static ImmutableArray<SvgChart> Build(ImmutableArray<TimelineRow> rows, string? asOf)
    {
        var dates = rows.SelectMany(r => r.Events).Select(e => Parse(e.Date)).Concat(asOf is null ? [] : [Parse(asOf)]).ToArray();
        if (dates.Length == 0)
        {
            return [];
        }

        // Far dates (an expiry in 9999) would squeeze every other mark into a point: the axis spans at most 60 years
        // from the first date, and later marks sit at its end, labelled with their real date.
        // The calendar ends in 9999: the axis ends with it at the latest.
        var first = new DateTime(dates.Min().Year, 1, 1);
        var lastYear = Math.Min(dates.Max().Year, first.Year + 60);
        var last = lastYear >= DateTime.MaxValue.Year ? DateTime.MaxValue.Date : new DateTime(lastYear + 1, 1, 1);
        var span = (decimal)(last - first).TotalDays;
        int X(DateTime d) => Label + Canvas.Scale((decimal)(d - first).TotalDays, span, Length);

        var charts = ImmutableArray.CreateBuilder<SvgChart>();
        foreach (var (start, page) in Canvas.Pages(rows, RowsPerChart))
        {
            var canvas = new Canvas();
            var years = last.Year - first.Year;
            var every = Math.Max(1, years / 10);
            for (var year = first.Year; year <= last.Year; year += every)
            {
                var x = X(new DateTime(year, 1, 1));
                canvas.Lines.Add(new SvgLine(x, Top - 6, x, Top + page.Length * Row, "grid"));
                canvas.Text(x, Top - 10, year.ToString(CultureInfo.InvariantCulture), "note", "middle");
            }

            for (var r = 0; r < page.Length; r++)
            {
                var row = page[r];
                var y = Top + r * Row + Row / 2;
                canvas.Text(Label - 8, y + 4, row.Agreement, "label", "end");
                if (row.Events.Length == 0)
                {
                    continue;
                }

                canvas.Lines.Add(new SvgLine(X(Parse(row.Events[0].Date)), y, X(Parse(row.Events[^1].Date)), y, "life"));
                foreach (var e in row.Events)
                {
                    canvas.Circles.Add(new SvgCircle(X(Parse(e.Date)), y, 5, "event " + e.Kind, row.Agreement + ": " + e.Label + " on " + e.Date + " (" + e.Source + ")", e.Source, e.Kind));
                }
            }

            if (asOf is not null)
            {
                var x = X(Parse(asOf));
                canvas.Lines.Add(new SvgLine(x, Top - 20, x, Top + page.Length * Row, "as-of", "as of " + asOf));
                canvas.Text(x + 4, Top - 20, "as of " + asOf, "label as-of-label");
            }

            var legend = Top + page.Length * Row + 20;
            var kinds = new[] { ("signed", "signature"), ("in-force", "entry into force"), ("expires", "expiry"), ("amendment", "amendment"), ("deadline", "deadline") };
            for (var i = 0; i < kinds.Length; i++)
            {
                canvas.Circles.Add(new SvgCircle(Label + i * 120, legend - 4, 5, "event " + kinds[i].Item1));
                canvas.Text(Label + i * 120 + 9, legend, kinds[i].Item2, "note");
            }

            var range = rows.Length > RowsPerChart ? $" (agreements {start + 1}–{start + page.Length} of {rows.Length})" : "";
            charts.Add(canvas.Chart(Canvas.Id("timeline", start.ToString(CultureInfo.InvariantCulture)), null, "Timeline" + range,
                "Signature, entry into force, expiry, amendments and deadlines of each agreement" + (asOf is null ? "." : "; the line marks " + asOf + "."),
                Label + Length + 40, legend + 10));
        }

        return charts.ToImmutable();
    }

    private static DateTime Parse(string iso) => DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
