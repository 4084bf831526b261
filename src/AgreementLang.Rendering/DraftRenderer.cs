using System.Text;
using AgreementLang.Model;
using AgreementLang.Rendering.AkomaNtoso;
using AgreementLang.Rendering.Docx;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Templates;

namespace AgreementLang.Rendering;

public enum DraftFormat
{
    Markdown,
    Html,
    Docx,
    AkomaNtoso,
}

public static class DraftFormats
{
    public static readonly IReadOnlyList<DraftFormat> All = [DraftFormat.Markdown, DraftFormat.Html, DraftFormat.Docx, DraftFormat.AkomaNtoso];

    /// <summary>The command-line names: md, html, docx, akn.</summary>
    public static string Name(DraftFormat format) => format switch
    {
        DraftFormat.Markdown => "md",
        DraftFormat.Html => "html",
        DraftFormat.Docx => "docx",
        _ => "akn",
    };

    public static string Extension(DraftFormat format) => format switch
    {
        DraftFormat.Markdown => ".md",
        DraftFormat.Html => ".html",
        DraftFormat.Docx => ".docx",
        _ => ".akn.xml",
    };

    public static DraftFormat Parse(string name) => name switch
    {
        "md" or "markdown" => DraftFormat.Markdown,
        "html" => DraftFormat.Html,
        "docx" => DraftFormat.Docx,
        "akn" => DraftFormat.AkomaNtoso,
        _ => throw new ArgumentException("Unknown draft format: " + name, nameof(name)),
    };
}

/// <summary>Renders drafts of agreements in every format from one <see cref="Draft"/>.</summary>
public sealed class DraftRenderer
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly TemplateSet _templates;
    private readonly DraftBuilder _builder;

    public DraftRenderer(TemplateSet? templates = null)
    {
        _templates = templates ?? TemplateSet.Default;
        _builder = new DraftBuilder(_templates);
    }

    public Draft Build(AgreementSet set, Agreement agreement, IReadOnlyList<string>? warnings = null) =>
        _builder.Build(set, agreement, warnings);

    public string Markdown(Draft draft) => _templates.Render(TemplateSet.MarkdownLayout, draft, Normalise);

    public string Html(Draft draft) => _templates.Render(TemplateSet.HtmlLayout, draft, Normalise);

    public byte[] Render(Draft draft, DraftFormat format) => format switch
    {
        DraftFormat.Markdown => Utf8.GetBytes(Markdown(draft)),
        DraftFormat.Html => Utf8.GetBytes(Html(draft)),
        DraftFormat.Docx => DocxWriter.Write(draft),
        _ => Utf8.GetBytes(AknWriter.Write(draft)),
    };

    /// <summary>Unix line ends, no run of more than one blank line (left by block tags that render nothing),
    /// one final newline. Measured first and then written, so that the draft is the only copy made.</summary>
    private static string Normalise(ReadOnlySpan<char> text)
    {
        var length = 1;
        var written = false;
        var blank = false;
        foreach (var raw in text.EnumerateLines())
        {
            var line = raw.TrimEnd();
            if (line.IsEmpty)
            {
                blank = true;
                continue;
            }

            length += (written ? (blank ? 2 : 1) : 0) + line.Length;
            written = true;
            blank = false;
        }

        return string.Create(length, text, static (target, text) =>
        {
            // The separators are written by filling with newlines first.
            target.Fill('\n');
            var at = 0;
            var written = false;
            var blank = false;
            foreach (var raw in text.EnumerateLines())
            {
                var line = raw.TrimEnd();
                if (line.IsEmpty)
                {
                    blank = true;
                    continue;
                }

                at += written ? (blank ? 2 : 1) : 0;
                line.CopyTo(target.Slice(at));
                at += line.Length;
                written = true;
                blank = false;
            }
        });
    }
}
