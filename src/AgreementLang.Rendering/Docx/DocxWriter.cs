using System.IO.Compression;
using AgreementLang.Rendering.Legal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace AgreementLang.Rendering.Docx;

/// <summary>Writes a draft as a Word document with real styles: Title, Heading 1 for articles and annexes
/// (so Word's navigation pane lists them), numbered paragraphs and lettered points with hanging indents,
/// annex tables with a repeated header row, signature blocks, and page numbers in the footer. Text is set
/// through the SDK's typed elements, which escape it. The package is rewritten with fixed zip timestamps and
/// explicit relationship ids, so the same draft always gives the same bytes.</summary>
public static class DocxWriter
{
    private const string Font = "Times New Roman";

    // Twentieths of a point: 567 = 1 cm.
    private const int Indent = 567;

    public static byte[] Write(Draft draft)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();

            // The SDK names the package's relationship to the main part with a random id: fix it.
            document.ChangeIdOfPart(main, "rIdMain");
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = Styles();
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            settings.Settings = new Settings(new DisplayBackgroundShape(), new DefaultTabStop { Val = Indent });
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = PageNumberFooter();

            var body = new Body();
            body.Append(Para(draft.TitleUpper, "Title"));
            if (draft.HasWarnings)
            {
                body.Append(Para("DRAFT WITH UNRESOLVED CONFLICTS — NOT FOR SIGNATURE. The sources of this draft contain the following errors:", "Warning"));
                foreach (var warning in draft.Warnings)
                {
                    body.Append(Para(warning, "Warning"));
                }
            }

            foreach (var note in draft.Consolidation)
            {
                body.Append(Para(note, "Recital"));
            }

            foreach (var recital in draft.Preamble)
            {
                body.Append(Para(recital, "Recital"));
            }

            body.Append(Para(draft.Formula, "Formula"));
            foreach (var article in draft.Articles)
            {
                body.Append(Para(article.Label + " — " + article.Heading, "Heading1"));
                foreach (var paragraph in article.Paragraphs)
                {
                    body.Append(paragraph.Label is { } label ? Numbered(label, paragraph.Text, "NumberedParagraph") : Para(paragraph.Text, "BodyText"));
                    foreach (var item in paragraph.Items)
                    {
                        body.Append(Numbered(item.Label, item.Text, "Point"));
                    }
                }
            }

            foreach (var closing in draft.Closing)
            {
                body.Append(Para(closing, "BodyText"));
            }

            body.Append(SignatureTable(draft));
            foreach (var annex in draft.Annexes)
            {
                body.Append(Para(annex.Label + " — " + annex.Heading, "AnnexHeading"));
                foreach (var table in annex.Tables)
                {
                    if (table.Caption is { } caption)
                    {
                        body.Append(Para(caption, "Heading2"));
                    }

                    body.Append(AnnexTable(table));
                    body.Append(Para("", "BodyText"));
                }

                foreach (var note in annex.Notes)
                {
                    body.Append(Para(note, "Note"));
                }
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Right = 1134U, Bottom = 1418, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return Deterministic(package.ToArray());
    }

    /// <summary>Rewrites the zip with every entry in the same order and a fixed timestamp (System.IO.Packaging
    /// stamps entries with the current time, which would make every build differ).</summary>
    internal static byte[] Deterministic(byte[] package)
    {
        var stamp = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var rewritten = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = rewritten.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static Paragraph Para(string text, string style)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new WText(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    /// <summary>"1.⇥text" on a hanging indent, so continuation lines align with the text, not the number.</summary>
    private static Paragraph Numbered(string label, string text, string style) =>
        new(
            new ParagraphProperties(new ParagraphStyleId { Val = style }),
            new Run(new WText(label)),
            new Run(new TabChar()),
            new Run(new WText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table AnnexTable(DraftTable table)
    {
        var grid = new TableGrid(ColumnWidths(table).Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = "AnnexTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            grid);
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(table.Columns.Select(c => Cell(c, "TableHeading")));
        result.Append(header);
        foreach (var cells in table.Rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            row.Append(cells.Select(c => Cell(c, "TableText")));
            result.Append(row);
        }

        return result;
    }

    private static TableCell Cell(string text, string style) => new(Para(text, style));

    /// <summary>Widths (in twentieths of a point, summing to the text width) in proportion to what each column
    /// holds, so that "Commitment" is not broken across lines while a description gets the room it needs.</summary>
    internal static int[] ColumnWidths(DraftTable table)
    {
        const int textWidth = 9638;

        // At 9 pt a character is about 100 twips wide; cell margins take 160. Every column first gets room
        // for its longest word, then the rest goes to the columns with longer text.
        var columns = table.Columns.Select((column, i) =>
        {
            var cells = table.Rows.Select(r => i < r.Length ? r[i] : "").Append(column).ToArray();
            var longestWord = cells.SelectMany(c => c.Split(' ')).Max(w => w.Length);
            var average = cells.Average(c => (double)c.Length);
            return (Minimum: longestWord * 100.0 + 200, Extra: Math.Max(0, Math.Min(average, 40) - longestWord));
        }).ToArray();
        var minimum = columns.Sum(c => c.Minimum);
        var extra = columns.Sum(c => c.Extra);
        var widths = minimum >= textWidth || extra == 0
            ? columns.Select(c => (int)(textWidth * c.Minimum / minimum)).ToArray()
            : columns.Select(c => (int)(c.Minimum + ((textWidth - minimum) * c.Extra / extra))).ToArray();
        widths[^1] += textWidth - widths.Sum();
        return widths;
    }

    private static Table SignatureTable(Draft draft)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "4819" }, new GridColumn { Width = "4819" }));
        // Captions in one row and signature lines in the next, so that the lines align whatever the length
        // of the names above them.
        foreach (var pair in draft.SignatureRows)
        {
            var captions = new TableRow(new TableRowProperties(new CantSplit()));
            var lines = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < 2; i++)
            {
                var caption = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
                var line = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
                caption.Append(Para(i < pair.Length ? pair[i].Caption : "", "SignatureCaption"));
                line.Append(Para(i < pair.Length ? "______________________________" : "", "SignatureLine"));
                captions.Append(caption);
                lines.Append(line);
            }

            table.Append(captions);
            table.Append(lines);
        }

        return table;
    }

    private static Footer PageNumberFooter() =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            new SimpleField(new Run(new WText("1"))) { Instruction = " PAGE " }));

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "24" },
                    new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", isDefault: true));
        styles.Append(ParagraphStyle("Title", "Title", center: true, bold: true, size: 28, before: 240, after: 480, keepNext: true));
        styles.Append(ParagraphStyle("Heading1", "heading 1", center: true, bold: true, before: 360, after: 200, keepNext: true, outline: 0));
        styles.Append(ParagraphStyle("AnnexHeading", "Annex Heading", center: true, bold: true, before: 0, after: 240, keepNext: true, outline: 0, pageBreakBefore: true));
        styles.Append(ParagraphStyle("Heading2", "heading 2", italic: true, before: 240, after: 120, keepNext: true, outline: 1));
        styles.Append(ParagraphStyle("BodyText", "Body Text", justify: true));
        styles.Append(ParagraphStyle("Recital", "Recital", justify: true, firstLine: Indent));
        styles.Append(ParagraphStyle("Formula", "Formula", before: 120));
        styles.Append(ParagraphStyle("NumberedParagraph", "Numbered Paragraph", justify: true, left: Indent, hanging: Indent));
        styles.Append(ParagraphStyle("Point", "Point", justify: true, left: 2 * Indent, hanging: Indent));
        styles.Append(ParagraphStyle("SignatureCaption", "Signature Caption", bold: true, size: 22, before: 480, after: 0, keepNext: true));
        styles.Append(ParagraphStyle("SignatureLine", "Signature Line", size: 22, before: 720, after: 240));
        styles.Append(ParagraphStyle("TableHeading", "Table Heading", bold: true, size: 18, after: 0));
        styles.Append(ParagraphStyle("TableText", "Table Text", size: 18, after: 0));
        styles.Append(ParagraphStyle("Note", "Note", size: 20));
        styles.Append(ParagraphStyle("Footer", "footer", center: true, size: 20, after: 0));
        styles.Append(ParagraphStyle("Warning", "Warning", bold: true, color: "B00020"));
        styles.Append(new Style(
            new StyleName { Val = "Annex Table" },
            new BasedOn { Val = "TableNormal" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "444444" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "444444" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "444444" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "444444" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "444444" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "444444" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = "AnnexTable",
        });
        styles.Append(new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        {
            Type = StyleValues.Table,
            StyleId = "TableNormal",
            Default = true,
        });
        return styles;
    }

    private static Style ParagraphStyle(
        string id,
        string name,
        bool isDefault = false,
        bool center = false,
        bool justify = false,
        bool bold = false,
        bool italic = false,
        int? size = null,
        int? before = null,
        int? after = null,
        bool keepNext = false,
        int? outline = null,
        bool pageBreakBefore = false,
        int? left = null,
        int? hanging = null,
        int? firstLine = null,
        string? color = null)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.KeepNext = new KeepNext();
        }

        if (pageBreakBefore)
        {
            paragraph.PageBreakBefore = new PageBreakBefore();
        }

        // An attribute set to null is written empty, which the validator rejects: set only those given.
        if (before is not null || after is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (before is { } b)
            {
                spacing.Before = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (after is { } a)
            {
                spacing.After = a.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            paragraph.SpacingBetweenLines = spacing;
        }

        if (left is not null || hanging is not null || firstLine is not null)
        {
            var indentation = new Indentation();
            if (left is { } l)
            {
                indentation.Left = l.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (hanging is { } h)
            {
                indentation.Hanging = h.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (firstLine is { } f)
            {
                indentation.FirstLine = f.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            paragraph.Indentation = indentation;
        }

        if (center || justify)
        {
            paragraph.Justification = new Justification { Val = center ? JustificationValues.Center : JustificationValues.Both };
        }

        if (outline is { } level)
        {
            paragraph.OutlineLevel = new OutlineLevel { Val = level };
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Bold = new Bold();
        }

        if (italic)
        {
            run.Italic = new Italic();
        }

        if (color is not null)
        {
            run.Color = new Color { Val = color };
        }

        if (size is { } points)
        {
            run.FontSize = new FontSize { Val = points.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        var style = new Style(new StyleName { Val = name })
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" });
            style.Append(new PrimaryStyle());
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        if (run.HasChildren)
        {
            style.Append(run);
        }

        return style;
    }
}
