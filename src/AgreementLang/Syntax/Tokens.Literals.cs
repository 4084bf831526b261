using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>The literal tokens: currency codes, amounts, percentages, dates, quoted texts and tariff lines. A
/// malformed literal is a failure that carries its diagnostic (<see cref="LexicalFailure"/>).</summary>
internal static partial class Tokens
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
