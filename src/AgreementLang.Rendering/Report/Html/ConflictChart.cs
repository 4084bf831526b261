using System.Collections.Immutable;
using System.Globalization;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>The conflict graph as SVG: the declarations the diagnostics touch on a circle, in name order, and one
/// edge per diagnostic and other declaration it names, labelled with its code and linked to it. Edges between the
/// same two nodes are bent apart; a diagnostic inside one declaration is a loop.</summary>
internal static class ConflictChart
{
    private const int Margin = 170;

    public static SvgChart? Build(ConflictGraph graph)
    {
        if (graph.Nodes.Length == 0)
        {
            return null;
        }

        var n = graph.Nodes.Length;
        var radius = Math.Max(150, (int)(n * 30 / (2 * Math.PI)));
        var (cx, cy) = (radius + Margin, radius + 60);
        var position = new Dictionary<string, (double X, double Y, double Angle)>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            position[graph.Nodes[i]] = (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle), angle);
        }

        var canvas = new Canvas();
        var placed = new List<(int X, int Y)>();
        foreach (var pair in graph.Edges.GroupBy(e => string.CompareOrdinal(e.From, e.To) <= 0 ? (e.From, e.To) : (e.To, e.From)))
        {
            var edges = pair.ToArray();
            for (var k = 0; k < edges.Length; k++)
            {
                var edge = edges[k];
                var title = edge.Code + " (" + edge.Diagnostic + "): " + edge.From + (edge.From == edge.To ? "" : " — " + edge.To) + "; click to read it";
                var (d, lx, ly) = edge.From == edge.To
                    ? Loop(position[edge.From], 34 + 16 * k)
                    : Curve(position[pair.Key.Item1], position[pair.Key.Item2], (k - (edges.Length - 1) / 2.0) * 26);
                (lx, ly) = Free(placed, lx, ly);
                canvas.Paths.Add(new SvgPath(d, "edge", title, "#" + edge.Diagnostic, edge.Diagnostic, edge.Code, lx, ly));
            }
        }

        foreach (var node in graph.Nodes)
        {
            var (x, y, angle) = position[node];
            canvas.Circles.Add(new SvgCircle(I(x), I(y), 9, "node", node, null, node));
            var right = Math.Cos(angle) >= -0.01;
            canvas.Text(I(x + 14 * Math.Cos(angle) + (right ? 4 : -4)), I(y + 14 * Math.Sin(angle) + 4), node, "label", right ? "start" : "end");
        }

        return canvas.Chart("conflict-graph", null, "Conflict graph",
            "Declarations as nodes; each diagnostic an edge labelled with its code between the declarations it names (a loop when " +
            "it names one). Click an edge to read the diagnostic with both source locations.", 2 * (radius + Margin), 2 * radius + 120);
    }

    private static (string D, int X, int Y) Curve((double X, double Y, double A) a, (double X, double Y, double A) b, double offset)
    {
        var (mx, my) = ((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
        var (nx, ny) = (-dy / length, dx / length);
        var (qx, qy) = (mx + nx * offset * 2, my + ny * offset * 2);
        return (string.Create(CultureInfo.InvariantCulture, $"M{I(a.X)} {I(a.Y)} Q{I(qx)} {I(qy)} {I(b.X)} {I(b.Y)}"), I(mx + nx * offset), I(my + ny * offset));
    }

    private static (string D, int X, int Y) Loop((double X, double Y, double A) node, double size)
    {
        var (ux, uy) = (Math.Cos(node.A), Math.Sin(node.A));
        var (c1x, c1y) = (node.X + size * (ux * 1.2 - uy * 0.7), node.Y + size * (uy * 1.2 + ux * 0.7));
        var (c2x, c2y) = (node.X + size * (ux * 1.2 + uy * 0.7), node.Y + size * (uy * 1.2 - ux * 0.7));
        return (string.Create(CultureInfo.InvariantCulture, $"M{I(node.X)} {I(node.Y)} C{I(c1x)} {I(c1y)} {I(c2x)} {I(c2y)} {I(node.X)} {I(node.Y)}"), I(node.X + ux * size * 0.95), I(node.Y + uy * size * 0.95));
    }

    /// <summary>A place for an edge's label near (x, y) that no label placed before covers, so that every edge
    /// can be clicked by its label: moved down a line at a time, in a fixed order, hence the same for the same input.</summary>
    private static (int X, int Y) Free(List<(int X, int Y)> placed, int x, int y)
    {
        const int width = 48;
        const int height = 15;
        for (var tries = 0; tries < 200 && placed.Any(p => Math.Abs(p.X - x) < width && Math.Abs(p.Y - y) < height); tries++)
        {
            y += height;
        }

        placed.Add((x, y));
        return (x, y);
    }

    private static int I(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
