namespace AgreementLang.Syntax;

/// <summary>Every keyword the parser knows. A name token refuses a keyword, so the set must be whole before the
/// first name is read, however little of the grammar has been built by then (each clause family's parsers are built
/// on first use): the words are therefore listed here, and a test checks that the list is exactly the words the
/// grammar's parsers register when they are built (and the drift test, that it agrees with grammar/agreement.ebnf).</summary>
internal static class Keywords
{
    private static readonly object Gate = new();

    /// <summary>The words of the grammar's keyword parsers (<see cref="Tokens.Keyword"/>, <see cref="Tokens.KeywordName"/>,
    /// <see cref="Tokens.OneOf"/>), in ordinal order.</summary>
    internal static readonly string[] Listed =
    {
        "LCE", "REO", "accession", "action", "adjustable", "after", "against", "agent", "agreed", "agreement", "all",
        "amendment", "amends", "amount", "an", "annually", "appropriations", "area", "areas", "as", "assignment",
        "at", "base", "be", "below", "bilateral", "billion", "binding", "borrower", "buyer", "by", "cap", "capacity",
        "capital", "chair", "change", "clawback", "co-funder", "commercial", "common", "company", "concessional",
        "confidentiality", "consigned", "contained", "content", "conversion", "convertible", "cost", "customs", "day",
        "days", "depositary", "dispute-resolution", "duties", "earnings", "enforced", "entity", "entry", "equity",
        "escalator", "establishes", "except", "exchange", "excluded", "expires", "export", "facility", "favoured",
        "financing", "floor", "for", "force", "foreign", "framework", "free-trade", "from", "governing-law", "grant",
        "gross", "guarantee", "guarantor", "heading", "held", "holds", "hs", "import", "imports", "in", "indefinite",
        "institution", "instrument", "into", "investor", "kind", "least", "lender", "line", "loan", "market",
        "members", "memorandum", "million", "mineral", "minimum", "month", "monthly", "months", "most", "nation",
        "net", "no", "non-binding", "non-market", "non-members", "not", "notice", "notifications", "obligation",
        "observer", "of", "offtake", "on", "only", "or", "origin", "owned", "participant", "party", "payment", "per",
        "plan", "plurilateral", "preferred", "price", "price-gap", "private", "proceeds", "producer", "provision",
        "public-body", "quarterly", "quota", "rate", "reference", "release", "remove", "requires", "review",
        "semi-annually", "share", "signature", "signed", "stage", "staging", "stockpile", "tariff", "tax", "term",
        "thousand", "threshold", "to", "transaction", "under", "union", "unions", "until", "up", "upside", "use",
        "value", "warrants", "withdrawal", "within", "year", "years", "zone",
    };

    // Copy-on-write: every name token asks whether it is a keyword, so reads take no lock. Words beyond the list are
    // only added by Grammar.EnsureBuilt (the unit words, which the parser reads as names).
    private static volatile HashSet<string> _words = new(Listed, StringComparer.Ordinal);

    // The words the grammar's parsers registered as they were built, for the test that compares them with the list.
    private static readonly HashSet<string> _registered = new(StringComparer.Ordinal);

    public static void Register(string word)
    {
        lock (Gate)
        {
            _registered.Add(word);
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

    /// <summary>The words registered so far by the parsers built (all of them after <see cref="Grammar.EnsureBuilt"/>).</summary>
    internal static IReadOnlyCollection<string> Registered
    {
        get
        {
            lock (Gate)
            {
                return _registered.OrderBy(w => w, StringComparer.Ordinal).ToArray();
            }
        }
    }

    public static bool IsKeyword(string word) => _words.Contains(word);
}
