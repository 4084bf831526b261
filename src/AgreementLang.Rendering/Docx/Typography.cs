using System.Text;
using System.Text.RegularExpressions;

namespace AgreementLang.Rendering.Docx;

/// <summary>Typesetting of the Word text only (the other formats keep the draft's plain text): typographic
/// quotes instead of straight ones, and no-break spaces (U+00A0) where a line must not break — between a
/// currency code and its amount ("USD 400,000,000"), a figure and its unit ("10,000 t", "(30) days", "6 March
/// 2026"), and "Article" or "Annex" and its number ("Article 3", "Annex II").</summary>
internal static partial class Typography
{
    public const char NoBreakSpace = '\u00A0';

    /// <summary>A redline's text (<see cref="Redline.Marks"/>) is set as its two versions would be, each on its own.</summary>
    public static string Apply(string text) =>
        text.Length == 0 ? text : Redline.Marks.Any(text) ? Redline.MarkedTypography.Apply(text) : NoBreaks(Quotes(text));

    /// <summary>A straight quote opens at the start of the text or after white space, an opening bracket, a dash
    /// or another opening quote, and closes otherwise: "Party" → “Party”, ("FORGE") → (“FORGE”), zone's → zone’s.</summary>
    public static string Quotes(string text)
    {
        if (text.AsSpan().IndexOfAny('"', '\'') < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('"' or '\''))
            {
                result.Append(c);
                continue;
            }

            var opening = i == 0 || text[i - 1] is '(' or '[' or '{' or '—' or '–' or '“' or '‘' || char.IsWhiteSpace(text[i - 1]);
            result.Append(c == '"' ? (opening ? '“' : '”') : (opening ? '‘' : '’'));
        }

        return result.ToString();
    }

    public static string NoBreaks(string text) =>
        text.Contains(' ', StringComparison.Ordinal) ? Unbreakable().Replace(text, NoBreakSpace.ToString()) : text;

    /// <summary>The spaces to make unbreakable: after a three-letter currency code before a figure; after a figure
    /// (possibly closed by a bracket, as in "thirty (30) days") before a unit, a scale word or a month; after
    /// "Article" or "Annex" before its number.</summary>
    [GeneratedRegex(
        @"(?<=\b[A-Z]{3}) (?=\d)" +
        @"|(?<=\d\)?) (?=(?:t|kt|Mt|kg|g|lb|tonnes?|tons?|days?|weeks?|months?|years?|thousand|million|billion|trillion|per cent|January|February|March|April|May|June|July|August|September|October|November|December)\b)" +
        @"|(?<=\b(?:Article|Annex)) (?=(?:\d+|[IVXLC]+)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Unbreakable();
}
