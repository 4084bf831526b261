using System.Text;
using AgreementLang.Rendering.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace AgreementLang.Rendering.Redline;

/// <summary>Turns the marks of a redline written by <see cref="DocxWriter"/> into Word's tracked changes: each run is
/// cut where a change starts or ends; inserted pieces go into <c>w:ins</c>, deleted ones into <c>w:del</c> with their
/// text as <c>w:delText</c>; a provision inserted or deleted whole has its paragraph mark marked too (so that
/// accepting or rejecting removes the paragraph, not only its words), and a table row whose cells are all inserted
/// or deleted is a tracked row. Every change names the same author and date (or none), never the clock.
///
/// The drafts' runs carry no formatting of their own (all of it comes from paragraph styles), so no change of
/// formatting (<c>w:rPrChange</c>) can arise between two drafts.</summary>
internal sealed class DocxTrackChanges
{
    private readonly string _author;
    private readonly DateTime? _date;
    private int _nextId;

    private DocxTrackChanges(string author, DateTime? date, int firstId)
    {
        _author = author;
        _date = date;
        _nextId = firstId;
    }

    public static void Apply(WordprocessingDocument document, string author, DateTime? date)
    {
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        // Change ids are kept apart from the bookmarks' ids.
        var first = body.Descendants<BookmarkStart>().Select(b => int.TryParse(b.Id?.Value, out var id) ? id : 0).DefaultIfEmpty(0).Max() + 1;
        var changes = new DocxTrackChanges(author, date, first);
        changes.Mark(body);
        foreach (var header in main.HeaderParts)
        {
            changes.Mark(header.Header);
        }

        foreach (var row in body.Descendants<TableRow>().ToList())
        {
            changes.MarkRow(row);
        }

        foreach (var table in body.Descendants<Table>().ToList())
        {
            changes.MarkSpacer(table);
        }

        // The marks themselves are gone from every text: what remains is Word's markup.
        foreach (var text in body.Descendants<WText>().Concat<OpenXmlLeafTextElement>(body.Descendants<DeletedText>()))
        {
            text.Text = Marks.Strip(text.Text);
        }

        main.Document.Save();
    }

    private void Mark(OpenXmlElement root)
    {
        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            var text = string.Concat(paragraph.Descendants<WText>().Select(t => t.Text));
            if (!Marks.Any(text))
            {
                continue;
            }

            // A cross-reference field in a changed paragraph becomes its text: Word and LibreOffice do not all show a
            // change inside a field's result, and the field's text is what the draft reads.
            foreach (var field in paragraph.Descendants<SimpleField>().ToList())
            {
                foreach (var child in field.ChildElements.ToList())
                {
                    child.Remove();
                    field.InsertBeforeSelf(child);
                }

                field.Remove();
            }

            var whole = text.Contains(Marks.InsertedWhole) ? Change.Inserted : text.Contains(Marks.DeletedWhole) ? Change.Deleted : Change.None;
            var state = Change.None;
            foreach (var run in paragraph.Descendants<Run>().ToList())
            {
                state = Split(run, state, whole);
            }

            // A cell's last paragraph mark cannot be removed: the row is tracked instead (MarkRow).
            if (whole != Change.None && paragraph.Ancestors<TableCell>().FirstOrDefault() is null)
            {
                var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
                var mark = properties.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
                mark.PrependChild<OpenXmlElement>(whole == Change.Inserted ? Stamp(new Inserted()) : Stamp(new Deleted()));
            }
        }
    }

    /// <summary>Replaces the run by runs of one state each, wrapped in <c>w:ins</c> or <c>w:del</c>; returns the state
    /// at its end (a change may go on into the next run).</summary>
    private Change Split(Run run, Change state, Change whole)
    {
        var pieces = new List<(Change State, OpenXmlElement Content)>();
        var buffer = new StringBuilder();
        void Flush()
        {
            if (buffer.Length > 0)
            {
                pieces.Add((state, new WText(buffer.ToString()) { Space = SpaceProcessingModeValues.Preserve }));
                buffer.Clear();
            }
        }

        foreach (var child in run.ChildElements.ToList())
        {
            if (child is RunProperties)
            {
                continue;
            }

            if (child is not WText text)
            {
                pieces.Add((state, child.CloneNode(true)));
                continue;
            }

            foreach (var c in text.Text)
            {
                var next = Marks.Next(state, c, out var isMark);
                if (isMark)
                {
                    if (next != state)
                    {
                        Flush();
                    }

                    state = next;
                    continue;
                }

                buffer.Append(c);
            }

            Flush();
        }

        var properties = run.RunProperties;
        var replacement = new List<OpenXmlElement>();
        foreach (var group in Groups(pieces, whole))
        {
            var piece = new Run();
            if (properties is not null)
            {
                piece.Append(properties.CloneNode(true));
            }

            foreach (var content in group.Contents)
            {
                piece.Append(group.State == Change.Deleted && content is WText deleted
                    ? new DeletedText(deleted.Text) { Space = SpaceProcessingModeValues.Preserve }
                    : content);
            }

            replacement.Add(group.State switch
            {
                Change.Inserted => Stamp(new InsertedRun(piece)),
                Change.Deleted => Stamp(new DeletedRun(piece)),
                _ => piece,
            });
        }

        foreach (var element in replacement)
        {
            run.InsertBeforeSelf(element);
        }

        run.Remove();
        return state;
    }

    /// <summary>Consecutive pieces of one state (the whole provision's, when it was inserted or deleted whole).</summary>
    private static IEnumerable<(Change State, List<OpenXmlElement> Contents)> Groups(List<(Change State, OpenXmlElement Content)> pieces, Change whole)
    {
        (Change State, List<OpenXmlElement> Contents)? current = null;
        foreach (var (state, content) in pieces)
        {
            var effective = whole != Change.None ? whole : state;
            if (current is { } open && open.State == effective)
            {
                open.Contents.Add(content);
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = (effective, [content]);
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    /// <summary>A row whose cells hold only what was inserted (or only what was deleted) is itself inserted (deleted).</summary>
    private void MarkRow(TableRow row)
    {
        var states = row.Descendants<Paragraph>()
            .Where(p => p.Descendants<InsertedRun>().Any() || p.Descendants<DeletedRun>().Any() || p.Descendants<Run>().Any())
            .Select(p => p.Descendants<Run>().All(r => r.Parent is InsertedRun) ? Change.Inserted
                : p.Descendants<Run>().All(r => r.Parent is DeletedRun) ? Change.Deleted : Change.None)
            .Distinct()
            .ToList();
        if (states.Count != 1 || states[0] == Change.None)
        {
            return;
        }

        var properties = row.TableRowProperties ??= new TableRowProperties();
        properties.Append(states[0] == Change.Inserted ? Stamp(new Inserted()) : Stamp(new Deleted()));
    }

    /// <summary>The empty paragraph that follows an annex table goes with a table inserted or deleted whole.</summary>
    private void MarkSpacer(Table table)
    {
        var rows = table.Elements<TableRow>().Select(r => r.TableRowProperties).ToList();
        var whole = rows.All(r => r?.GetFirstChild<Inserted>() is not null) ? Change.Inserted
            : rows.All(r => r?.GetFirstChild<Deleted>() is not null) ? Change.Deleted : Change.None;
        if (whole == Change.None || rows.Count == 0 || table.NextSibling() is not Paragraph spacer || spacer.Descendants<Run>().Any())
        {
            return;
        }

        var properties = spacer.ParagraphProperties ??= new ParagraphProperties();
        var mark = properties.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
        mark.PrependChild<OpenXmlElement>(whole == Change.Inserted ? Stamp(new Inserted()) : Stamp(new Deleted()));
    }

    private T Stamp<T>(T change)
        where T : OpenXmlElement
    {
        var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (change)
        {
            case InsertedRun inserted:
                (inserted.Id, inserted.Author, inserted.Date) = (id, _author, Date());
                break;
            case DeletedRun deleted:
                (deleted.Id, deleted.Author, deleted.Date) = (id, _author, Date());
                break;
            case Inserted mark:
                (mark.Id, mark.Author, mark.Date) = (id, _author, Date());
                break;
            case Deleted mark:
                (mark.Id, mark.Author, mark.Date) = (id, _author, Date());
                break;
        }

        return change;
    }

    private DateTimeValue? Date() => _date is { } date ? new DateTimeValue(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null;
}
