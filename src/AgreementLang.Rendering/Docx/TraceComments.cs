using System.Collections.Immutable;
using System.Globalization;
using AgreementLang.Rendering.Legal;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementLang.Rendering.Docx;

/// <summary>The trace of a Word draft as comments (<c>agr render --trace</c>): each provision carries a comment in
/// the margin naming the source clauses it was made from, or the form whose fixed wording it is. Comments have an
/// author and no date, so the same draft always gives the same bytes.</summary>
internal sealed class TraceComments(string form)
{
    private const string Author = "AgreementLang";
    private readonly List<Comment> _comments = [];

    public bool Any => _comments.Count > 0;

    /// <summary>Wraps the paragraph's runs in a comment range and appends the reference to the comment.</summary>
    public Paragraph Mark(Paragraph paragraph, ImmutableArray<DraftSource> sources)
    {
        var id = _comments.Count.ToString(CultureInfo.InvariantCulture);
        var text = sources.IsDefaultOrEmpty ? "Fixed wording of the " + form + " form." : "Source: " + string.Join("; ", sources) + ".";
        _comments.Add(new Comment(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)))) { Id = id, Author = Author, Initials = "AGR" });
        var start = new CommentRangeStart { Id = id };
        if (paragraph.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(start);
        }
        else
        {
            paragraph.PrependChild(start);
        }

        paragraph.Append(new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id }));
        return paragraph;
    }

    public Comments Part() => new(_comments);
}
