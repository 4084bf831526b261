namespace AgreementLang.Rendering.Docx;

/// <summary>What a Word draft takes beyond the draft itself.</summary>
/// <param name="DraftDate">The date printed as "Draft of …" in the header (<c>--draft-date</c>); without it the
/// draft's date of signature, and without that no date.</param>
/// <param name="Reference">A reference document whose styles and page setup the draft takes (<c>--reference-docx</c>).</param>
/// <param name="Trace">Each provision's sources as a Word comment (<c>--trace</c>).</param>
public sealed record DocxOptions(DateTime? DraftDate = null, ReferenceDocument? Reference = null, bool Trace = false)
{
    public static readonly DocxOptions Default = new();
}
