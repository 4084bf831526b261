using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>The characters a quoted text or a comment may hold (docs/language.md, 2.4). Quoted texts are copied into
/// the drafts, so a character that no draft can carry — a control character other than tab, the noncharacters
/// U+FFFE and U+FFFF, half of a surrogate pair — is an error (AGR013): XML, and therefore Word and Akoma Ntoso,
/// cannot hold it, and in Markdown or HTML it is invisible. A bidirectional embedding, override or isolate
/// (U+202A–U+202E, U+2066–U+2069) in a quoted text or a comment makes an editor show the line in another order
/// than the one the toolchain reads ("Trojan Source"), so it is a warning (AGR014). Each is reported at the
/// character itself, once per text or comment (the first such character), at most <see cref="MaxReports"/> times
/// per file.</summary>
public static class TextCharacters
{
    /// <summary>Reports per file, so that a file full of them cannot flood the output.</summary>
    public const int MaxReports = 100;

    public static IReadOnlyList<Diagnostic> Check(SourceText source)
    {
        var s = source.Text;
        var diagnostics = new List<Diagnostic>();
        if (s.Length > Parser.MaxFileLength)
        {
            return diagnostics;
        }

        var i = 0;
        while (i < s.Length && diagnostics.Count < MaxReports)
        {
            var c = s[i];
            if (c == '"')
            {
                var end = i + 1;
                int? forbidden = null;
                int? bidi = null;
                while (end < s.Length && !Lexical.IsLineBreak(s[end]) && s[end] != '"')
                {
                    if (s[end] == '\\' && end + 1 < s.Length && (s[end + 1] == '"' || s[end + 1] == '\\'))
                    {
                        end += 2;
                        continue;
                    }

                    if (forbidden is null && ForbiddenAt(s, end) is not null)
                    {
                        forbidden = end;
                    }

                    if (bidi is null && IsBidiControl(s[end]))
                    {
                        bidi = end;
                    }

                    end += char.IsHighSurrogate(s[end]) && end + 1 < s.Length && char.IsLowSurrogate(s[end + 1]) ? 2 : 1;
                }

                var close = end < s.Length && s[end] == '"' ? end + 1 : end;
                if (forbidden is { } at)
                {
                    diagnostics.Add(Diagnostic.CharacterNotAllowedInText(new Location(source, new TextSpan(at, 1)),
                        Preview(s, i, close, at), CodePoint(s[at]), ForbiddenAt(s, at)));
                }

                if (bidi is { } b && diagnostics.Count < MaxReports)
                {
                    diagnostics.Add(Diagnostic.BidirectionalControl(new Location(source, new TextSpan(b, 1)),
                        "the quoted text " + Preview(s, i, close, b), CodePoint(s[b]), BidiName(s[b])));
                }

                i = end < s.Length && s[end] == '"' ? end + 1 : end;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                var end = i;
                int? bidi = null;
                while (end < s.Length && !Lexical.IsLineBreak(s[end]))
                {
                    if (bidi is null && IsBidiControl(s[end]))
                    {
                        bidi = end;
                    }

                    end++;
                }

                if (bidi is { } b)
                {
                    diagnostics.Add(Diagnostic.BidirectionalControl(new Location(source, new TextSpan(b, 1)),
                        "the comment " + Preview(s, i, end, b), CodePoint(s[b]), BidiName(s[b])));
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        return diagnostics;
    }

    /// <summary>Whether a draft can carry this text (every character is allowed in a quoted text).</summary>
    public static bool IsAllowedInText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ForbiddenAt(text, i) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>U+202A–U+202E (embeddings, pop, overrides) and U+2066–U+2069 (isolates).</summary>
    public static bool IsBidiControl(char c) => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>What is wrong with the character at <paramref name="i"/>, or null if a draft can carry it.</summary>
    private static string? ForbiddenAt(string s, int i)
    {
        var c = s[i];
        if ((c < ' ' && c != '\t') || (c >= '\u007F' && c <= '\u009F'))
        {
            return "a control character";
        }

        if (c == '\uFFFE' || c == '\uFFFF')
        {
            return "a noncharacter";
        }

        if (char.IsHighSurrogate(c) && !(i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
        {
            return "half of a surrogate pair, with no other half";
        }

        if (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(s[i - 1])))
        {
            return "half of a surrogate pair, with no other half";
        }

        return null;
    }

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static string BidiName(char c) => c switch
    {
        '\u202A' => "left-to-right embedding",
        '\u202B' => "right-to-left embedding",
        '\u202C' => "pop directional formatting",
        '\u202D' => "left-to-right override",
        '\u202E' => "right-to-left override",
        '\u2066' => "left-to-right isolate",
        '\u2067' => "right-to-left isolate",
        '\u2068' => "first strong isolate",
        _ => "pop directional isolate",
    };

    /// <summary>The text as written around the character at <paramref name="at"/> (up to 40 characters before it and
    /// 20 after, "…" where cut), with invisible characters as \uXXXX.</summary>
    private static string Preview(string s, int start, int end, int at)
    {
        var from = Math.Max(start, at - 40);
        var to = Math.Min(end, at + 21);
        if (from > start && char.IsLowSurrogate(s[from]) && char.IsHighSurrogate(s[from - 1]))
        {
            from++;
        }

        if (to < end && char.IsHighSurrogate(s[to - 1]) && char.IsLowSurrogate(s[to]))
        {
            to--;
        }

        return (from > start ? "…" : "") + Lexical.Printable(s.Substring(from, to - from)) + (to < end ? "…" : "");
    }
}
