using System.Text;
using AgreementLang.Model.Versions;
using AgreementLang.Rendering.Docx;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Templates;
using DocumentFormat.OpenXml.Packaging;

namespace AgreementLang.Rendering.Redline;

/// <summary>Two drafts of one agreement compared (<see cref="DraftComparer"/>): the new draft with the changes
/// marked, the provisions that changed, and the two drafts themselves.</summary>
public sealed record RedlineDraft(Draft Old, Draft New, Draft Merged, IReadOnlyList<DraftChange> Changes)
{
    /// <exception cref="ArgumentException">A draft's text holds one of the private-use characters U+E000–U+E005 that
    /// a redline uses to mark its changes.</exception>
    public static RedlineDraft Compare(Draft before, Draft after)
    {
        foreach (var draft in new[] { before, after })
        {
            if (Marks.FirstIn(draft) is { } text)
            {
                throw new ArgumentException($"the draft of {draft.Name} holds a private-use character (U+E000 to U+E005), which a redline uses to mark changes, in: {Marks.Strip(text)}");
            }
        }

        var (merged, changes) = DraftComparer.Compare(before, after);
        return new RedlineDraft(before, after, merged, changes);
    }
}

/// <param name="Author">The author of every tracked change in Word (<c>--author</c>).</param>
/// <param name="Date">The date of every tracked change (<c>--date</c>); none when null, never the clock.</param>
/// <param name="Old">How the old version is named in the list of changes (its path).</param>
/// <param name="New">How the new version is named.</param>
/// <param name="ChangeLog">The semantic changes to list in an annex at the end (<c>--changes</c>), or null.</param>
public sealed record RedlineOptions(string Author, DateTime? Date, string Old, string New, IReadOnlyList<ModelChange>? ChangeLog = null)
{
    /// <summary>The author of the changes when none is given: the tool, as in the trace comments of a Word draft.</summary>
    public const string DefaultAuthor = "AgreementLang";
}

/// <summary>Writes a redline through the ordinary writers: the merged draft goes through the same templates and the
/// same Word writer as any draft; its marks then become each format's markup of changes — <c>&lt;ins&gt;</c> and
/// <c>&lt;del&gt;</c> with a list of the changes linked to the provisions in HTML, the same tags and a table of the
/// changes in Markdown, tracked changes in Word.</summary>
public sealed class RedlineRenderer
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly DraftRenderer _renderer = new();

    public byte[] Render(RedlineDraft redline, DraftFormat format, RedlineOptions options) => format switch
    {
        DraftFormat.Markdown => Utf8.GetBytes(Markdown(redline, options)),
        DraftFormat.Html => Utf8.GetBytes(Html(redline, options)),
        DraftFormat.Docx => Docx(redline, options),
        _ => throw new ArgumentException("A redline is written in md, html or docx, not " + DraftFormats.Name(format), nameof(format)),
    };

    public string Markdown(RedlineDraft redline, RedlineOptions options)
    {
        var text = new StringBuilder(Tags(_renderer.Markdown(redline.Merged)));
        text.Append('\n').Append("## Changes from ").Append(Md(options.Old)).Append(" to ").Append(Md(options.New)).Append("\n\n");
        if (redline.Changes.Count == 0)
        {
            text.Append("No provision changed.\n");
        }
        else
        {
            text.Append("| Provision | Change |\n|---|---|\n");
            foreach (var change in redline.Changes)
            {
                text.Append("| ").Append(Md(change.Where)).Append(" | ").Append(change.KindText).Append(" |\n");
            }
        }

        if (options.ChangeLog is { } log)
        {
            text.Append("\n## Change log\n\n");
            text.Append("| ").Append(string.Join(" | ", ChangeLog.Columns)).Append(" |\n|");
            text.Append(string.Concat(ChangeLog.Columns.Select(_ => "---|"))).Append('\n');
            foreach (var row in ChangeLog.Rows(log))
            {
                text.Append("| ").Append(string.Join(" | ", row.Select(Md))).Append(" |\n");
            }

            if (log.Count == 0)
            {
                text.Append("\nThe models are equal.\n");
            }
        }

        return text.ToString();
    }

    public string Html(RedlineDraft redline, RedlineOptions options)
    {
        var html = _renderer.Html(redline.Merged);

        // The window title is text, not markup: the new title.
        var open = html.IndexOf("<title>", StringComparison.Ordinal);
        var close = html.IndexOf("</title>", StringComparison.Ordinal);
        if (open >= 0 && close > open)
        {
            html = html[..(open + 7)] + Marks.Accept(html[(open + 7)..close]) + html[close..];
        }

        html = html.Replace("</style>", Style + "</style>", StringComparison.Ordinal);
        var list = new StringBuilder();
        list.Append("<section class=\"changes\" id=\"redline-changes\">\n<h2>Changes from ").Append(Encode(options.Old)).Append(" to ").Append(Encode(options.New)).Append("</h2>\n");
        if (redline.Changes.Count == 0)
        {
            list.Append("<p>No provision changed.</p>\n");
        }
        else
        {
            list.Append("<ol>\n");
            foreach (var change in redline.Changes)
            {
                list.Append("<li class=\"").Append(change.KindText).Append("\"><a href=\"#").Append(Encode(change.Anchor)).Append("\">")
                    .Append(Encode(change.Where)).Append("</a>: ").Append(change.KindText).Append("</li>\n");
            }

            list.Append("</ol>\n");
        }

        if (options.ChangeLog is { } log)
        {
            list.Append("<h2>Change log</h2>\n<table class=\"change-log\">\n<thead><tr>");
            list.Append(string.Concat(ChangeLog.Columns.Select(c => "<th scope=\"col\">" + c + "</th>"))).Append("</tr></thead>\n<tbody>\n");
            foreach (var row in ChangeLog.Rows(log))
            {
                list.Append("<tr>").Append(string.Concat(row.Select(c => "<td>" + Encode(c) + "</td>"))).Append("</tr>\n");
            }

            list.Append("</tbody>\n</table>\n");
            if (log.Count == 0)
            {
                list.Append("<p>The models are equal.</p>\n");
            }
        }

        list.Append("</section>\n");
        var end = html.LastIndexOf("</article>", StringComparison.Ordinal);
        html = end < 0 ? html + list : html[..end] + list + html[end..];
        return Tags(html);
    }

    public byte[] Docx(RedlineDraft redline, RedlineOptions options)
    {
        var draft = DocxWriter.Write(redline.Merged, DocxOptions.Default);
        using var package = new MemoryStream();
        package.Write(draft);
        using (var document = WordprocessingDocument.Open(package, true))
        {
            DocxTrackChanges.Apply(document, options.Author, options.Date);
            if (options.ChangeLog is { } log)
            {
                DocxChangeLog.Append(document, log);
            }
        }

        return DocxWriter.Deterministic(package.ToArray());
    }

    /// <summary>How insertions and deletions look; Word and LibreOffice show their own colours for tracked changes.</summary>
    private const string Style =
        "  ins { color: #0b5394; text-decoration: underline; }\n" +
        "  del { color: #b00020; text-decoration: line-through; }\n" +
        "  section.changes { margin-top: 3em; font-size: 10pt; }\n";

    /// <summary>The marks as HTML tags (which Markdown passes through as they are).</summary>
    private static string Tags(string text) => new StringBuilder(text)
        .Replace(Marks.InsertStart.ToString(), "<ins>")
        .Replace(Marks.InsertEnd.ToString(), "</ins>")
        .Replace(Marks.DeleteStart.ToString(), "<del>")
        .Replace(Marks.DeleteEnd.ToString(), "</del>")
        .Replace(Marks.InsertedWhole.ToString(), "")
        .Replace(Marks.DeletedWhole.ToString(), "")
        .ToString();

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(Marks.Strip(text));

    private static string Md(string text)
    {
        using var writer = new StringWriter();
        new MarkdownEncoder().Encode(Marks.Strip(text), writer);
        return writer.ToString();
    }
}
