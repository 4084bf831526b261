using System.Collections.Immutable;
using AgreementLang.Rendering.Docx;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.Redline;

/// <summary>Compares two drafts of one agreement on the draft model, not on their text: articles and annexes are
/// matched by the part of the instrument they hold (their family, not their number), then paragraphs and rows by
/// their words, then the words of each changed provision. An article inserted before others renumbers them; their
/// labels show the old and new number, and nothing else of theirs is marked. The result is the new draft with every
/// change marked in its texts (<see cref="Marks"/>), and the list of provisions that changed.</summary>
internal sealed partial class DraftComparer
{
    /// <summary>Below this likeness two provisions in the same place are shown as one deleted and one inserted.</summary>
    private const double Alike = 0.5;

    private const string DeletedId = "deleted__";

    private readonly List<DraftChange> _changes = [];

    /// <summary>The id of the whole draft in HTML: where a change to a provision without an id of its own links.</summary>
    private string _name = "";

    public static (Draft Merged, IReadOnlyList<DraftChange> Changes) Compare(Draft before, Draft after)
    {
        var comparer = new DraftComparer();
        var merged = comparer.Merge(before, after);
        return (merged, comparer._changes);
    }

    private Draft Merge(Draft before, Draft after)
    {
        _name = after.Name;
        var title = Words(before.Title, after.Title, "Title", after.Name);
        var preamble = Paragraphs(before.Preamble, after.Preamble, numbered: false, "Preamble", "recital");
        var formula = Words(before.Formula, after.Formula, "Preamble, closing formula", after.Name);
        var articles = Articles(before.Articles, after.Articles);
        var closing = Paragraphs(before.Closing, after.Closing, numbered: false, "Final clauses", "paragraph");
        return after with
        {
            Title = title,
            Preamble = preamble,
            Formula = formula,
            Articles = articles,
            Closing = closing,
            Signatures = Signatures(before.Signatures, after.Signatures, after.Name),
            Annexes = Annexes(before.Annexes, after.Annexes),
        };
    }

    /// <summary>The new text with its changed words marked; a change named <paramref name="where"/> when it has any.</summary>
    private string Words(string before, string after, string where, string anchor)
    {
        if (before == after)
        {
            return after;
        }

        _changes.Add(new DraftChange(DraftChangeKind.Changed, where, anchor));
        return TextDiff.Words(before, after);
    }

    /// <summary>A label: the old and new numbers marked when they differ, never a change of its own.</summary>
    private static string? Label(string? before, string? after) =>
        before == after ? after : before is null ? Marks.Insert(after!) : after is null ? Marks.Delete(before) : TextDiff.Words(before, after);

    private ImmutableArray<DraftArticle> Articles(ImmutableArray<DraftArticle> before, ImmutableArray<DraftArticle> after)
    {
        var merged = ImmutableArray.CreateBuilder<DraftArticle>();
        Walk(Keys(before, a => a.Family), Keys(after, a => a.Family),
            (i, j) => merged.Add(Matched(before[i], after[j])),
            i =>
            {
                var article = before[i];
                _changes.Add(new DraftChange(DraftChangeKind.Deleted, article.Label + " (" + article.Heading + ")", DeletedId + article.EId));
                merged.Add(article with
                {
                    Label = Marks.DeleteWhole(article.Label),
                    Heading = Marks.Delete(article.Heading),
                    EId = DeletedId + article.EId,
                    Paragraphs = [.. article.Paragraphs.Select(p => Whole(p, deleted: true))],
                });
            },
            j =>
            {
                var article = after[j];
                _changes.Add(new DraftChange(DraftChangeKind.Inserted, article.Label + " (" + article.Heading + ")", article.EId));
                merged.Add(article with
                {
                    Label = Marks.InsertWhole(article.Label),
                    Heading = Marks.Insert(article.Heading),
                    Paragraphs = [.. article.Paragraphs.Select(p => Whole(p, deleted: false))],
                });
            },
            pairable: (_, _) => false);
        return merged.ToImmutable();
    }

    private DraftArticle Matched(DraftArticle before, DraftArticle after) => after with
    {
        Label = Label(before.Label, after.Label)!,
        Heading = Words(before.Heading, after.Heading, after.Label + ", heading", after.EId),
        Paragraphs = Paragraphs(before.Paragraphs, after.Paragraphs, numbered: true, after.Label, "paragraph"),
    };

    /// <summary>The paragraphs of one part of the draft. In an article (<paramref name="numbered"/>), several
    /// paragraphs are numbered 1, 2, … in the merged order, so that Word numbers the redline as it numbers a draft;
    /// the labels shown are the old and new ones.</summary>
    private ImmutableArray<DraftParagraph> Paragraphs(ImmutableArray<DraftParagraph> before, ImmutableArray<DraftParagraph> after, bool numbered, string part, string noun)
    {
        var merged = new List<DraftParagraph>();
        string Where(DraftParagraph p, int index) => part + ", " + noun + " " + (p.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        string Anchor(DraftParagraph p) => p.EId ?? _name;

        Walk(Keys(before, Key), Keys(after, Key),
            (i, j) =>
            {
                var (old, @new) = (before[i], after[j]);
                if (Key(old) == Key(@new))
                {
                    merged.Add(@new with { Label = Label(old.Label, @new.Label) });
                    return;
                }

                _changes.Add(new DraftChange(DraftChangeKind.Changed, Where(@new, j), Anchor(@new)));
                merged.Add(@new with
                {
                    Label = Label(old.Label, @new.Label),
                    Text = TextDiff.Words(old.Text, @new.Text),
                    Items = Items(old.Items, @new.Items),
                });
            },
            i =>
            {
                var old = before[i];
                _changes.Add(new DraftChange(DraftChangeKind.Deleted, Where(old, i), DeletedId + Anchor(old)));
                merged.Add(Whole(old, deleted: true));
            },
            j =>
            {
                _changes.Add(new DraftChange(DraftChangeKind.Inserted, Where(after[j], j), Anchor(after[j])));
                merged.Add(Whole(after[j], deleted: false));
            },
            pairable: (i, j) => TextDiff.Likeness(Key(before[i]), Key(after[j])) >= Alike);

        if (numbered && merged.Count > 1)
        {
            for (var k = 0; k < merged.Count; k++)
            {
                // The label stays as it was set (none for a paragraph that had none): the number is Word's list position.
                merged[k] = merged[k] with { Number = k + 1, Label = merged[k].Label };
            }
        }

        return [.. merged];
    }

    private static string Key(DraftParagraph paragraph) =>
        paragraph.Items.IsDefaultOrEmpty ? paragraph.Text : paragraph.Text + " " + string.Join(" ", paragraph.Items.Select(i => i.Text));

    /// <summary>The points of a changed paragraph, lettered a, b, … in the merged order (as Word letters them).</summary>
    private static ImmutableArray<DraftItem> Items(ImmutableArray<DraftItem> before, ImmutableArray<DraftItem> after)
    {
        var merged = new List<DraftItem>();
        Walk(Keys(before, i => i.Text), Keys(after, i => i.Text),
            (i, j) => merged.Add(after[j] with { Label = Label(before[i].Label, after[j].Label)!, Text = TextDiff.Words(before[i].Text, after[j].Text) }),
            i => merged.Add(Whole(before[i], deleted: true)),
            j => merged.Add(Whole(after[j], deleted: false)),
            pairable: (i, j) => TextDiff.Likeness(before[i].Text, after[j].Text) >= Alike);
        return [.. merged.Select((item, k) => new DraftItem(ParagraphNumbering.WordLetter(k), item.Text, item.Sources) { Label = item.Label, EId = item.EId })];
    }

    private static DraftParagraph Whole(DraftParagraph paragraph, bool deleted) => paragraph with
    {
        Label = paragraph.Label is { } label ? (deleted ? Marks.Delete(label) : Marks.Insert(label)) : null,
        Text = deleted ? Marks.DeleteWhole(paragraph.Text) : Marks.InsertWhole(paragraph.Text),
        Items = [.. paragraph.Items.Select(i => Whole(i, deleted))],
        EId = deleted && paragraph.EId is { } id ? DeletedId + id : paragraph.EId,
    };

    private static DraftItem Whole(DraftItem item, bool deleted) => item with
    {
        Label = deleted ? Marks.Delete(item.Label) : Marks.Insert(item.Label),
        Text = deleted ? Marks.DeleteWhole(item.Text) : Marks.InsertWhole(item.Text),
        EId = deleted && item.EId is { } id ? DeletedId + id : item.EId,
    };

    /// <summary>Keys that tell the provisions of a sequence apart: a family (or text) and its occurrence, so that
    /// two annexes of one family are matched in order.</summary>
    private static string[] Keys<T>(ImmutableArray<T> items, Func<T, string> key)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. items.Select(item =>
        {
            var k = key(item);
            seen[k] = seen.TryGetValue(k, out var n) ? n + 1 : 0;
            return seen[k] == 0 ? k : k + "#" + seen[k];
        })];
    }

    /// <summary>Walks two aligned sequences in order: equal keys are matched; in a block that differs, the provisions
    /// in the same place are matched while <paramref name="pairable"/> holds, the rest are deleted, then inserted.</summary>
    private static void Walk(string[] before, string[] after, Action<int, int> matched, Action<int> deleted, Action<int> inserted, Func<int, int, bool> pairable)
    {
        var (x, y) = (0, 0);
        foreach (var block in TextDiff.Align(before, after).Append(new TextDiff.Block(before.Length, 0, after.Length, 0)))
        {
            for (; x < block.OldStart; x++, y++)
            {
                matched(x, y);
            }

            var paired = 0;
            while (paired < block.OldCount && paired < block.NewCount && pairable(block.OldStart + paired, block.NewStart + paired))
            {
                matched(block.OldStart + paired, block.NewStart + paired);
                paired++;
            }

            for (var i = block.OldStart + paired; i < block.OldStart + block.OldCount; i++)
            {
                deleted(i);
            }

            for (var j = block.NewStart + paired; j < block.NewStart + block.NewCount; j++)
            {
                inserted(j);
            }

            (x, y) = (block.OldStart + block.OldCount, block.NewStart + block.NewCount);
        }
    }
}
