using System.Globalization;
using System.Text;
using HandlebarsDotNet;

namespace AgreementLang.Rendering.Report.Html;

/// <summary>The report layout's helper <c>{{svg-shapes this}}</c>: writes a chart's shapes (lines, rectangles, paths,
/// circles, labels, then the conflict edges' labels on top so that each can be clicked) as SVG elements, every text
/// and attribute escaped. The zone's matrices run to a hundred thousand shapes, which Handlebars' own
/// <c>{{#each}}</c> lays out ten times slower; a house style that wants other markup can still iterate the chart's
/// <c>Rects</c>, <c>Lines</c>, <c>Paths</c>, <c>Circles</c> and <c>Texts</c> itself (docs/report.md).</summary>
internal static class SvgShapesHelper
{
    public const string Name = "svg-shapes";

    public static void Register(IHandlebars environment)
    {
        environment.RegisterHelper(Name, static (in EncodedTextWriter output, in HelperOptions _, in Context _, in Arguments arguments) =>
        {
            if (arguments.Length != 1 || arguments[0] is not SvgChart chart)
            {
                throw new HandlebarsRuntimeException("'" + Name + "' takes a chart, as in {{" + Name + " this}} inside {{#each Charts}}");
            }

            output.WriteSafeString(Write(chart));
        });
    }

    internal static string Write(SvgChart chart)
    {
        var s = new StringBuilder(256 * (chart.Rects.Length + chart.Texts.Length + chart.Circles.Length + chart.Lines.Length + chart.Paths.Length + 1));
        foreach (var l in chart.Lines)
        {
            s.Append("<line x1=\"").Append(N(l.X1)).Append("\" y1=\"").Append(N(l.Y1)).Append("\" x2=\"").Append(N(l.X2)).Append("\" y2=\"").Append(N(l.Y2))
                .Append("\" class=\"").Escape(l.Class).Append("\">");
            Title(s, l.Title).Append("</line>\n");
        }

        foreach (var r in chart.Rects)
        {
            if (r.Href is not null)
            {
                s.Append("<a href=\"").Escape(r.Href).Append("\" class=\"mark\">");
            }

            s.Append("<rect x=\"").Append(N(r.X)).Append("\" y=\"").Append(N(r.Y)).Append("\" width=\"").Append(N(r.W)).Append("\" height=\"").Append(N(r.H))
                .Append("\" class=\"").Escape(r.Class).Append('"');
            Attribute(s, "data-source", r.Source);
            Attribute(s, "data-value", r.Value);
            Attribute(s, "data-row", r.Row);
            Attribute(s, "data-column", r.Column);
            s.Append('>');
            Title(s, r.Title).Append("</rect>");
            if (r.Href is not null)
            {
                s.Append("</a>");
            }

            s.Append('\n');
        }

        foreach (var p in chart.Paths)
        {
            if (p.Href is not null)
            {
                s.Append("<a href=\"").Escape(p.Href).Append("\" class=\"edge\" data-diagnostic=\"").Escape(p.Diagnostic).Append("\">");
            }

            s.Append("<path d=\"").Escape(p.D).Append("\" class=\"").Escape(p.Class).Append("\">");
            Title(s, p.Title).Append("</path>");
            if (p.Href is not null)
            {
                s.Append("</a>");
            }

            s.Append('\n');
        }

        foreach (var c in chart.Circles)
        {
            s.Append("<circle cx=\"").Append(N(c.Cx)).Append("\" cy=\"").Append(N(c.Cy)).Append("\" r=\"").Append(N(c.R)).Append("\" class=\"").Escape(c.Class).Append('"');
            Attribute(s, "data-source", c.Source);
            Attribute(s, "data-name", c.Name);
            s.Append('>');
            Title(s, c.Title).Append("</circle>\n");
        }

        foreach (var t in chart.Texts)
        {
            s.Append("<text x=\"").Append(N(t.X)).Append("\" y=\"").Append(N(t.Y)).Append("\" class=\"").Escape(t.Class).Append("\" text-anchor=\"").Escape(t.Anchor)
                .Append("\">").Escape(t.Text).Append("</text>\n");
        }

        foreach (var p in chart.Paths.Where(p => p.Href is not null))
        {
            s.Append("<a href=\"").Escape(p.Href).Append("\" class=\"edge\" data-diagnostic=\"").Escape(p.Diagnostic).Append("\"><text x=\"").Append(N(p.LabelX))
                .Append("\" y=\"").Append(N(p.LabelY)).Append("\" class=\"edge-label\" text-anchor=\"middle\">").Escape(p.Label);
            Title(s, p.Title).Append("</text></a>\n");
        }

        return s.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static StringBuilder Title(StringBuilder s, string? title) => title is null ? s : s.Append("<title>").Escape(title).Append("</title>");

    private static void Attribute(StringBuilder s, string name, string? value)
    {
        if (value is not null)
        {
            s.Append(' ').Append(name).Append("=\"").Escape(value).Append('"');
        }
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("<>&\"'");

    /// <summary>Escapes as the layouts' StrictHtmlEncoder does: the five characters that matter in text and attributes.</summary>
    private static StringBuilder Escape(this StringBuilder s, string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny(Special) < 0)
        {
            return s.Append(text);
        }

        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => s.Append("&lt;"),
                '>' => s.Append("&gt;"),
                '&' => s.Append("&amp;"),
                '"' => s.Append("&quot;"),
                '\'' => s.Append("&#39;"),
                _ => s.Append(c),
            };
        }

        return s;
    }
}
