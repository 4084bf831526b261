namespace AgreementLang.Syntax;

/// <summary>Every keyword the parser knows. Each keyword parser registers its word here when the grammar is
/// built, so the drift test against grammar/agreement.ebnf sees exactly what the parser accepts.</summary>
internal static class Keywords
{
    private static readonly object Gate = new();

    // Copy-on-write: words are only added while the grammar's static fields are built, and every name token
    // asks whether it is a keyword, so reads take no lock.
    private static volatile HashSet<string> _words = new(StringComparer.Ordinal);

    public static void Register(string word)
    {
        lock (Gate)
        {
            if (!_words.Contains(word))
            {
                _words = new HashSet<string>(_words, StringComparer.Ordinal) { word };
            }
        }
    }

    public static IReadOnlyCollection<string> All
    {
        get
        {
            Grammar.EnsureBuilt();
            return _words.OrderBy(w => w, StringComparer.Ordinal).ToArray();
        }
    }

    public static bool IsKeyword(string word) => _words.Contains(word);
}
