using System.Text;

namespace AgreementLang.Rendering.Redline;

/// <summary>How a redline travels through the ordinary writers: the merged draft's texts carry private-use
/// characters that open and close an insertion or a deletion, and a mark at the start of a provision that was
/// inserted or deleted whole. The writers (templates, Word) treat them as letters; each format then turns them
/// into its own markup (<c>&lt;ins&gt;</c>, <c>w:ins</c>…). A draft whose own text holds one of these characters
/// (a string of the sources may) is refused by <see cref="RedlineDraft.Compare"/> rather than marked wrongly.</summary>
internal static class Marks
{
    public const char InsertStart = '\uE000';
    public const char InsertEnd = '\uE001';
    public const char DeleteStart = '\uE002';
    public const char DeleteEnd = '\uE003';

    /// <summary>At the start of a provision's text: the whole provision (its paragraph mark too) was inserted.</summary>
    public const char InsertedWhole = '\uE004';

    /// <summary>At the start of a provision's text: the whole provision was deleted.</summary>
    public const char DeletedWhole = '\uE005';

    /// <summary><paramref name="text"/> marked as inserted or deleted whole when <paramref name="model"/> is (a
    /// signature line under its caption); nothing under a caption that is only a mark (an empty block).</summary>
    public static string Like(string model, string text) =>
        !Any(model) ? text
        : Strip(model).Length == 0 ? ""
        : model.Contains(InsertedWhole, StringComparison.Ordinal) ? InsertWhole(text)
        : model.Contains(DeletedWhole, StringComparison.Ordinal) ? DeleteWhole(text)
        : text;

    /// <summary>The first text of the draft that holds a mark, or null.</summary>
    public static string? FirstIn(Legal.Draft draft)
    {
        IEnumerable<string> Paragraphs(IEnumerable<Legal.DraftParagraph> paragraphs) =>
            paragraphs.SelectMany(p => p.Items.Select(i => i.Text).Prepend(p.Text));

        var texts = new[] { draft.Title, draft.Formula }
            .Concat(Paragraphs(draft.Preamble))
            .Concat(draft.Articles.SelectMany(a => Paragraphs(a.Paragraphs).Prepend(a.Heading)))
            .Concat(Paragraphs(draft.Closing))
            .Concat(draft.Signatures.Select(s => s.Caption))
            .Concat(draft.Annexes.SelectMany(a => a.Notes.Prepend(a.Heading).Concat(a.Tables.SelectMany(t =>
                t.Rows.SelectMany(r => r).Concat(t.Columns).Append(t.Caption ?? "")))));
        return texts.FirstOrDefault(Any);
    }

    public static bool IsMark(char c) => c is >= InsertStart and <= DeletedWhole;

    public static bool Any(string text) => text.AsSpan().IndexOfAnyInRange(InsertStart, DeletedWhole) >= 0;

    public static string Insert(string text) => text.Length == 0 ? text : InsertStart + text + InsertEnd;

    public static string Delete(string text) => text.Length == 0 ? text : DeleteStart + text + DeleteEnd;

    public static string InsertWhole(string text) => InsertedWhole + Insert(text);

    public static string DeleteWhole(string text) => DeletedWhole + Delete(text);

    /// <summary>The text with every change accepted: insertions kept, deletions dropped, no marks.</summary>
    public static string Accept(string text) => Side(text, keepInserted: true);

    /// <summary>The text with every change rejected: deletions kept, insertions dropped, no marks.</summary>
    public static string Reject(string text) => Side(text, keepInserted: false);

    /// <summary>The text with no marks at all (insertions and deletions both kept): what a mark-free copy of a
    /// text must never contain.</summary>
    public static string Strip(string text)
    {
        if (!Any(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsMark(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static string Side(string text, bool keepInserted)
    {
        if (!Any(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var state = Change.None;
        foreach (var c in text)
        {
            state = Next(state, c, out var isMark);
            if (!isMark && (state == Change.None || (state == Change.Inserted) == keepInserted))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>The state after <paramref name="c"/>; <paramref name="isMark"/> when it is a mark, not text.</summary>
    public static Change Next(Change state, char c, out bool isMark)
    {
        isMark = IsMark(c);
        return c switch
        {
            InsertStart => Change.Inserted,
            DeleteStart => Change.Deleted,
            InsertEnd or DeleteEnd => Change.None,
            _ => state,
        };
    }
}

/// <summary>What a stretch of a redline's text is.</summary>
internal enum Change
{
    None,
    Inserted,
    Deleted,
}
