using System.Text;
using DiffPlex;

namespace AgreementLang.Rendering.Redline;

/// <summary>The two diffs a redline is made of, both on DiffPlex: the alignment of two sequences of provisions
/// (by a key that names each one), and the words of one provision's old and new text.</summary>
internal static class TextDiff
{
    /// <summary>Where the sequences differ: <c>Old[OldStart..+OldCount]</c> was replaced by
    /// <c>New[NewStart..+NewCount]</c>; everything between blocks is equal, in order.</summary>
    public readonly record struct Block(int OldStart, int OldCount, int NewStart, int NewCount);

    private static readonly Differ Differ = new();

    /// <summary>Aligns two sequences of keys (no key may hold U+0001).</summary>
    public static IReadOnlyList<Block> Align(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.Count == 0 && after.Count == 0)
        {
            return [];
        }

        // DiffPlex diffs texts cut into pieces by a chunker: the keys joined, cut again.
        const char separator = '\u0001';
        var result = Differ.CreateCustomDiffs(string.Join(separator, before), string.Join(separator, after), false, false,
            text => text.Length == 0 ? [] : text.Split(separator));
        return result.DiffBlocks.Select(b => new Block(b.DeleteStartA, b.DeleteCountA, b.InsertStartB, b.InsertCountB)).ToList();
    }

    /// <summary>The new text with the words that changed marked (<see cref="Marks"/>): deleted words before the
    /// inserted ones that replace them, spaces between two changes absorbed into them, so that a reader sees
    /// "⟦del 110.00⟧⟦ins 120.00⟧" rather than a word-by-word patchwork.</summary>
    public static string Words(string before, string after)
    {
        if (before == after)
        {
            return after;
        }

        var old = Tokens(before);
        var @new = Tokens(after);
        var blocks = Align(old, @new);
        var result = new StringBuilder(after.Length + 16);
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        var (x, y) = (0, 0);
        for (var k = 0; k < blocks.Count; k++)
        {
            var block = blocks[k];
            var equal = string.Concat(@new.Skip(y).Take(block.NewStart - y));
            if (deleted.Length + inserted.Length > 0 && equal.Length > 0 && equal.All(char.IsWhiteSpace))
            {
                // Only a space between this change and the last: one change.
                deleted.Append(equal);
                inserted.Append(equal);
            }
            else
            {
                Flush(result, deleted, inserted);
                result.Append(equal);
            }

            deleted.Append(string.Concat(old.Skip(block.OldStart).Take(block.OldCount)));
            inserted.Append(string.Concat(@new.Skip(block.NewStart).Take(block.NewCount)));
            (x, y) = (block.OldStart + block.OldCount, block.NewStart + block.NewCount);
        }

        Flush(result, deleted, inserted);
        result.Append(string.Concat(@new.Skip(y)));
        return result.ToString();
    }

    /// <summary>How alike two texts are, from 0 (no word in common) to 1 (the same words): above one half, a changed
    /// provision is shown word by word; below, as deleted and inserted whole.</summary>
    public static double Likeness(string before, string after)
    {
        var old = Tokens(before).Where(t => !char.IsWhiteSpace(t[0])).ToList();
        var @new = Tokens(after).Where(t => !char.IsWhiteSpace(t[0])).ToList();
        if (old.Count + @new.Count == 0)
        {
            return 1;
        }

        var changed = Align(old, @new).Sum(b => b.OldCount + b.NewCount);
        return 1 - ((double)changed / (old.Count + @new.Count));
    }

    private static void Flush(StringBuilder result, StringBuilder deleted, StringBuilder inserted)
    {
        result.Append(Marks.Delete(deleted.ToString())).Append(Marks.Insert(inserted.ToString()));
        deleted.Clear();
        inserted.Clear();
    }

    /// <summary>Words, and the runs of spaces between them, so that the text keeps its own spacing; a word's
    /// closing punctuation is a token of its own ("USD 110.00," changes in the figure, not in the comma).</summary>
    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || Class(text[i]) != Class(text[i - 1]) || Class(text[i]) == 2)
            {
                tokens.Add(text.Substring(start, i - start));
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>0 for white space, 2 for punctuation that ends or opens a word (each its own token), 1 otherwise.</summary>
    private static int Class(char c) => char.IsWhiteSpace(c) ? 0 : c is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' ? 2 : 1;
}
