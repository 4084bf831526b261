using System.Collections.Immutable;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>Money as SVG: for each facility one bar of the loans drawn on it, stacked by agreement, against a line
/// at its cap; for each currency, what each party gives and receives.</summary>
internal static class MoneyCharts
{
    private const int Left = 20;
    private const int Length = 640;
    private const int Palette = 8;

    public static ImmutableArray<SvgChart> Build(ImmutableArray<FacilityUse> facilities, ImmutableArray<PartyFinancing> parties) =>
        facilities.Select(Facility).Concat(Currencies(parties)).ToImmutableArray();

    private static SvgChart Facility(FacilityUse facility)
    {
        var canvas = new Canvas();
        var max = Math.Max(facility.CapAmount, facility.Drawn);
        var x = Left;
        var drawn = facility.Draws.Where(d => d.Amount is not null).ToArray();
        for (var i = 0; i < drawn.Length; i++)
        {
            var draw = drawn[i];
            var w = Canvas.Scale(draw.Amount!.Value, max, Length);
            canvas.Rects.Add(new SvgRect(x, 30, w, 36, "bar s" + (i % Palette) + (draw.Diagnostics.Length > 0 ? " conflict" : ""),
                draw.Agreement + ": loan from " + draw.Lender + " to " + draw.Borrower + " " + draw.Stated + " at " + draw.Source + Canvas.Diagnostics(draw.Diagnostics),
                Canvas.Link(draw.Diagnostics), draw.Source, ReportSources.Amount(draw.Amount.Value), draw.Agreement));
            canvas.Rects.Add(new SvgRect(Left + (i % 3) * 220, 96 + i / 3 * 18, 10, 10, "bar s" + (i % Palette), null));
            canvas.Text(Left + (i % 3) * 220 + 14, 105 + i / 3 * 18, draw.Agreement + " " + draw.Stated, "note");
            x += w;
        }

        var cap = Left + Canvas.Scale(facility.CapAmount, max, Length);
        canvas.Lines.Add(new SvgLine(cap, 20, cap, 76, "cap", "cap " + facility.Cap + " at " + facility.Source));
        canvas.Text(cap, 16, "cap " + facility.Cap, "note", "end");
        var over = facility.Drawn > facility.CapAmount ? " — beyond the cap" : "";
        canvas.Text(Left, 88, "drawn " + facility.Currency + " " + ReportSources.Figure(facility.Drawn) + over, "label" + (over.Length > 0 ? " over-text" : ""));
        var unconverted = facility.Draws.Where(d => d.Amount is null).ToArray();
        var rows = (drawn.Length + 2) / 3;
        for (var i = 0; i < unconverted.Length; i++)
        {
            canvas.Text(Left, 108 + rows * 18 + i * 16, "not drawn (no declared rate to " + facility.Currency + "): " + unconverted[i].Agreement + " " + unconverted[i].Stated, "note");
        }

        return canvas.Chart(Canvas.Id("money", facility.Facility), null, "Facility " + facility.Facility + ": commitments against its cap",
            "Loans drawn on the facility, by agreement, against its cap (hover a segment for the loan and its source).",
            Left + Length + 220, 112 + rows * 18 + unconverted.Length * 16);
    }

    private static IEnumerable<SvgChart> Currencies(ImmutableArray<PartyFinancing> parties)
    {
        var currencies = parties.SelectMany(p => p.Given.Concat(p.Received)).Select(t => t.Currency).Distinct().Order(StringComparer.Ordinal);
        foreach (var currency in currencies)
        {
            var rows = parties.Where(p => p.Given.Concat(p.Received).Any(t => t.Currency == currency)).ToArray();
            var max = rows.SelectMany(p => p.Given.Concat(p.Received)).Where(t => t.Currency == currency).Select(t => t.Amount).DefaultIfEmpty(0).Max();
            var canvas = new Canvas();
            const int label = 110;
            const int length = 520;
            canvas.Rects.Add(new SvgRect(label, 6, 10, 10, "bar given", null));
            canvas.Text(label + 14, 15, "gives", "note");
            canvas.Rects.Add(new SvgRect(label + 70, 6, 10, 10, "bar received", null));
            canvas.Text(label + 84, 15, "receives", "note");
            for (var i = 0; i < rows.Length; i++)
            {
                var party = rows[i];
                var y = 26 + i * 34;
                canvas.Text(label - 8, y + 20, party.Party, "label", "end");
                var given = party.Given.FirstOrDefault(t => t.Currency == currency)?.Amount ?? 0;
                var received = party.Received.FirstOrDefault(t => t.Currency == currency)?.Amount ?? 0;
                var flows = string.Join("; ", party.Flows.Where(f => f.Currency == currency).Select(f => f.Kind + " " + f.From + " → " + f.To + " " + f.Amount + " (" + f.Agreement + ", " + f.Source + ")"));
                canvas.Rects.Add(new SvgRect(label, y + 2, Canvas.Scale(given, max, length), 13, "bar given",
                    party.Party + " gives " + currency + " " + ReportSources.Figure(given) + ": " + flows, null, null, ReportSources.Amount(given), party.Party, "given"));
                canvas.Rects.Add(new SvgRect(label, y + 16, Canvas.Scale(received, max, length), 13, "bar received",
                    party.Party + " receives " + currency + " " + ReportSources.Figure(received) + ": " + flows, null, null, ReportSources.Amount(received), party.Party, "received"));
                canvas.Text(label + Canvas.Scale(Math.Max(given, received), max, length) + 6, y + 20,
                    "gives " + ReportSources.Figure(given) + ", receives " + ReportSources.Figure(received), "note");
            }

            yield return canvas.Chart(Canvas.Id("financing", currency), null, "Financing given and received, " + currency,
                "Loans, equity, grants and guarantees in " + currency + ", by party (amounts in other currencies are in their own chart).",
                label + length + 300, 36 + rows.Length * 34);
        }
    }
}
