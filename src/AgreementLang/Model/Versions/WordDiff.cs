using System.Text;

namespace AgreementLang.Model.Versions;

/// <summary>A word-level diff of two texts in the <c>[-removed-]{+added+}</c> style of <c>git diff --word-diff</c>:
/// a reader sees which words of an obligation changed without comparing two long strings by eye.</summary>
public static class WordDiff
{
    /// <summary>Above this many words a side the longest common subsequence (quadratic) is not computed and the
    /// whole text is shown replaced: texts of the language are sentences, and a diff must not be a denial of service.</summary>
    public const int MaxWords = 2000;

    public static string Of(string before, string after)
    {
        var a = Tokens(before);
        var b = Tokens(after);
        if (a.Count > MaxWords || b.Count > MaxWords)
        {
            return "[-" + before + "-]{+" + after + "+}";
        }

        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new StringBuilder();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                Flush(result, removed, added);
                result.Append(a[x]);
                x++;
                y++;
            }
            else if (y >= b.Count || (x < a.Count && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                removed.Append(a[x++]);
            }
            else
            {
                added.Append(b[y++]);
            }
        }

        Flush(result, removed, added);
        return result.ToString();
    }

    private static void Flush(StringBuilder result, StringBuilder removed, StringBuilder added)
    {
        if (removed.Length > 0)
        {
            result.Append("[-").Append(removed).Append("-]");
            removed.Clear();
        }

        if (added.Length > 0)
        {
            result.Append("{+").Append(added).Append("+}");
            added.Clear();
        }
    }

    /// <summary>Words and the runs of spaces between them, so that the diff keeps the text's own spacing.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]) != char.IsWhiteSpace(text[i - 1]))
            {
                tokens.Add(text.Substring(start, i - start));
                start = i;
            }
        }

        return tokens;
    }
}
