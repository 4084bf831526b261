using AgreementLang.Model.Versions;
using AgreementLang.Rendering.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementLang.Rendering.Redline;

/// <summary>The change-log annex of a Word redline (<c>--changes</c>): a heading and a table of the semantic changes,
/// in the styles of the draft's annexes, after everything else. It is not a tracked change: accepting or rejecting the
/// changes leaves it as it is.</summary>
internal static class DocxChangeLog
{
    public static void Append(WordprocessingDocument document, IReadOnlyList<ModelChange> changes)
    {
        var body = document.MainDocumentPart!.Document.Body!;
        var section = body.GetFirstChild<SectionProperties>();
        var heading = Para("Change log", "AnnexHeading");
        var table = new Table(
            new TableProperties(new TableStyle { Val = "AnnexTable" }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(new[] { 1100, 2300, 1300, 1700, 1700, 1538 }.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(ChangeLog.Columns.Select(c => new TableCell(Para(c, "TableHeading"))));
        table.Append(header);
        foreach (var row in ChangeLog.Rows(changes))
        {
            var cells = new TableRow(new TableRowProperties(new CantSplit()));
            cells.Append(row.Select(c => new TableCell(Para(c, "TableText"))));
            table.Append(cells);
        }

        var elements = changes.Count == 0
            ? new DocumentFormat.OpenXml.OpenXmlElement[] { heading, Para("The models are equal.", "BodyText") }
            : [heading, table, Para("", "BodyText")];
        foreach (var element in elements)
        {
            if (section is null)
            {
                body.Append(element);
            }
            else
            {
                section.InsertBeforeSelf(element);
            }
        }

        document.MainDocumentPart.Document.Save();
    }

    private static Paragraph Para(string text, string style)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            paragraph.Append(CrossReferences.Run(Typography.Apply(text)));
        }

        return paragraph;
    }
}
