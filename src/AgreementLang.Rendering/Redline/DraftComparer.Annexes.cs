using System.Collections.Immutable;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.Redline;

/// <summary>The parts of a draft that are not articles: annexes (their tables row by row, then cell by cell, and
/// their notes) and the signature blocks.</summary>
internal sealed partial class DraftComparer
{
    private ImmutableArray<DraftAnnex> Annexes(ImmutableArray<DraftAnnex> before, ImmutableArray<DraftAnnex> after)
    {
        var merged = ImmutableArray.CreateBuilder<DraftAnnex>();
        Walk(Keys(before, a => a.Family), Keys(after, a => a.Family),
            (i, j) =>
            {
                var (old, @new) = (before[i], after[j]);
                merged.Add(@new with
                {
                    Label = Label(old.Label, @new.Label)!,
                    Heading = Words(old.Heading, @new.Heading, @new.Label + ", heading", @new.EId),
                    Notes = Texts(old.Notes, @new.Notes, @new.Label + ", notes", @new.EId),
                    Tables = Tables(old.Tables, @new.Tables, @new),
                });
            },
            i =>
            {
                var annex = before[i];
                _changes.Add(new DraftChange(DraftChangeKind.Deleted, annex.Label + " (" + annex.Heading + ")", DeletedId + annex.EId));
                merged.Add(annex with
                {
                    Label = Marks.DeleteWhole(annex.Label),
                    Heading = Marks.Delete(annex.Heading),
                    EId = DeletedId + annex.EId,
                    Notes = [.. annex.Notes.Select(Marks.DeleteWhole)],
                    Tables = [.. annex.Tables.Select(t => Whole(t, deleted: true))],
                });
            },
            j =>
            {
                var annex = after[j];
                _changes.Add(new DraftChange(DraftChangeKind.Inserted, annex.Label + " (" + annex.Heading + ")", annex.EId));
                merged.Add(annex with
                {
                    Label = Marks.InsertWhole(annex.Label),
                    Heading = Marks.Insert(annex.Heading),
                    Notes = [.. annex.Notes.Select(Marks.InsertWhole)],
                    Tables = [.. annex.Tables.Select(t => Whole(t, deleted: false))],
                });
            },
            pairable: (_, _) => false);
        return merged.ToImmutable();
    }

    /// <summary>Lines of text such as an annex's notes: matched by their words, changes named after their part.</summary>
    private ImmutableArray<string> Texts(ImmutableArray<string> before, ImmutableArray<string> after, string where, string anchor)
    {
        var merged = new List<string>();
        var changed = false;
        Walk(Keys(before, t => t), Keys(after, t => t),
            (i, j) =>
            {
                changed |= before[i] != after[j];
                merged.Add(TextDiff.Words(before[i], after[j]));
            },
            i =>
            {
                changed = true;
                merged.Add(Marks.DeleteWhole(before[i]));
            },
            j =>
            {
                changed = true;
                merged.Add(Marks.InsertWhole(after[j]));
            },
            pairable: (i, j) => TextDiff.Likeness(before[i], after[j]) >= Alike);
        if (changed)
        {
            _changes.Add(new DraftChange(DraftChangeKind.Changed, where, anchor));
        }

        return [.. merged];
    }

    /// <summary>Tables are matched by caption and columns; one whose columns changed is deleted and inserted whole.</summary>
    private ImmutableArray<DraftTable> Tables(ImmutableArray<DraftTable> before, ImmutableArray<DraftTable> after, DraftAnnex annex)
    {
        static string Key(DraftTable t) => (t.Caption ?? "") + "\u0002" + string.Join("\u0002", t.Columns);
        var merged = ImmutableArray.CreateBuilder<DraftTable>();
        var changed = false;
        Walk(Keys(before, Key), Keys(after, Key),
            (i, j) =>
            {
                var (rows, any) = Rows(before[i], after[j]);
                changed |= any;
                merged.Add(rows);
            },
            i =>
            {
                changed = true;
                merged.Add(Whole(before[i], deleted: true));
            },
            j =>
            {
                changed = true;
                merged.Add(Whole(after[j], deleted: false));
            },
            pairable: (_, _) => false);
        if (changed)
        {
            _changes.Add(new DraftChange(DraftChangeKind.Changed, annex.Label + ", table", annex.EId));
        }

        return merged.ToImmutable();
    }

    /// <summary>A table's rows matched by their cells; whether any changed.</summary>
    private static (DraftTable Table, bool Changed) Rows(DraftTable before, DraftTable after)
    {
        static string Key(ImmutableArray<string> row) => string.Join("\u0002", row);
        var rows = new List<ImmutableArray<string>>();
        var sources = new List<ImmutableArray<DraftSource>>();
        var any = false;
        Walk(Keys(before.Rows, Key), Keys(after.Rows, Key),
            (i, j) =>
            {
                any |= Key(before.Rows[i]) != Key(after.Rows[j]);
                rows.Add([.. after.Rows[j].Select((cell, c) => TextDiff.Words(before.Rows[i][c], cell))]);
                sources.Add(after.SourcesOf(j));
            },
            i =>
            {
                any = true;
                rows.Add([.. before.Rows[i].Select(Marks.DeleteWhole)]);
                sources.Add(before.SourcesOf(i));
            },
            j =>
            {
                any = true;
                rows.Add([.. after.Rows[j].Select(Marks.InsertWhole)]);
                sources.Add(after.SourcesOf(j));
            },
            pairable: (i, j) => before.Rows[i].Length == after.Rows[j].Length && TextDiff.Likeness(Key(before.Rows[i]), Key(after.Rows[j])) >= Alike);
        return (after with { Rows = [.. rows], RowSources = [.. sources] }, any);
    }

    private static DraftTable Whole(DraftTable table, bool deleted)
    {
        Func<string, string> mark = deleted ? Marks.DeleteWhole : Marks.InsertWhole;
        return table with
        {
            Caption = table.Caption is { } caption ? mark(caption) : null,
            Columns = [.. table.Columns.Select(mark)],
            Rows = [.. table.Rows.Select(r => r.Select(mark).ToImmutableArray())],
        };
    }

    /// <summary>The same signatories sign under captions whose words are marked; when the signatories change, the
    /// old blocks are deleted and the new inserted, each set in rows of its own (Word's tracked rows), so that
    /// accepting or rejecting gives the blocks of one version exactly.</summary>
    private ImmutableArray<DraftSignature> Signatures(ImmutableArray<DraftSignature> before, ImmutableArray<DraftSignature> after, string anchor)
    {
        if (before.Select(s => s.PartyId).SequenceEqual(after.Select(s => s.PartyId)))
        {
            return [.. after.Select((s, i) => s with { Caption = Words(before[i].Caption, s.Caption, "Signatures", anchor) })];
        }

        _changes.Add(new DraftChange(DraftChangeKind.Changed, "Signatures", anchor));
        var merged = before.Select(s => s with { Caption = Marks.DeleteWhole(s.Caption) }).ToList();
        if (merged.Count % 2 == 1)
        {
            // A block of nothing, so that no row holds an old and a new signatory.
            merged.Add(new DraftSignature("", Marks.DeletedWhole.ToString()));
        }

        merged.AddRange(after.Select(s => s with { Caption = Marks.InsertWhole(s.Caption) }));
        return [.. merged];
    }
}
