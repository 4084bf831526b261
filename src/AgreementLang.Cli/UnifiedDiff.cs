using System.Text;

namespace AgreementLang.Cli;

/// <summary>A unified diff (<c>diff -u</c>, three lines of context) of two texts, line by line. Lines break at LF, CR
/// or CRLF; the diff prints them with LF, and marks a last line without a line break with
/// <c>\ No newline at end of file</c>, so that <c>patch</c> and <c>git apply</c> read it.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Above this many cells the middle (what remains once the common first and last lines are set aside)
    /// is not aligned line by line but shown as removed and added whole: still a correct diff, only longer.</summary>
    private const long MaxCells = 4_000_000;

    private enum Kind { Same, Removed, Added }

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var edits = Edits(a, b);
        if (edits.All(e => e.Kind == Kind.Same))
        {
            return "";
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == Kind.Same)
            {
                i++;
                continue;
            }

            // A hunk: from Context lines before this change to Context lines after the last change that is no more
            // than 2 * Context unchanged lines from the next.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (true)
            {
                while (end < edits.Count && edits[end].Kind != Kind.Same)
                {
                    end++;
                }

                var next = end;
                while (next < edits.Count && edits[next].Kind == Kind.Same)
                {
                    next++;
                }

                if (next < edits.Count && next - end <= 2 * Context)
                {
                    end = next;
                    continue;
                }

                break;
            }

            var stop = Math.Min(edits.Count, end + Context);
            var hunk = edits.GetRange(start, stop - start);
            var oldStart = edits[start].OldIndex;
            var newStart = edits[start].NewIndex;
            var oldCount = hunk.Count(e => e.Kind != Kind.Added);
            var newCount = hunk.Count(e => e.Kind != Kind.Removed);
            output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
            foreach (var edit in hunk)
            {
                var line = edit.Kind == Kind.Added ? b[edit.NewIndex] : a[edit.OldIndex];
                output.Append(edit.Kind switch { Kind.Same => ' ', Kind.Removed => '-', _ => '+' }).Append(line.Text).Append('\n');
                if (!line.Terminated)
                {
                    output.Append("\\ No newline at end of file\n");
                }
            }

            i = stop;
        }

        return output.ToString();
    }

    private static string Range(int start, int count) =>
        count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    private readonly record struct Line(string Text, bool Terminated);

    private readonly record struct Edit(Kind Kind, int OldIndex, int NewIndex);

    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(new Line(text.Substring(start, i - start), true));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new Line(text.Substring(start), false));
        }

        return lines;
    }

    /// <summary>The edit script: common first and last lines, and a longest common subsequence of the rest.</summary>
    private static List<Edit> Edits(List<Line> a, List<Line> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var edits = new List<Edit>();
        for (var k = 0; k < prefix; k++)
        {
            edits.Add(new Edit(Kind.Same, k, k));
        }

        int n = a.Count - prefix - suffix, m = b.Count - prefix - suffix;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            for (var k = 0; k < n; k++)
            {
                edits.Add(new Edit(Kind.Removed, prefix + k, prefix));
            }

            for (var k = 0; k < m; k++)
            {
                edits.Add(new Edit(Kind.Added, prefix + n, prefix + k));
            }
        }
        else
        {
            // lcs[x, y]: the length of a longest common subsequence of a[prefix + x..] and b[prefix + y..].
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
            {
                for (var y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            int i = 0, j = 0;
            while (i < n || j < m)
            {
                if (i < n && j < m && a[prefix + i] == b[prefix + j])
                {
                    edits.Add(new Edit(Kind.Same, prefix + i++, prefix + j++));
                }
                else if (j < m && (i == n || lcs[i, j + 1] > lcs[i + 1, j]))
                {
                    edits.Add(new Edit(Kind.Added, prefix + i, prefix + j++));
                }
                else
                {
                    edits.Add(new Edit(Kind.Removed, prefix + i++, prefix + j));
                }
            }
        }

        for (var k = suffix; k > 0; k--)
        {
            edits.Add(new Edit(Kind.Same, a.Count - k, b.Count - k));
        }

        return edits;
    }
}
