using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Formatting;

internal enum FormatTokenKind
{
    Word,
    Amount,
    Integer,
    Date,
    Verbatim,
    String,
    Symbol,
}

/// <summary>One token of a clause as the formatter writes it: <see cref="Text"/> is the canonical spelling,
/// <see cref="Start"/> and <see cref="End"/> where it was in the source.</summary>
internal readonly record struct FormatToken(FormatTokenKind Kind, string Text, int Start, int End);

/// <summary>Reads the tokens of one clause line for the formatter, from the clause's first character up to the
/// end of the clause (a line break, a comment, or a brace). It reads the source text rather than the syntax tree
/// because the tree drops keywords ("from", "per", "at") that the output must keep; reading every token up to the
/// clause boundary means no word can be lost even if a node's span is too short. The tree contributes what the
/// text alone cannot tell: which digit runs are tariff lines (kept verbatim) rather than amounts.</summary>
internal static class FormatLexer
{
    /// <summary>Reads tokens from <paramref name="start"/>; <paramref name="end"/> is where the clause stops (the
    /// offset of the line break, comment or brace that ends it, or the end of the text).</summary>
    public static List<FormatToken> Read(string s, int start, ISet<int> verbatimStarts, out int end)
    {
        var tokens = new List<FormatToken>();
        var i = start;
        while (true)
        {
            i = Lexical.SkipSpaces(s, i);
            if (i >= s.Length || Lexical.IsLineBreak(s[i]) || s[i] == '{' || s[i] == '}' ||
                (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/'))
            {
                end = i;
                return tokens;
            }

            var c = s[i];
            int j;
            if (verbatimStarts.Contains(i))
            {
                j = ScanVerbatim(s, i);
                tokens.Add(new FormatToken(FormatTokenKind.Verbatim, s.Substring(i, j - i), i, j));
            }
            else if (c == '"')
            {
                j = ScanString(s, i);
                tokens.Add(new FormatToken(FormatTokenKind.String, s.Substring(i, j - i), i, j));
            }
            else if (Lexical.IsNameStart(c))
            {
                j = Lexical.ScanName(s, i);
                tokens.Add(new FormatToken(FormatTokenKind.Word, s.Substring(i, j - i), i, j));
            }
            else if (Lexical.IsDigit(c))
            {
                j = ScanDigits(s, i, out var isDate);
                var text = s.Substring(i, j - i);
                tokens.Add(isDate
                    ? new FormatToken(FormatTokenKind.Date, text, i, j)
                    : new FormatToken(FormatTokenKind.Amount, text, i, j));
            }
            else if (c == '-' && i + 1 < s.Length && s[i + 1] == '>')
            {
                j = i + 2;
                tokens.Add(new FormatToken(FormatTokenKind.Symbol, "->", i, j));
            }
            else
            {
                // ',', '%', '=', '+', or anything the parser accepted that this lexer does not know: one
                // character (a whole surrogate pair), kept as it is.
                j = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? i + 2 : i + 1;
                tokens.Add(new FormatToken(FormatTokenKind.Symbol, s.Substring(i, j - i), i, j));
            }

            i = j;
        }
    }

    /// <summary>Marks whole numbers (a count of days, months or years) so that they are written without
    /// thousands separators, and gives every token its canonical spelling.</summary>
    public static void Canonicalise(List<FormatToken> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != FormatTokenKind.Amount)
            {
                continue;
            }

            // A number directly before a unit of time is a whole number (a duration, or "60 days after
            // notifications"); no amount is ever followed by one of these words.
            var isInteger = k + 1 < tokens.Count && tokens[k + 1].Kind == FormatTokenKind.Word &&
                            Array.IndexOf(ValueGrammar.DurationWords, tokens[k + 1].Text) >= 0;
            tokens[k] = isInteger
                ? token with { Kind = FormatTokenKind.Integer, Text = CanonicalInteger(token.Text) }
                : token with { Text = CanonicalAmount(token.Text) };
        }
    }

    /// <summary>Joins tokens with single spaces, except that ',' and '%' follow their token directly.</summary>
    public static string Join(IReadOnlyList<FormatToken> tokens, int from, int to)
    {
        var builder = new StringBuilder();
        for (var k = from; k < to; k++)
        {
            var text = tokens[k].Text;
            if (k > from && !(tokens[k].Kind == FormatTokenKind.Symbol && (text == "," || text == "%")))
            {
                builder.Append(' ');
            }

            builder.Append(text);
        }

        return builder.ToString();
    }

    /// <summary>An amount as on paper (see <see cref="AmountSpelling.Canonical"/>).</summary>
    public static string CanonicalAmount(string text) => AmountSpelling.Canonical(text);

    /// <summary>A whole number: digits only, no leading zeros.</summary>
    public static string CanonicalInteger(string text)
    {
        var digits = text.Replace(",", "").TrimStart('0');
        return digits.Length == 0 ? "0" : digits;
    }

    private static int ScanVerbatim(string s, int i)
    {
        // A tariff line: digits in dot-separated groups (as Tokens.HsCode reads it).
        var j = i;
        while (j < s.Length && (Lexical.IsDigit(s[j]) || (s[j] == '.' && j + 1 < s.Length && Lexical.IsDigit(s[j + 1]) && j > i)))
        {
            j++;
        }

        return j > i ? j : i + 1;
    }

    private static int ScanString(string s, int i)
    {
        var j = i + 1;
        while (j < s.Length && !Lexical.IsLineBreak(s[j]))
        {
            if (s[j] == '"')
            {
                return j + 1;
            }

            j += s[j] == '\\' && j + 1 < s.Length && (s[j + 1] == '"' || s[j + 1] == '\\') ? 2 : 1;
        }

        return j;
    }

    /// <summary>An amount (digits, ',' and '.' each followed by a digit) or a date (digits and '-').</summary>
    private static int ScanDigits(string s, int i, out bool isDate)
    {
        var j = i;
        while (j < s.Length && Lexical.IsDigit(s[j]))
        {
            j++;
        }

        if (j < s.Length && s[j] == '-')
        {
            isDate = true;
            while (j < s.Length && (Lexical.IsDigit(s[j]) || s[j] == '-'))
            {
                j++;
            }

            return j;
        }

        isDate = false;
        while (j + 1 < s.Length && (s[j] == ',' || s[j] == '.') && Lexical.IsDigit(s[j + 1]))
        {
            j++;
            while (j < s.Length && Lexical.IsDigit(s[j]))
            {
                j++;
            }
        }

        return j;
    }
}
