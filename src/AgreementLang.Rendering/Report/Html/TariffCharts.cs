using System.Collections.Immutable;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>The tariff matrices as SVG: exporter (rows) × importer (columns) for one mineral and stage, each cell
/// the rate committed (several commitments: the first, and all on hover), shaded by the rate; a cell that a
/// diagnostic says undercuts a floor is marked <c>undercut</c> and linked to it.</summary>
internal static class TariffCharts
{
    private const int Label = 60;
    private const int CellW = 44;
    private const int CellH = 20;
    private const int Head = 40;

    public static ImmutableArray<SvgChart> Build(ImmutableArray<TariffMatrix> matrices)
    {
        var charts = ImmutableArray.CreateBuilder<SvgChart>();
        foreach (var matrix in matrices)
        {
            var canvas = new Canvas();
            var rowOf = matrix.Exporters.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i, StringComparer.Ordinal);
            var columnOf = matrix.Importers.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i, StringComparer.Ordinal);
            canvas.Text(Label - 6, 16, "exporter ↓ importer →", "note", "end");
            for (var c = 0; c < matrix.Importers.Length; c++)
            {
                canvas.Text(Label + c * CellW + CellW / 2, Head - 8, matrix.Importers[c], "head", "middle");
            }

            for (var r = 0; r < matrix.Exporters.Length; r++)
            {
                canvas.Text(Label - 8, Head + r * CellH + 14, matrix.Exporters[r], "label", "end");
            }

            foreach (var cell in matrix.Cells)
            {
                var x = Label + columnOf[cell.Importer] * CellW;
                var y = Head + rowOf[cell.Exporter] * CellH;
                var first = cell.Entries[0];
                var shade = first.Percent switch
                {
                    null => "rate-other",
                    0m => "rate-free",
                    < 5m => "rate-low",
                    < 15m => "rate-mid",
                    _ => "rate-high",
                };
                var marks = (cell.Undercuts ? " undercut" : cell.Diagnostics.Length > 0 ? " conflict" : "") + (first.Staged ? "" : " unstaged");
                var title = cell.Exporter + " → " + cell.Importer + ", " + matrix.Mineral + " " + matrix.Stage + ": " +
                            string.Join("; ", cell.Entries.Select(e => e.Rate + (e.BaseRate is null ? "" : " (base " + e.BaseRate + ")") + " " + e.Staging +
                                                                      (e.Staged ? "" : ", not yet staged") + " in " + e.Agreement + " at " + e.Source)) +
                            (cell.Undercuts ? "; undercuts a floor" : "") + Canvas.Diagnostics(cell.Diagnostics);
                canvas.Rects.Add(new SvgRect(x, y, CellW, CellH, "cell " + shade + marks, title, Canvas.Link(cell.Diagnostics), first.Source,
                    first.Rate, cell.Exporter, cell.Importer));
                canvas.Text(x + CellW / 2, y + 14, first.Rate + (cell.Entries.Length > 1 ? "+" : ""), "value", "middle");
            }

            var width = Label + Math.Max(1, matrix.Importers.Length) * CellW + 10;
            var height = Head + matrix.Exporters.Length * CellH + 10;
            charts.Add(canvas.Chart(Canvas.Id("tariffs", matrix.Mineral, matrix.Stage), matrix.Mineral,
                "Tariffs on " + matrix.Mineral + " " + matrix.Stage,
                "The rate each importer commits to on goods from each exporter (hover for every commitment, its staging and source); " +
                "cells marked 'undercut' are named by a diagnostic as undercutting a floor.", width, height));
        }

        return charts.ToImmutable();
    }
}
