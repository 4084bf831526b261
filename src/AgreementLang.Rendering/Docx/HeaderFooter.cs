using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementLang.Rendering.Docx;

/// <summary>The running header — the instrument's title and "Draft of 4 February 2026" — and the footer with
/// the page number. The date is the one given (<c>--draft-date</c>), else the draft's date of signature, else
/// none: never the clock, so the same input always gives the same document.</summary>
internal static class HeaderFooter
{
    /// <summary>"Draft of 4 February 2026", or null when there is no date to print.</summary>
    public static string? DraftOf(Draft draft, DateTime? draftDate) =>
        (draftDate ?? draft.Signed) is { } date ? "Draft of " + LegalText.Date(date) : null;

    /// <summary>"Agreement between … on Critical Minerals — Draft of 4 February 2026", in the Header style.</summary>
    public static Header Header(Draft draft, DateTime? draftDate, string style)
    {
        var text = Typography.Apply(draft.Title);
        if (DraftOf(draft, draftDate) is { } draftOf)
        {
            text += " — " + Typography.NoBreaks(draftOf);
        }

        return new Header(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = style }),
            CrossReferences.Run(text)));
    }

    /// <summary>The page number, a PAGE field, in the Footer style.</summary>
    public static Footer Footer(string style) =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = style }),
            new SimpleField(CrossReferences.Run("1")) { Instruction = " PAGE " }));
}
