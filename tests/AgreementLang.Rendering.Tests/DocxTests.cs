using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementLang.Rendering.Tests;

public class DocxTests
{
    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void OpenXmlValidator_reports_no_error(string name)
    {
        var renderer = new DraftRenderer();
        var bytes = renderer.Render(renderer.Build(Forge.Model, Forge.Agreement(name)), DraftFormat.Docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.Empty(errors);
    }

    [Fact]
    public void Articles_use_heading_styles_and_the_footer_numbers_pages()
    {
        var renderer = new DraftRenderer();
        var bytes = renderer.Render(renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026")), DraftFormat.Docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = document.MainDocumentPart!;
        var headings = main.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText)
            .ToArray();
        Assert.Equal("Article 1 — Definitions", headings[0]);
        Assert.Contains("Article 10 — Final Provisions", headings);
        Assert.Equal(4, main.Document.Body.Elements<Table>().Count(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "AnnexTable"));
        Assert.Contains(main.FooterParts.Single().Footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.NotNull(main.StyleDefinitionsPart!.Styles!.Elements<Style>().SingleOrDefault(s => s.StyleId == "Heading1" && s.StyleParagraphProperties?.OutlineLevel?.Val?.Value == 0));
    }
}
