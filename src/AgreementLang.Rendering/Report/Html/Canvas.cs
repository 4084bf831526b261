using System.Collections.Immutable;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>Collects the shapes of one chart, then freezes them into an <see cref="SvgChart"/>.</summary>
internal sealed class Canvas
{
    public List<SvgRect> Rects { get; } = [];

    public List<SvgLine> Lines { get; } = [];

    public List<SvgPath> Paths { get; } = [];

    public List<SvgCircle> Circles { get; } = [];

    public List<SvgText> Texts { get; } = [];

    public void Text(int x, int y, string text, string cls, string anchor = "start", bool rotate = false) =>
        Texts.Add(new SvgText(x, y, text, cls, anchor, rotate));

    public SvgChart Chart(string id, string? mineral, string title, string caption, int width, int height) =>
        new(id, mineral, title, caption, width, height, Rects.ToImmutableArray(), Lines.ToImmutableArray(), Paths.ToImmutableArray(),
            Circles.ToImmutableArray(), Texts.ToImmutableArray());

    /// <summary>The first diagnostic's anchor, for a shape that links to the diagnostics that mark it.</summary>
    public static string? Link(IReadOnlyList<string> diagnostics) => diagnostics.Count > 0 ? "#" + diagnostics[0] : null;

    /// <summary>A chart id from parts: letters, digits and dashes only.</summary>
    public static string Id(params string[] parts) =>
        string.Join("-", parts.Select(p => new string(p.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray())));

    /// <summary>Pages of <paramref name="size"/> rows: the large matrices are split so that each chart fits one
    /// printed page and a browser lays out only what is shown.</summary>
    public static IEnumerable<(int Start, T[] Rows)> Pages<T>(IReadOnlyList<T> rows, int size)
    {
        for (var start = 0; start < rows.Count || start == 0; start += size)
        {
            yield return (start, rows.Skip(start).Take(size).ToArray());
            if (rows.Count == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>A scale from [0, max] to [0, length] pixels, never dividing by zero.</summary>
    public static int Scale(decimal value, decimal max, int length) =>
        max <= 0 ? 0 : (int)Math.Round(Math.Clamp(value / max, 0m, 1m) * length, MidpointRounding.AwayFromZero);

    public static string Diagnostics(IReadOnlyList<string> ids) => ids.Count == 0 ? "" : "; see " + string.Join(", ", ids);
}
