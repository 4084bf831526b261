using System.Collections.Immutable;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>The floor matrices as SVG: agreements × stages, each cell the floor in the zone's currency and unit,
/// coloured against the zone's reference price (<c>below</c>, <c>equal</c>, <c>above</c>, <c>incomparable</c>,
/// <c>no-reference</c>), outlined and linked when a diagnostic points at it; 40 agreements per chart.</summary>
internal static class FloorCharts
{
    public const int RowsPerChart = 40;
    private const int Label = 170;
    private const int CellW = 110;
    private const int CellH = 22;
    private const int Head = 48;

    public static ImmutableArray<SvgChart> Build(ImmutableArray<FloorMatrix> matrices)
    {
        var charts = ImmutableArray.CreateBuilder<SvgChart>();
        foreach (var matrix in matrices)
        {
            foreach (var (start, rows) in Canvas.Pages(matrix.Rows, RowsPerChart))
            {
                var canvas = new Canvas();
                for (var c = 0; c < matrix.Stages.Length; c++)
                {
                    var reference = matrix.References[c];
                    canvas.Text(Label + c * CellW + CellW / 2, 18, matrix.Mineral + " " + matrix.Stages[c], "head", "middle");
                    canvas.Text(Label + c * CellW + CellW / 2, 36, reference is null ? "no reference price" : "ref. " + reference.Price, "note", "middle");
                }

                for (var r = 0; r < rows.Length; r++)
                {
                    var row = rows[r];
                    var y = Head + r * CellH;
                    canvas.Text(Label - 8, y + 15, row.Agreement, "label", "end");
                    for (var c = 0; c < row.Cells.Length; c++)
                    {
                        var x = Label + c * CellW;
                        if (row.Cells[c] is not { } cell)
                        {
                            canvas.Rects.Add(new SvgRect(x, y, CellW, CellH, "cell none", row.Agreement + ": no floor on " + matrix.Mineral + " " + matrix.Stages[c]));
                            continue;
                        }

                        var title = row.Agreement + ", " + matrix.Mineral + " " + matrix.Stages[c] + ": " + (cell.Shown ?? cell.Stated) +
                                    " (stated: " + cell.Stated + (cell.AtReferencePrice ? ", at the reference price" : "") + "; " + cell.Against.Replace('-', ' ') +
                                    ") at " + cell.Source + Canvas.Diagnostics(cell.Diagnostics);
                        var marked = cell.Diagnostics.Length > 0 ? " conflict" : "";
                        canvas.Rects.Add(new SvgRect(x, y, CellW, CellH, "cell " + cell.Against + marked, title, Canvas.Link(cell.Diagnostics),
                            cell.Source, cell.Amount is { } a ? ReportSources.Amount(a) : null, row.Agreement, matrix.Stages[c]));
                        canvas.Text(x + CellW / 2, y + 15, cell.Shown ?? cell.Stated, "value", "middle");
                    }
                }

                var width = Label + Math.Max(1, matrix.Stages.Length) * CellW + 10;
                var height = Head + rows.Length * CellH + 10;
                var zone = matrix.Zone.Length == 0 ? "agreements outside any zone" : "zone " + matrix.Zone;
                var range = matrix.Rows.Length > RowsPerChart ? $" (agreements {start + 1}–{start + rows.Length} of {matrix.Rows.Length})" : "";
                charts.Add(canvas.Chart(Canvas.Id("floors", matrix.Zone, matrix.Mineral, start.ToString(System.Globalization.CultureInfo.InvariantCulture)), matrix.Mineral,
                    "Floors on " + matrix.Mineral + ", " + zone + range,
                    "Each floor in the currency and unit of the zone's reference price (hover for the figure as stated and its source); " +
                    "outlined cells are named by a diagnostic: click one to read it.", width, height));
            }
        }

        return charts.ToImmutable();
    }
}
