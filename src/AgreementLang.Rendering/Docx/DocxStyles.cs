using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementLang.Rendering.Docx;

/// <summary>The default style sheet: Times New Roman 12 pt, Title, Heading 1 for articles (and Annex Heading,
/// based on it, for annexes) so that Word's navigation pane lists them, Numbered Paragraph and Point on the hanging
/// indents of <see cref="ParagraphNumbering"/>, Annex Table, signature blocks, Header and Footer. With a reference
/// document, its styles win and these only fill the gaps (<see cref="ReferenceDocument"/>).</summary>
internal static class DocxStyles
{
    private const string Font = "Times New Roman";

    private const int Indent = ParagraphNumbering.Indent;

    public static Styles Default()
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
        styles.Append(ParagraphStyle("AnnexHeading", "Annex Heading", center: true, bold: true, before: 0, after: 240, keepNext: true, outline: 0, pageBreakBefore: true, basedOn: "Heading1"));
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
        styles.Append(ParagraphStyle("Header", "header", center: true, italic: true, size: 18, after: 0));
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
        string? color = null,
        string basedOn = "Normal")
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
            style.Append(new BasedOn { Val = basedOn });
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
