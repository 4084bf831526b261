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
    private readonly DocxOptions _docx;

    /// <param name="docx">The header's draft date and the reference document of Word drafts.</param>
    public DraftRenderer(TemplateSet? templates = null, DocxOptions? docx = null)
    {
        _templates = templates ?? TemplateSet.Default;
        _builder = new DraftBuilder(_templates);
        _docx = docx ?? DocxOptions.Default;
    }

    public Draft Build(AgreementSet set, Agreement agreement, IReadOnlyList<string>? warnings = null) =>
        _builder.Build(set, agreement, warnings);

    /// <summary>The draft of <paramref name="agreement"/> as of <paramref name="date"/>: the amendments made by then
    /// applied, and a note naming them.</summary>
    public Draft BuildConsolidated(AgreementSet set, Agreement agreement, DateTime date, IReadOnlyList<string>? warnings = null)
    {
        var consolidated = Consolidation.AsOf(set, agreement, date);
        return ConsolidatedText.Mark(_builder.Build(set, consolidated.Agreement, warnings), consolidated);
    }

    /// <summary>The draft of an amendment as a protocol to the agreement it amends.</summary>
    public ProtocolDraft BuildProtocol(AgreementSet set, Amendment amendment, IReadOnlyList<string>? warnings = null) =>
        new ProtocolBuilder(_builder).Build(set, amendment, warnings);

    /// <summary>A protocol in a format: its draft, except in Akoma Ntoso, where it is an <c>amendment</c> document
    /// whose metadata lists each modification.</summary>
    public byte[] Render(ProtocolDraft protocol, DraftFormat format) =>
        format == DraftFormat.AkomaNtoso ? Utf8.GetBytes(AknWriter.WriteAmendment(protocol)) : Render(protocol.Draft, format);

    public string Markdown(Draft draft) => _templates.Render(TemplateSet.MarkdownLayout, draft, Normalise);

    public string Html(Draft draft) => _templates.Render(TemplateSet.HtmlLayout, draft, Normalise);

    public byte[] Render(Draft draft, DraftFormat format) => format switch
    {
        DraftFormat.Markdown => Utf8.GetBytes(Markdown(draft)),
        DraftFormat.Html => Utf8.GetBytes(Html(draft)),
        DraftFormat.Docx => DocxWriter.Write(draft, _docx),
        _ => Utf8.GetBytes(AknWriter.Write(draft)),
    };

    /// <summary>Unix line ends, no run of more than one blank line (left by block tags that render nothing),
    /// no spaces, tabs or carriage returns at a line's end, one final newline. Lines end at '\n' alone: templates
    /// are read with Unix line ends and the encoders turn every line break in user text into a space.</summary>
    private static string Normalise(ReadOnlySpan<char> text)
    {
        var body = text.TrimEnd(Blank);
        if (IsNormal(body))
        {
            // What the default layouts write usually is (unless user text ends a line in a blank): one copy, no
            // line-by-line pass.
            return string.Concat(body, "\n");
        }

        // Measured first and then written, so that the draft is the only copy made.
        var length = 1;
        var lines = new Lines(text);
        while (lines.Next(out var line, out var separator))
        {
            length += separator + line.Length;
        }

        return string.Create(length, text, static (target, text) =>
        {
            // The separators are written by filling with newlines first.
            target.Fill('\n');
            var at = 0;
            var lines = new Lines(text);
            while (lines.Next(out var line, out var separator))
            {
                at += separator;
                line.CopyTo(target.Slice(at));
                at += line.Length;
            }
        });
    }

    /// <summary>White space that ends a line: what <see cref="Normalise"/> trims.</summary>
    private const string Blank = " \t\r\n";

    /// <summary>No blank first line, no white space before a line end, no two blank lines in a row: each is one
    /// vectorised search of the whole text, cheaper than visiting its lines.</summary>
    private static bool IsNormal(ReadOnlySpan<char> body) =>
        !body.IsEmpty && body[0] is not ('\n' or ' ' or '\t') && body.IndexOf('\r') < 0 && body.IndexOf(" \n") < 0 &&
        body.IndexOf("\t\n") < 0 && body.IndexOf("\n\n\n") < 0;

    /// <summary>The non-blank lines of a text, trimmed at the end, each with the number of newlines that
    /// separate it from the line written before it: none for the first, two after a blank line, else one.</summary>
    private ref struct Lines(ReadOnlySpan<char> text)
    {
        private ReadOnlySpan<char> _rest = text;
        private bool _written;
        private bool _done;

        public bool Next(out ReadOnlySpan<char> line, out int separator)
        {
            var blank = false;
            while (!_done)
            {
                var end = _rest.IndexOf('\n');
                if (end < 0)
                {
                    line = _rest.TrimEnd(Blank);
                    _done = true;
                }
                else
                {
                    line = _rest.Slice(0, end).TrimEnd(Blank);
                    _rest = _rest.Slice(end + 1);
                }

                if (line.IsEmpty)
                {
                    blank = true;
                    continue;
                }

                separator = _written ? (blank ? 2 : 1) : 0;
                _written = true;
                return true;
            }

            line = default;
            separator = 0;
            return false;
        }
    }
}
