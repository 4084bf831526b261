using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementLang.Tests.Infrastructure;

/// <summary>Accepts or rejects every tracked change of a Word document with the OpenXML SDK, as Word's "Accept All"
/// and "Reject All" do, and reads the text of its paragraphs. It is written from the WordprocessingML standard, not
/// from the redline writer: accepting removes <c>w:del</c>, unwraps <c>w:ins</c>, drops <c>w:rPrChange</c>, removes
/// deleted rows and joins a paragraph whose mark was deleted to the next one; rejecting does the opposite.</summary>
public static class TrackedChanges
{
    /// <summary>The text of every paragraph (body, tables included, empty ones too), in order, with no change pending.</summary>
    public static IReadOnlyList<string> Accepted(byte[] docx) => Paragraphs(docx, accept: true);

    public static IReadOnlyList<string> Rejected(byte[] docx) => Paragraphs(docx, accept: false);

    /// <summary>The paragraphs of a document that tracks no change (a draft).</summary>
    public static IReadOnlyList<string> Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.False(body.Descendants<InsertedRun>().Any() || body.Descendants<DeletedRun>().Any(), "the document tracks changes");
        return Texts(body);
    }

    /// <summary>How many changes the document tracks, of each kind.</summary>
    public static (int Inserted, int Deleted, int Marks) Count(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        return (body.Descendants<InsertedRun>().Count(), body.Descendants<DeletedRun>().Count(),
            body.Descendants<Inserted>().Count() + body.Descendants<Deleted>().Count());
    }

    private static IReadOnlyList<string> Paragraphs(byte[] docx, bool accept)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using var document = WordprocessingDocument.Open(stream, true);
        var body = (Body)document.MainDocumentPart!.Document.Body!.CloneNode(true);

        // Rows first: a row tracked as removed on this side goes with everything in it.
        foreach (var row in body.Descendants<TableRow>().ToList())
        {
            var properties = row.TableRowProperties;
            if (properties is null)
            {
                continue;
            }

            if ((accept && properties.Elements<Deleted>().Any()) || (!accept && properties.Elements<Inserted>().Any()))
            {
                row.Remove();
                continue;
            }

            foreach (var mark in properties.Elements<Inserted>().Cast<OpenXmlElement>().Concat(properties.Elements<Deleted>()).ToList())
            {
                mark.Remove();
            }
        }

        // A table left without rows goes too.
        foreach (var table in body.Descendants<Table>().Where(t => !t.Elements<TableRow>().Any()).ToList())
        {
            table.Remove();
        }

        // Runs: the side's removals go, its insertions are unwrapped.
        foreach (var gone in (accept ? body.Descendants<DeletedRun>().Cast<OpenXmlElement>() : body.Descendants<InsertedRun>()).ToList())
        {
            gone.Remove();
        }

        foreach (var kept in (accept ? body.Descendants<InsertedRun>().Cast<OpenXmlElement>() : body.Descendants<DeletedRun>()).ToList())
        {
            foreach (var child in kept.ChildElements.ToList())
            {
                child.Remove();
                kept.InsertBeforeSelf(child);
            }

            kept.Remove();
        }

        foreach (var deleted in body.Descendants<DeletedText>().ToList())
        {
            Assert.False(accept, "deleted text outside w:del");
            deleted.InsertBeforeSelf(new DocumentFormat.OpenXml.Wordprocessing.Text(deleted.Text) { Space = SpaceProcessingModeValues.Preserve });
            deleted.Remove();
        }

        foreach (var change in body.Descendants<RunPropertiesChange>().ToList())
        {
            if (!accept && change.Parent is RunProperties properties && change.GetFirstChild<PreviousRunProperties>() is { } previous)
            {
                // Rejected: the run takes its formatting before the change.
                var restored = new RunProperties(previous.ChildElements.Select(e => e.CloneNode(true)));
                properties.Parent!.ReplaceChild(restored, properties);
                continue;
            }

            change.Remove();
        }

        // Paragraph marks: one removed on this side joins its paragraph to the next.
        foreach (var paragraph in body.Descendants<Paragraph>().ToList())
        {
            var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
            if (mark is null)
            {
                continue;
            }

            var removed = accept ? mark.Elements<Deleted>().Any() : mark.Elements<Inserted>().Any();
            foreach (var change in mark.Elements<Inserted>().Cast<OpenXmlElement>().Concat(mark.Elements<Deleted>()).ToList())
            {
                change.Remove();
            }

            if (removed && paragraph.NextSibling<Paragraph>() is { } next)
            {
                var content = paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList();
                var anchor = next.ParagraphProperties;
                foreach (var child in Enumerable.Reverse(content))
                {
                    child.Remove();
                    if (anchor is null)
                    {
                        next.PrependChild(child);
                    }
                    else
                    {
                        anchor.InsertAfterSelf(child);
                    }
                }

                paragraph.Remove();
            }
            else if (removed && !paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Any())
            {
                // The document's last paragraph: Word keeps its mark, and with it nothing but an empty line.
                paragraph.Remove();
            }
        }

        Assert.Empty(body.Descendants<InsertedRun>());
        Assert.Empty(body.Descendants<DeletedRun>());
        return Texts(body);
    }

    private static List<string> Texts(Body body) =>
        body.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)))
            .ToList();
}
