namespace AgreementLang.Syntax;

/// <summary>Every keyword the parser knows. Each keyword parser registers its word here when the grammar is
/// built, so the drift test against grammar/agreement.ebnf sees exactly what the parser accepts.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal);
    private static readonly object Gate = new();

    public static void Register(string word)
    {
        lock (Gate)
        {
            Words.Add(word);
        }
    }

    public static IReadOnlyCollection<string> All
    {
        get
        {
            Grammar.EnsureBuilt();
            lock (Gate)
            {
                return Words.OrderBy(w => w, StringComparer.Ordinal).ToArray();
            }
        }
    }

    public static bool IsKeyword(string word)
    {
        lock (Gate)
        {
            return Words.Contains(word);
        }
    }
}
