using System.Runtime.CompilerServices;
using Sprache;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>The token-level primitives of the grammar, written as plain <see cref="Parser{T}"/> delegates over
/// <see cref="SourceInput"/>: each skips the spaces before its token and jumps over the whole token at once,
/// instead of composing one character at a time (measured about eight times faster, with a tenth of the
/// allocations). A failure is reported at the input it was given, so Sprache's XOr and XOptional see that no
/// input was consumed; a malformed literal is reported past its end, so it wins over the alternatives.</summary>
internal static partial class Tokens
{
    /// <summary>A keyword: exactly this word, not the start of a longer name. It yields only where the word
    /// is: most keywords merely introduce a value, and a name object for each was a tenth of the parse's garbage.
    /// <see cref="KeywordName"/> gives the word as a name where the grammar keeps it.</summary>
    public static Parser<TextSpan> Keyword(string word)
    {
        Keywords.Register(word);
        var expected = new[] { "'" + word + "'" };
        return [MethodImpl(Jit.Optimized)] (input) =>
        {
            var source = (SourceInput)input;
            var start = Lexical.SkipSpaces(source.Source, source.Position);
            return IsWordAt(source.Source, start, word)
                ? source.SpanToken(start, start + word.Length)
                : Results.Failure<TextSpan>(input, "unexpected token", expected);
        };
    }

    /// <summary>A keyword kept as a name in the tree (a period, a unit, a kind).</summary>
    public static Parser<NameSyntax> KeywordName(string word)
    {
        Keywords.Register(word);
        var expected = new[] { "'" + word + "'" };
        return [MethodImpl(Jit.Optimized)] (input) =>
        {
            var source = (SourceInput)input;
            var start = Lexical.SkipSpaces(source.Source, source.Position);
            var end = start + word.Length;
            return IsWordAt(source.Source, start, word)
                ? source.Token(new NameSyntax(word, Lexical.Span(start, end)), end)
                : Results.Failure<NameSyntax>(input, "unexpected token", expected);
        };
    }

    /// <summary>Whether <paramref name="word"/> is written at <paramref name="start"/>, not as the start of a
    /// longer name.</summary>
    [MethodImpl(Jit.Optimized)]
    private static bool IsWordAt(string s, int start, string word)
    {
        var end = start + word.Length;
        if (end > s.Length || string.CompareOrdinal(s, start, word, 0, word.Length) != 0)
        {
            return false;
        }

        return !Lexical.IsNamePart(word[word.Length - 1]) || end >= s.Length ||
               !(Lexical.IsNamePart(s[end]) || (s[end] == '-' && end + 1 < s.Length && Lexical.IsNamePart(s[end + 1])));
    }

    // The words behind a description such as "a period such as quarterly", for the did-you-mean of a misspelt
    // keyword ("review quartely"). Written only while the grammar's static fields are built.
    private static readonly Dictionary<string, string[]> WordsByDescription = new(StringComparer.Ordinal);
    private static readonly object WordsGate = new();

    /// <summary>The keywords a negotiator may have meant when an expectation is not met: the word of a quoted
    /// expectation ('reference price' gives reference) or the words registered for a description.</summary>
    public static IEnumerable<string> CandidateWords(string expectation)
    {
        if (expectation.Length > 2 && expectation[0] == '\'')
        {
            var end = expectation.IndexOfAny(new[] { ' ', '\'' }, 1);
            return new[] { expectation.Substring(1, (end < 0 ? expectation.Length : end) - 1) };
        }

        lock (WordsGate)
        {
            return WordsByDescription.TryGetValue(expectation, out var words) ? words : Array.Empty<string>();
        }
    }

    /// <summary>Names what a parser expects in the words of a negotiator (Sprache's Named: it applies when the
    /// parser fails without consuming input, so a failure further in keeps its precise expectation), and records
    /// the keywords it accepts for did-you-mean.</summary>
    public static Parser<T> Describe<T>(this Parser<T> parser, string description, params string[] words)
    {
        lock (WordsGate)
        {
            WordsByDescription[description] = words;
        }

        return parser.Named(description);
    }

    /// <summary>One of several keywords, returned as written.</summary>
    public static Parser<NameSyntax> OneOf(string description, params string[] words)
    {
        lock (WordsGate)
        {
            WordsByDescription[description] = words;
        }

        var parsers = words.Select(KeywordName).ToArray();
        var expected = new[] { description };
        return [MethodImpl(Jit.Optimized)] (input) =>
        {
            foreach (var parser in parsers)
            {
                var result = parser(input);
                if (result.WasSuccessful)
                {
                    return result;
                }
            }

            return Results.Failure<NameSyntax>(input, "unexpected token", expected);
        };
    }

    /// <summary>Punctuation such as <c>-&gt;</c>, <c>=</c>, <c>+</c> or <c>,</c>.</summary>
    public static Parser<TextSpan> Symbol(string symbol)
    {
        var expected = new[] { "'" + symbol + "'" };
        return [MethodImpl(Jit.Optimized)] (input) =>
        {
            var source = (SourceInput)input;
            var s = source.Source;
            var start = Lexical.SkipSpaces(s, source.Position);
            if (start + symbol.Length <= s.Length && string.CompareOrdinal(s, start, symbol, 0, symbol.Length) == 0)
            {
                return source.SpanToken(start, start + symbol.Length);
            }

            return Results.Failure<TextSpan>(input, "unexpected token", expected);
        };
    }

    /// <summary>A name that is not a keyword (a party code, a mineral, an agreement's identifier).</summary>
    public static Parser<NameSyntax> Name(string description) => Name(description, allowKeywords: false);

    public static Parser<NameSyntax> Name(string description, bool allowKeywords)
    {
        var expected = new[] { description };
        return [MethodImpl(Jit.Optimized)] (input) =>
        {
            var source = (SourceInput)input;
            var s = source.Source;
            var start = Lexical.SkipSpaces(s, source.Position);
            var end = Lexical.ScanName(s, start);
            if (end > start)
            {
                var text = source.Names.Get(s, start, end - start);
                if (allowKeywords || !Keywords.IsKeyword(text))
                {
                    return source.Token(new NameSyntax(text, Lexical.Span(start, end)), end);
                }
            }

            return Results.Failure<NameSyntax>(input, "unexpected token", expected);
        };
    }
}
