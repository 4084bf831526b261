using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>Volumes as SVG: for each producer and subject, the offtake committed year by year stacked by buyer,
/// under a step line of its capacity; a year whose offtake exceeds the capacity is outlined as <c>over</c>.</summary>
internal static class VolumeCharts
{
    private const int Left = 70;
    private const int Top = 20;
    private const int Plot = 200;
    private const int Column = 34;
    private const int Palette = 8;

    public static ImmutableArray<SvgChart> Build(ImmutableArray<ProducerVolumes> volumes) => volumes.Select(Chart).ToImmutableArray();

    private static SvgChart Chart(ProducerVolumes volume)
    {
        var canvas = new Canvas();
        var max = volume.Years.Select(y => Math.Max(y.Capacity, y.Committed)).DefaultIfEmpty(0).Max();
        var buyers = volume.Buyers.Select((b, i) => (b, i)).ToDictionary(p => p.b, p => p.i, StringComparer.Ordinal);
        canvas.Lines.Add(new SvgLine(Left, Top, Left, Top + Plot, "axis"));
        canvas.Lines.Add(new SvgLine(Left, Top + Plot, Left + volume.Years.Length * Column, Top + Plot, "axis"));
        canvas.Text(Left - 6, Top + 4, ReportSources.Figure(max), "note", "end");
        canvas.Text(Left - 6, Top + Plot, "0", "note", "end");
        var step = new StringBuilder();
        for (var i = 0; i < volume.Years.Length; i++)
        {
            var year = volume.Years[i];
            var x = Left + i * Column;
            var bottom = Top + Plot;
            foreach (var share in year.Offtake)
            {
                var h = Canvas.Scale(share.Amount, max, Plot);
                canvas.Rects.Add(new SvgRect(x + 4, bottom - h, Column - 8, h, "bar s" + (buyers[share.Buyer] % Palette),
                    year.Year.ToString(CultureInfo.InvariantCulture) + ": " + share.Buyer + " " + ReportSources.Figure(share.Amount) + " " + volume.Unit +
                    " (" + share.Stated + ", " + share.Agreement + " at " + share.Source + ")", null, share.Source, ReportSources.Amount(share.Amount),
                    share.Buyer, year.Year.ToString(CultureInfo.InvariantCulture)));
                bottom -= h;
            }

            if (year.Over)
            {
                canvas.Rects.Add(new SvgRect(x + 2, bottom - 2, Column - 4, Top + Plot - bottom + 4, "over",
                    year.Year.ToString(CultureInfo.InvariantCulture) + ": offtake " + ReportSources.Figure(year.Committed) + " beyond capacity " +
                    ReportSources.Figure(year.Capacity) + " " + volume.Unit + Canvas.Diagnostics(volume.Diagnostics), Canvas.Link(volume.Diagnostics)));
            }

            var cy = Top + Plot - Canvas.Scale(year.Capacity, max, Plot);
            step.Append(i == 0 ? "M" : " L").Append(x.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(cy.ToString(CultureInfo.InvariantCulture))
                .Append(" L").Append((x + Column).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(cy.ToString(CultureInfo.InvariantCulture));
            if (i % Math.Max(1, volume.Years.Length / 12) == 0)
            {
                canvas.Text(x + Column / 2, Top + Plot + 14, year.Year.ToString(CultureInfo.InvariantCulture), "note", "middle");
            }
        }

        if (step.Length > 0)
        {
            canvas.Paths.Add(new SvgPath(step.ToString(), "capacity", "capacity of " + volume.Producer + " for " + volume.Subject + ", " + volume.Unit));
        }

        var legendY = Top + Plot + 32;
        canvas.Lines.Add(new SvgLine(Left, legendY - 4, Left + 20, legendY - 4, "capacity"));
        canvas.Text(Left + 24, legendY, "capacity", "note");
        for (var i = 0; i < volume.Buyers.Length; i++)
        {
            canvas.Rects.Add(new SvgRect(Left + 100 + i * 90, legendY - 9, 10, 10, "bar s" + (i % Palette), null));
            canvas.Text(Left + 114 + i * 90, legendY, volume.Buyers[i], "note");
        }

        var width = Math.Max(Left + volume.Years.Length * Column + 20, Left + 100 + volume.Buyers.Length * 90);
        return canvas.Chart(Canvas.Id("volumes", volume.Producer, volume.Subject), volume.Subject.Split(' ')[0],
            volume.Producer + ": " + volume.Subject + " capacity against offtake",
            "Offtake committed each year (valued on 1 July), stacked by buyer, in " + volume.Unit + "; the line is the capacity. " +
            "Outlined years are committed beyond capacity.", width, legendY + 10);
    }
}
