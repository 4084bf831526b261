namespace AgreementLang.Catalog;

/// <summary>
/// Edit distance for did-you-mean suggestions: the optimal string alignment (restricted Damerau-Levenshtein)
/// distance, counting insertions, deletions, substitutions and transpositions of two adjacent characters.
/// Characters are compared ordinally; callers that want a case-insensitive distance lower-case both strings first.
/// </summary>
internal static class EditDistance
{
    /// <summary>The optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    internal static int Between(string a, string b)
    {
        if (a is null)
        {
            throw new ArgumentNullException(nameof(a));
        }

        if (b is null)
        {
            throw new ArgumentNullException(nameof(b));
        }

        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        // Three rows of the dynamic-programming table: i - 2, i - 1 and i.
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
