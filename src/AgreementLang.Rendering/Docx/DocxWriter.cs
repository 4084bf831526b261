using System.IO.Compression;
using AgreementLang.Rendering.Legal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WNumbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;

namespace AgreementLang.Rendering.Docx;

/// <summary>Writes a draft as a Word document as lawyers use one: real styles (Title, Heading 1 for articles and
/// annexes, so Word's navigation pane lists them), paragraph numbers and points as Word numbering
/// (<see cref="ParagraphNumbering"/>), cross-references as bookmarks and REF fields (<see cref="CrossReferences"/>),
/// typographic quotes and no-break spaces (<see cref="Typography"/>), a running header with the title and the draft's
/// date and page numbers in the footer (<see cref="HeaderFooter"/>), annex tables with a repeated header row and
/// signature blocks; optionally in the styles and page setup of a reference document (<see cref="ReferenceDocument"/>).
/// Text is set through the SDK's typed elements, which escape it. The package is rewritten with fixed zip timestamps
/// and explicit relationship ids, so the same draft and options always give the same bytes.</summary>
public static class DocxWriter
{
    public static byte[] Write(Draft draft, DocxOptions? options = null) => new Writer(draft, options ?? DocxOptions.Default).Write();

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

    /// <summary>The state of one document: its style ids, lists and bookmarks.</summary>
    private sealed class Writer(Draft draft, DocxOptions options)
    {
        private readonly CrossReferences _references = new(draft);
        private IReadOnlyDictionary<string, string> _styleIds = new Dictionary<string, string>();
        private ParagraphNumbering _numbering = new();
        private readonly TraceComments _trace = new(draft.FormName);

        public byte[] Write()
        {
            using var package = new MemoryStream();
            using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
            {
                var main = document.AddMainDocumentPart();

                // The SDK names the package's relationship to the main part with a random id: fix it.
                document.ChangeIdOfPart(main, "rIdMain");
                var reference = options.Reference;
                var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
                if (reference is null)
                {
                    styles.Styles = DocxStyles.Default();
                }
                else
                {
                    styles.Styles = reference.Styles(DocxStyles.Default(), out var ids);
                    _styleIds = ids;
                }

                if (reference?.Theme is { } theme)
                {
                    main.AddNewPart<ThemePart>("rIdTheme").FeedData(new MemoryStream(theme, writable: false));
                }

                var numbering = reference?.Numbering() ?? new WNumbering();
                _numbering = new ParagraphNumbering(
                    numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(0).Max() + 1,
                    numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1);

                var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
                settings.Settings = new Settings(new DisplayBackgroundShape(), new DefaultTabStop { Val = ParagraphNumbering.Indent });
                var header = main.AddNewPart<HeaderPart>("rIdHeader");
                header.Header = HeaderFooter.Header(draft, options.DraftDate, Style("Header"));
                var footer = main.AddNewPart<FooterPart>("rIdFooter");
                footer.Footer = HeaderFooter.Footer(Style("Footer"));

                var body = Body();
                body.Append(Section(reference));
                if (_trace.Any)
                {
                    main.AddNewPart<WordprocessingCommentsPart>("rIdComments").Comments = _trace.Part();
                }

                main.Document = new Document(body);
                main.Document.Save();

                // After the body, which opened one list per article.
                _numbering.WriteTo(numbering);
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering;
            }

            return Deterministic(package.ToArray());
        }

        private Body Body()
        {
            var body = new Body();
            body.Append(Para(draft.TitleUpper, "Title", references: false));
            if (draft.HasWarnings)
            {
                body.Append(Para("DRAFT WITH UNRESOLVED CONFLICTS — NOT FOR SIGNATURE. The sources of this draft contain the following errors:", "Warning", references: false));
                foreach (var warning in draft.Warnings)
                {
                    body.Append(Para(warning, "Warning", references: false));
                }
            }

            foreach (var note in draft.Consolidation)
            {
                body.Append(Para(note, "Recital"));
            }

            foreach (var recital in draft.Preamble)
            {
                body.Append(Traced(Para(recital.Text, "Recital"), recital.Sources));
            }

            body.Append(Para(draft.Formula, "Formula"));
            foreach (var article in draft.Articles)
            {
                body.Append(Heading(article.Label, article.EId, article.Heading, "Heading1"));
                Article(body, article);
            }

            foreach (var closing in draft.Closing)
            {
                body.Append(Traced(Para(closing.Text, "BodyText"), closing.Sources));
            }

            body.Append(SignatureTable(draft));
            foreach (var annex in draft.Annexes)
            {
                body.Append(Heading(annex.Label, CrossReferences.AnnexBookmark(annex), annex.Heading, "AnnexHeading"));
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

            return body;
        }

        /// <summary>An article's paragraphs and points, numbered by Word where its numbering prints the draft's
        /// labels, else with the labels typed.</summary>
        private void Article(Body body, DraftArticle article)
        {
            var list = ParagraphNumbering.Fits(article) ? _numbering.StartArticle() : (int?)null;
            foreach (var paragraph in article.Paragraphs)
            {
                body.Append(Traced(paragraph.Label is not { } label ? Para(paragraph.Text, "BodyText")
                    : list is { } id ? Numbered(id, 0, paragraph.Text, "NumberedParagraph")
                    : Typed(label, paragraph.Text, "NumberedParagraph"), paragraph.Sources));
                foreach (var item in paragraph.Items)
                {
                    body.Append(Traced(list is { } points ? Numbered(points, 1, item.Text, "Point") : Typed(item.Label, item.Text, "Point"), item.Sources));
                }
            }
        }

        /// <summary>The final section: the reference's page setup, or A4 with 2.5 cm and 2 cm margins; always this
        /// draft's header and footer.</summary>
        private static SectionProperties Section(ReferenceDocument? reference)
        {
            var section = reference?.Section() ?? new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Right = 1134U, Bottom = 1418, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U });
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" });
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" });
            return section;
        }

        /// <summary>The paragraph with its sources as a comment, when the draft is traced.</summary>
        private Paragraph Traced(Paragraph paragraph, System.Collections.Immutable.ImmutableArray<DraftSource> sources) =>
            options.Trace ? _trace.Mark(paragraph, sources) : paragraph;

        /// <summary>The id of one of the default styles in this document (a reference document may name it otherwise).</summary>
        private string Style(string id) => _styleIds.TryGetValue(id, out var mapped) ? mapped : id;

        private ParagraphProperties Properties(string style, NumberingProperties? numbering = null)
        {
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = Style(style) });
            if (numbering is not null)
            {
                properties.Append(numbering);
            }

            return properties;
        }

        private Paragraph Para(string text, string style, bool references = true)
        {
            var paragraph = new Paragraph(Properties(style));
            if (text.Length > 0)
            {
                var typeset = Typography.Apply(text);
                paragraph.Append(references ? _references.Runs(typeset) : [CrossReferences.Run(typeset)]);
            }

            return paragraph;
        }

        /// <summary>"Article 3 — Tariff Commitments", the label bookmarked for the references to it.</summary>
        private Paragraph Heading(string label, string bookmark, string heading, string style)
        {
            var paragraph = new Paragraph(Properties(style));
            paragraph.Append(_references.Heading(Typography.Apply(label), bookmark, " — " + Typography.Apply(heading)));
            return paragraph;
        }

        private Paragraph Numbered(int list, int level, string text, string style)
        {
            var paragraph = new Paragraph(Properties(style, ParagraphNumbering.Properties(list, level)));
            paragraph.Append(_references.Runs(Typography.Apply(text)));
            return paragraph;
        }

        /// <summary>"1.⇥text" on a hanging indent, for an article whose labels Word's numbering would not print.</summary>
        private Paragraph Typed(string label, string text, string style)
        {
            var paragraph = new Paragraph(Properties(style), CrossReferences.Run(label), new Run(new TabChar()));
            paragraph.Append(_references.Runs(Typography.Apply(text)));
            return paragraph;
        }

        private Table AnnexTable(DraftTable table)
        {
            var grid = new TableGrid(ColumnWidths(table).Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            var result = new Table(
                new TableProperties(
                    new TableStyle { Val = Style("AnnexTable") },
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

        private TableCell Cell(string text, string style) => new(Para(text, style));

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

        private Table SignatureTable(Draft draft)
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
                    line.Append(Para(i < pair.Length ? Redline.Marks.Like(pair[i].Caption, "______________________________") : "", "SignatureLine"));
                    captions.Append(caption);
                    lines.Append(line);
                }

                table.Append(captions);
                table.Append(lines);
            }

            return table;
        }
    }
}
