using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>The token-level primitives of the grammar, written as plain <see cref="Parser{T}"/> delegates over
/// <see cref="SourceInput"/>: each skips the spaces before its token and jumps over the whole token at once,
/// instead of composing one character at a time (measured about eight times faster, with a tenth of the
/// allocations). A failure is reported at the input it was given, so Sprache's XOr and XOptional see that no
/// input was consumed; a malformed literal is reported past its end, so it wins over the alternatives.</summary>
internal static class Tokens
{
    private static readonly string[] NoExpectations = Array.Empty<string>();
    private static readonly decimal[] NegativePowersOfTen = NegativePowers();

    // A loop rather than Enumerable.Range(...).Select(...): LINQ over decimal is framework generic code over a value type,
    // which ReadyToRun does not precompile, and this runs at every start.
    private static decimal[] NegativePowers()
    {
        var powers = new decimal[29];
        for (var scale = 0; scale < powers.Length; scale++)
        {
            powers[scale] = new decimal(1, 0, 0, false, (byte)scale);
        }

        return powers;
    }

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

    private static readonly string[] CurrencyExpectation = { "a currency code such as USD" };
    private static readonly string[] AmountExpectation = { "a number such as 110.00 or 12,000" };
    private static readonly string[] IntegerExpectation = { "a whole number" };
    private static readonly string[] DateExpectation = { "a date such as 2026-03-01" };
    private static readonly string[] StringExpectation = { "a quoted text such as \"Project Vault\"" };
    private static readonly string[] HsExpectation = { "a tariff line such as 2846.90" };
    private static readonly string[] PercentExpectation = { "a percentage such as 40%" };

    /// <summary>An ISO 4217-shaped code: three capital letters.</summary>
    public static readonly Parser<NameSyntax> CurrencyCode = [MethodImpl(Jit.Optimized)] (input) =>
    {
        var source = (SourceInput)input;
        var s = source.Source;
        var start = Lexical.SkipSpaces(s, source.Position);
        var end = Lexical.ScanName(s, start);
        if (end - start == 3 && char.IsUpper(s[start]) && char.IsUpper(s[start + 1]) && char.IsUpper(s[start + 2]))
        {
            return source.Token(new NameSyntax(source.Names.Get(s, start, 3), Lexical.Span(start, end)), end);
        }

        return Results.Failure<NameSyntax>(input, "unexpected token", CurrencyExpectation);
    };

    /// <summary>A decimal amount with optional thousands separators: <c>12,000</c>, <c>110.00</c>.</summary>
    public static readonly Parser<NumberSyntax> Amount = [MethodImpl(Jit.Optimized)] (input) => ScanAmount(input, allowFraction: true, expectation: AmountExpectation);

    /// <summary>A whole number.</summary>
    public static readonly Parser<NumberSyntax> Integer = [MethodImpl(Jit.Optimized)] (input) => ScanAmount(input, allowFraction: false, expectation: IntegerExpectation);

    /// <summary>A percentage: an amount followed by '%'.</summary>
    public static readonly Parser<PercentSyntax> Percent = [MethodImpl(Jit.Optimized)] (input) =>
    {
        var source = (SourceInput)input;
        var s = source.Source;
        var start = Lexical.SkipSpaces(s, source.Position);
        if (start >= s.Length || !Lexical.IsDigit(s[start]))
        {
            return Results.Failure<PercentSyntax>(input, "unexpected token", PercentExpectation);
        }

        var amount = Amount(input);
        if (!amount.WasSuccessful)
        {
            return Results.Failure<PercentSyntax>(amount.Remainder, amount.Message, amount.Expectations);
        }

        var rest = (SourceInput)amount.Remainder;
        var at = Lexical.SkipSpaces(s, rest.Position);
        if (at < s.Length && s[at] == '%')
        {
            return source.Token(new PercentSyntax(amount.Value.Value, Lexical.Span(start, at + 1)), at + 1);
        }

        return Results.Failure<PercentSyntax>(input, "unexpected token", PercentExpectation);
    };

    /// <summary>A date, yyyy-mm-dd; a date-shaped token that is not a calendar date is a lexical error.</summary>
    public static readonly Parser<DateSyntax> Date = [MethodImpl(Jit.Optimized)] (input) =>
    {
        var source = (SourceInput)input;
        var s = source.Source;
        var start = Lexical.SkipSpaces(s, source.Position);
        var end = start;
        while (end < s.Length && (Lexical.IsDigit(s[end]) || s[end] == '-') && end - start < 11)
        {
            end++;
        }

        if (end - start < 8 || s.IndexOf('-', start, end - start) < 0 || !Lexical.IsDigit(s[start]))
        {
            return Results.Failure<DateSyntax>(input, "unexpected token", DateExpectation);
        }

        // Read in place: the text is copied only for a message.
        var problem = DateProblem(s, start, end - start, out var value);
        if (problem is not null)
        {
            var text = s.Substring(start, end - start);
            return LexicalError<DateSyntax>(source, start, end, DiagnosticCatalog.InvalidDate, text, problem);
        }

        return source.Token(new DateSyntax(value, Lexical.Span(start, end)), end);
    };

    /// <summary>A quoted string whose failure names what the text is for ("the party's full name in quotes").</summary>
    public static Parser<StringSyntax> QuotedText(string description)
    {
        var expected = new[] { description };
        return [MethodImpl(Jit.Optimized)] (input) =>
        {
            var result = String!(input);
            return result.WasSuccessful || !result.Remainder.Equals(input) ? result : Results.Failure<StringSyntax>(input, result.Message, expected);
        };
    }

    /// <summary>A quoted string on one line; <c>\"</c> and <c>\\</c> are its escapes.</summary>
    public static readonly Parser<StringSyntax> String = [MethodImpl(Jit.Optimized)] (input) =>
    {
        var source = (SourceInput)input;
        var s = source.Source;
        var start = Lexical.SkipSpaces(s, source.Position);
        if (start >= s.Length || s[start] != '"')
        {
            return Results.Failure<StringSyntax>(input, "unexpected token", StringExpectation);
        }

        StringBuilder? builder = null;
        var i = start + 1;
        var runStart = i;
        while (i < s.Length && !Lexical.IsLineBreak(s[i]))
        {
            var c = s[i];
            if (c == '"')
            {
                string value;
                if (builder is null)
                {
                    value = s.Substring(runStart, i - runStart);
                }
                else
                {
                    value = builder.Append(s, runStart, i - runStart).ToString();
                }

                return source.Token(new StringSyntax(value, Lexical.Span(start, i + 1)), i + 1);
            }

            if (c == '\\' && i + 1 < s.Length && (s[i + 1] == '"' || s[i + 1] == '\\'))
            {
                builder ??= new StringBuilder();
                builder.Append(s, runStart, i - runStart).Append(s[i + 1]);
                i += 2;
                runStart = i;
                continue;
            }

            i++;
        }

        var preview = s.Substring(start, Math.Min(i - start, 30)) + (i - start > 30 ? "…" : "");
        return LexicalError<StringSyntax>(source, start, i, DiagnosticCatalog.UnterminatedString, Lexical.Printable(preview));
    };

    /// <summary>An HS or national tariff line: digits in dot-separated groups, <c>2805.30.0020</c>.</summary>
    public static readonly Parser<NameSyntax> HsCode = [MethodImpl(Jit.Optimized)] (input) =>
    {
        var source = (SourceInput)input;
        var s = source.Source;
        var start = Lexical.SkipSpaces(s, source.Position);
        var end = start;
        while (end < s.Length && (Lexical.IsDigit(s[end]) || (s[end] == '.' && end + 1 < s.Length && Lexical.IsDigit(s[end + 1]) && end > start)))
        {
            end++;
        }

        if (end == start)
        {
            return Results.Failure<NameSyntax>(input, "unexpected token", HsExpectation);
        }

        return source.Token(new NameSyntax(source.Names.Get(s, start, end - start), Lexical.Span(start, end)), end);
    };

    [MethodImpl(Jit.Optimized)]
    private static IResult<NumberSyntax> ScanAmount(IInput input, bool allowFraction, string[] expectation)
    {
        var source = (SourceInput)input;
        var s = source.Source;
        var start = Lexical.SkipSpaces(s, source.Position);
        if (start >= s.Length || !Lexical.IsDigit(s[start]))
        {
            return Results.Failure<NumberSyntax>(input, "unexpected token", expectation);
        }

        var i = start;
        decimal mantissa = 0;
        var digits = 0;
        var groupDigits = 0;
        var grouped = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (Lexical.IsDigit(c))
            {
                if (digits >= 28)
                {
                    return BadNumber(source, start, ScanNumberEnd(s, i), "it has more digits than an amount can hold (28)");
                }

                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                groupDigits++;
                i++;
            }
            else if (c == ',' && i + 1 < s.Length && Lexical.IsDigit(s[i + 1]))
            {
                if ((grouped && groupDigits != 3) || (!grouped && groupDigits > 3))
                {
                    return BadNumber(source, start, ScanNumberEnd(s, i), "thousands separators must group exactly three digits, as in 12,000");
                }

                grouped = true;
                groupDigits = 0;
                i++;
            }
            else
            {
                break;
            }
        }

        if (grouped && groupDigits != 3)
        {
            return BadNumber(source, start, ScanNumberEnd(s, i), "thousands separators must group exactly three digits, as in 12,000");
        }

        var scale = 0;
        if (allowFraction && i + 1 < s.Length && s[i] == '.' && Lexical.IsDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && Lexical.IsDigit(s[i]))
            {
                if (digits >= 28)
                {
                    return BadNumber(source, start, ScanNumberEnd(s, i), "it has more digits than an amount can hold (28)");
                }

                mantissa = (mantissa * 10) + (s[i] - '0');
                digits++;
                scale++;
                i++;
            }
        }

        if (i < s.Length && (Lexical.IsNameStart(s[i]) || (s[i] == '.' && allowFraction)))
        {
            return BadNumber(source, start, ScanNumberEnd(s, i), "a number must be followed by a space");
        }

        var value = scale == 0 ? mantissa : mantissa * NegativePowersOfTen[scale];
        return source.Token(new NumberSyntax(value, Lexical.Span(start, i)), i);
    }

    private static int ScanNumberEnd(string s, int i)
    {
        while (i < s.Length && (Lexical.IsNamePart(s[i]) || s[i] == ',' || s[i] == '.'))
        {
            i++;
        }

        return i;
    }

    private static IResult<NumberSyntax> BadNumber(SourceInput source, int start, int end, string why) =>
        LexicalError<NumberSyntax>(source, start, end, DiagnosticCatalog.InvalidNumber,
            Lexical.Printable(source.Source.Substring(start, Math.Min(end - start, 60))), why);

    /// <summary>What is wrong with the date-shaped token of <paramref name="length"/> characters at
    /// <paramref name="start"/>, or null (and its value) if it is a calendar date.</summary>
    private static string? DateProblem(string s, int start, int length, out DateTime value)
    {
        value = default;
        if (length != 10 || s[start + 4] != '-' || s[start + 7] != '-')
        {
            return "dates are written year-month-day with four, two and two digits, as in 2026-03-01";
        }

        for (var i = 0; i < 10; i++)
        {
            if (i != 4 && i != 7 && !Lexical.IsDigit(s[start + i]))
            {
                return "dates are written year-month-day with four, two and two digits, as in 2026-03-01";
            }
        }

        var year = Digits(s, start, 4);
        var month = Digits(s, start + 5, 2);
        var day = Digits(s, start + 8, 2);
        if (year < 1)
        {
            return "the year must be between 0001 and 9999";
        }

        if (month < 1 || month > 12)
        {
            return "there is no month " + month.ToString(CultureInfo.InvariantCulture);
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) + " " +
                   year.ToString(CultureInfo.InvariantCulture) + " has no day " + day.ToString(CultureInfo.InvariantCulture);
        }

        value = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return null;
    }

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static IResult<T> LexicalError<T>(SourceInput source, int start, int end, DiagnosticDescriptor descriptor, params string[] args) =>
        Results.Failure<T>(source.At(Math.Max(end, start + 1)), LexicalFailure.Encode(descriptor, start, end, args), NoExpectations);
}

/// <summary>A malformed literal travels through Sprache as a failure whose message carries its own code,
/// span and arguments; the parser turns it back into the matching diagnostic.</summary>
internal static class LexicalFailure
{
    private const char Marker = '\u0001';
    private const char Separator = '\u001F';

    public static string Encode(DiagnosticDescriptor descriptor, int start, int end, string[] args) =>
        Marker + descriptor.Code + Separator + start.ToString(CultureInfo.InvariantCulture) + Separator +
        end.ToString(CultureInfo.InvariantCulture) + Separator + string.Join(Separator.ToString(), args);

    public static bool TryDecode(string? message, out DiagnosticDescriptor descriptor, out TextSpan span, out object[] args)
    {
        descriptor = DiagnosticCatalog.UnexpectedToken;
        span = default;
        args = Array.Empty<object>();
        if (message is null || message.Length == 0 || message[0] != Marker)
        {
            return false;
        }

        var parts = message.Substring(1).Split(Separator);
        descriptor = DiagnosticCatalog.Find(parts[0]) ?? DiagnosticCatalog.UnexpectedToken;
        var start = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var end = int.Parse(parts[2], CultureInfo.InvariantCulture);
        span = TextSpan.FromBounds(start, Math.Max(start, end));
        args = parts.Skip(3).Cast<object>().ToArray();
        return true;
    }
}
