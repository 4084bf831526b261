using System.Collections.Immutable;
using AgreementLang.Rendering.Docx;
using AgreementLang.Rendering.Legal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Numbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace AgreementLang.Rendering.Tests;

public class DocxTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void OpenXmlValidator_reports_no_error(string name)
    {
        var renderer = new DraftRenderer();
        AssertValid(renderer.Render(renderer.Build(Forge.Model, Forge.Agreement(name)), DraftFormat.Docx));
    }

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void OpenXmlValidator_reports_no_error_with_a_reference_document_and_a_draft_date(string name)
    {
        var renderer = new DraftRenderer(docx: new DocxOptions(new DateTime(2026, 2, 20), ReferenceDocument.Load(ReferenceDocx.Create(), "reference.docx")));
        AssertValid(renderer.Render(renderer.Build(Forge.Model, Forge.Agreement(name)), DraftFormat.Docx));
    }

    [Fact]
    public void Articles_use_heading_styles_and_the_footer_numbers_pages()
    {
        using var document = Open("US-JP-2026");
        var main = document.MainDocumentPart!;
        var headings = main.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText)
            .ToArray();
        Assert.Equal($"Article{Nbsp}1 — Definitions", headings[0]);
        Assert.Contains($"Article{Nbsp}10 — Final Provisions", headings);
        Assert.Equal(4, main.Document.Body.Elements<Table>().Count(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "AnnexTable"));
        Assert.Contains(main.FooterParts.Single().Footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.NotNull(main.StyleDefinitionsPart!.Styles!.Elements<Style>().SingleOrDefault(s => s.StyleId == "Heading1" && s.StyleParagraphProperties?.OutlineLevel?.Val?.Value == 0));
    }

    [Fact]
    public void Paragraph_numbers_and_points_are_Word_numbering_not_typed_text()
    {
        using var document = Open("US-JP-2026");
        var main = document.MainDocumentPart!;
        var numbering = main.NumberingDefinitionsPart!.Numbering;
        var definition = numbering.Elements<AbstractNum>().Single();
        var levels = definition.Elements<Level>().ToDictionary(l => l.LevelIndex!.Value);
        Assert.Equal(NumberFormatValues.Decimal, levels[0].NumberingFormat!.Val!.Value);
        Assert.Equal("%1.", levels[0].LevelText!.Val!.Value);
        Assert.Equal(NumberFormatValues.LowerLetter, levels[1].NumberingFormat!.Val!.Value);
        Assert.Equal("(%2)", levels[1].LevelText!.Val!.Value);

        // One list per article, each restarting at 1 and (a).
        var lists = numbering.Elements<NumberingInstance>().ToArray();
        Assert.Equal(10, lists.Length);
        Assert.All(lists, l => Assert.Equal(2, l.Elements<LevelOverride>().Count(o => o.StartOverrideNumberingValue?.Val?.Value == 1)));

        var paragraphs = main.Document.Body!.Elements<Paragraph>().ToArray();
        var numbered = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "NumberedParagraph").ToArray();
        var points = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Point").ToArray();
        Assert.NotEmpty(numbered);
        Assert.Equal(10, points.Length);
        Assert.All(numbered, p => Assert.Equal(0, p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value));
        Assert.All(points, p => Assert.Equal(1, p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value));
        Assert.All(numbered.Concat(points), p => Assert.DoesNotMatch(@"^(\d+\.|\([a-z]+\))", p.InnerText));
        Assert.Empty(main.Document.Body.Descendants<TabChar>());

        // Article 1's points and Article 2's paragraphs are in different lists.
        Assert.NotEqual(points[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, numbered[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        Assert.Equal("“Adjustable Tariff” means the duty described in Article" + Nbsp + "3;", points[0].InnerText);
    }

    [Fact]
    public void Labels_Word_would_not_print_stay_typed()
    {
        var article = new DraftArticle(1, "x", "Odd", [new DraftParagraph(1, "One.", []), new DraftParagraph(3, "Three.", [new DraftItem("c", "See.")])]);
        Assert.False(ParagraphNumbering.Fits(article));
        Assert.True(ParagraphNumbering.Fits(article with { Paragraphs = [new DraftParagraph(null, "Lead:", [new DraftItem("a", "x"), new DraftItem("b", "y")])] }));
        Assert.Equal(["z", "aa", "bb"], new[] { 25, 26, 27 }.Select(ParagraphNumbering.WordLetter));

        var bytes = DocxWriter.Write(Synthetic([article]));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var texts = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToArray();
        Assert.Contains("3.Three.", texts);
        Assert.Contains("(c)See.", texts);
    }

    [Fact]
    public void Article_and_annex_labels_are_bookmarks_and_their_mentions_REF_fields_showing_the_same_text()
    {
        using var document = Open("US-JP-2026");
        var body = document.MainDocumentPart!.Document.Body!;
        var bookmarks = body.Descendants<BookmarkStart>().ToDictionary(b => b.Name!.Value!, b => BookmarkedText(b));
        Assert.Equal(Enumerable.Range(1, 10).Select(n => "art_" + n).Concat(Enumerable.Range(1, 4).Select(n => "annex_" + n)), bookmarks.Keys);
        Assert.Equal("Article" + Nbsp + "3", bookmarks["art_3"]);
        Assert.Equal("Annex" + Nbsp + "II", bookmarks["annex_2"]);

        var fields = body.Descendants<SimpleField>().ToArray();
        Assert.Equal(10, fields.Length);
        foreach (var field in fields)
        {
            var instruction = field.Instruction!.Value!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("REF", instruction[0]);
            Assert.Equal(@"\h", instruction[2]);
            Assert.Equal(bookmarks[instruction[1]], field.InnerText);
        }

        // The visible text is the draft's, with typographic quotes and no-break spaces.
        var draft = Build("US-JP-2026");
        var expected = draft.Articles.SelectMany(a => a.Paragraphs.SelectMany(p => p.Items.Select(i => i.Text).Prepend(p.Text))).ToArray();
        var actual = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "NumberedParagraph" or "Point" or "BodyText")
            .Select(p => Plain(p.InnerText))
            .ToArray();
        Assert.All(expected, text => Assert.Contains(text, actual));
    }

    [Fact]
    public void Only_whole_labels_of_existing_articles_and_annexes_become_references()
    {
        var draft = Synthetic(
            [.. Enumerable.Range(1, 11).Select(n => new DraftArticle(n, "x", "H" + n, [new DraftParagraph(null, "Text.", [])]))],
            [new DraftAnnex("I", 1, "x", "A", [], []), new DraftAnnex("II", 2, "x", "B", [], [])]);
        var references = new CrossReferences(draft);
        var runs = references.Runs(Typography.Apply("See Article 11, Article 1, Article 12, Annex II, Annex I and Annex III; Articles 1 and Article 1b.")).ToArray();
        var refs = runs.OfType<SimpleField>().Select(f => (f.Instruction!.Value!, f.InnerText)).ToArray();
        Assert.Equal(
            [(" REF art_11 \\h ", "Article" + Nbsp + "11"), (" REF art_1 \\h ", "Article" + Nbsp + "1"), (" REF annex_2 \\h ", "Annex" + Nbsp + "II"), (" REF annex_1 \\h ", "Annex" + Nbsp + "I")],
            refs);
        Assert.Equal(Typography.Apply("See Article 11, Article 1, Article 12, Annex II, Annex I and Annex III; Articles 1 and Article 1b."), string.Concat(runs.Select(r => r.InnerText)));
    }

    [Theory]
    [InlineData("a \"Party\" and the \"Parties\"", "a “Party” and the “Parties”")]
    [InlineData("zone (\"FORGE\")", "zone (“FORGE”)")]
    [InlineData("the zone's 'floor'", "the zone’s ‘floor’")]
    [InlineData("USD 400,000,000", "USD\u00A0400,000,000")]
    [InlineData("10,000 t of ore", "10,000\u00A0t of ore")]
    [InlineData("thirty (30) days", "thirty (30)\u00A0days")]
    [InlineData("within 6 months", "within 6\u00A0months")]
    [InlineData("on 4 February 2026", "on 4\u00A0February 2026")]
    [InlineData("Article 3 and Annex II", "Article\u00A03 and Annex\u00A0II")]
    [InlineData("10 tariff lines, Article of faith", "10 tariff lines, Article of faith")]
    public void Typography_sets_curly_quotes_and_no_break_spaces(string text, string expected) =>
        Assert.Equal(expected, Typography.Apply(text));

    [Fact]
    public void Word_text_has_no_straight_quotes_while_the_other_formats_keep_them()
    {
        using var document = Open("US-JP-2026");
        var texts = document.MainDocumentPart!.Document.Body!.Descendants<WText>().Select(t => t.Text).ToArray();
        Assert.DoesNotContain(texts, t => t.Contains('"', StringComparison.Ordinal) || t.Contains('\'', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("“Party”", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("USD" + Nbsp + "1,000,000,000", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("(30)" + Nbsp + "days", StringComparison.Ordinal));
        Assert.Contains("\"Party\"", new DraftRenderer().Markdown(Build("US-JP-2026")));
    }

    [Fact]
    public void Header_shows_the_title_and_the_draft_date_given_else_the_date_of_signature_else_no_date()
    {
        var draft = Build("US-JP-2026");
        Assert.Equal(
            "Agreement between the Government of the United States of America and the Government of Japan on Critical Minerals — Draft of 20" + Nbsp + "February 2026",
            HeaderText(DocxWriter.Write(draft, new DocxOptions(new DateTime(2026, 2, 20)))));
        Assert.EndsWith("Draft of 4" + Nbsp + "February 2026", HeaderText(DocxWriter.Write(draft)));
        Assert.Equal("Agreement between the Government of the United States of America and the Government of Japan on Critical Minerals", HeaderText(DocxWriter.Write(draft with { Signed = null })));

        using var document = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(draft)), false);
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(main.GetIdOfPart(main.HeaderParts.Single()), section.GetFirstChild<HeaderReference>()!.Id!.Value);
        Assert.Equal("Header", main.HeaderParts.Single().Header.Descendants<ParagraphStyleId>().Single().Val!.Value);
    }

    [Fact]
    public void A_reference_document_gives_its_styles_and_page_setup_and_the_draft_its_content()
    {
        var reference = ReferenceDocument.Load(ReferenceDocx.Create(), "reference.docx");
        var bytes = DocxWriter.Write(Build("US-JP-2026"), new DocxOptions(null, reference));
        Assert.Equal(bytes, DocxWriter.Write(Build("US-JP-2026"), new DocxOptions(null, reference)));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal(ReferenceDocx.HeadingFont, styles["Heading1"].StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal(ReferenceDocx.BodyFont, styles["Normal"].StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal("36", styles["Header"].StyleRunProperties!.FontSize!.Val!.Value);

        // Styles the reference lacks come from the defaults, based on its Normal; no default font sneaks in.
        Assert.Equal("Normal", styles["Point"].BasedOn!.Val!.Value);
        Assert.DoesNotContain("Times New Roman", main.StyleDefinitionsPart.Styles.OuterXml, StringComparison.Ordinal);

        var body = main.Document.Body!;
        Assert.Contains(body.Elements<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1" && p.InnerText.StartsWith("Article" + Nbsp + "1", StringComparison.Ordinal));
        Assert.Equal("Header", main.HeaderParts.Single().Header.Descendants<ParagraphStyleId>().Single().Val!.Value);

        var section = body.Elements<SectionProperties>().Single();
        Assert.Equal(12240U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(1800U, section.GetFirstChild<PageMargin>()!.Left!.Value);
        Assert.NotNull(section.GetFirstChild<HeaderReference>());
        Assert.NotNull(section.GetFirstChild<FooterReference>());

        // The reference's own list survives, and the draft's lists come after it.
        var numbering = main.NumberingDefinitionsPart!.Numbering;
        Assert.Equal([1, 2], numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId!.Value));
        Assert.Equal(1, numbering.Elements<NumberingInstance>().First().NumberID!.Value);
        Assert.DoesNotContain(body.Descendants<NumberingId>(), n => n.Val!.Value == 1);

        // Its content is not copied.
        Assert.DoesNotContain(ReferenceDocx.Content, body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_document_from_a_localised_Word_is_matched_by_style_name()
    {
        var reference = ReferenceDocument.Load(ReferenceDocx.Create(headingId: "berschrift1"), "reference.docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(Build("US-JP-2026"), new DocxOptions(null, reference))), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Elements<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "berschrift1");
        Assert.DoesNotContain(body.Elements<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1");
        var annexHeading = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "AnnexHeading");
        Assert.Equal("berschrift1", annexHeading.BasedOn!.Val!.Value);
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_refused_in_one_line()
    {
        var notDocx = Assert.Throws<ReferenceDocumentException>(() => ReferenceDocument.Load("plain text"u8.ToArray(), "notes.txt"));
        Assert.StartsWith("reference document 'notes.txt' is not a Word document (.docx)", notDocx.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', notDocx.Message);
        var missing = Assert.Throws<ReferenceDocumentException>(() => ReferenceDocument.Load(Path.Combine(Path.GetTempPath(), "agr-no-such-" + Guid.NewGuid().ToString("N") + ".docx")));
        Assert.StartsWith("cannot read reference document", missing.Message, StringComparison.Ordinal);
    }

    private static Draft Build(string name) => new DraftRenderer().Build(Forge.Model, Forge.Agreement(name));

    private static WordprocessingDocument Open(string name) =>
        WordprocessingDocument.Open(new MemoryStream(new DraftRenderer().Render(Build(name), DraftFormat.Docx)), false);

    private static void AssertValid(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();
        Assert.Empty(errors);
    }

    private static string HeaderText(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return document.MainDocumentPart!.HeaderParts.Single().Header.InnerText;
    }

    private static string BookmarkedText(BookmarkStart start)
    {
        var text = "";
        for (var node = start.NextSibling(); node is not null && !(node is BookmarkEnd end && end.Id == start.Id); node = node.NextSibling())
        {
            text += node.InnerText;
        }

        return text;
    }

    /// <summary>The draft's plain text back from the Word text.</summary>
    private static string Plain(string text) =>
        text.Replace(Nbsp, ' ').Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'');

    private static Draft Synthetic(ImmutableArray<DraftArticle> articles, ImmutableArray<DraftAnnex> annexes = default) =>
        new("T", "Test", "Agreement", "bilateral", true, null, null, [], [], [], "Have agreed as follows:", articles, [], [], annexes.IsDefault ? [] : annexes);
}

/// <summary>A reference document as a law firm's would be: Normal and Heading 1 in distinctive fonts, a large Header
/// style, US Letter with wide margins, a list of its own, and some content that must not be copied.</summary>
internal static class ReferenceDocx
{
    public const string BodyFont = "Courier New";
    public const string HeadingFont = "Arial Black";
    public const string Content = "This text of the reference document must not appear.";

    public static byte[] Create(string headingId = "Heading1")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new FontSize { Val = "22" }))),
                new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont }))
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "Normal",
                    Default = true,
                },
                new Style(
                    new StyleName { Val = "heading 1" },
                    new BasedOn { Val = "Normal" },
                    new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
                    new StyleRunProperties(new RunFonts { Ascii = HeadingFont, HighAnsi = HeadingFont }, new Color { Val = "1F3864" }))
                {
                    Type = StyleValues.Paragraph,
                    StyleId = headingId,
                },
                new Style(new StyleName { Val = "header" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new FontSize { Val = "36" }))
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "Header",
                });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            main.Document = new Document(new Body(
                new Paragraph(new Run(new WText(Content))),
                new SectionProperties(
                    new PageSize { Width = 12240U, Height = 15840U },
                    new PageMargin { Top = 1440, Right = 1800U, Bottom = 1440, Left = 1800U, Header = 720U, Footer = 720U, Gutter = 0U })));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
