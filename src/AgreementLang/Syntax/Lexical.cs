using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>Character-level facts shared by the token primitives, the parser's recovery and the formatter.</summary>
internal static class Lexical
{
    /// <summary>Spaces between tokens: space, tab, and Unicode white space such as a no-break space. The line and
    /// paragraph separators U+2028 and U+2029 count as spaces too: editors (VS Code, Vim, Notepad++, the LSP
    /// protocol) do not break lines at them, so neither does the language, and line numbers agree with the editor.</summary>
    public static bool IsSpace(char c) => c == ' ' || c == '\t' || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>Line breaks: LF, CR and CRLF, exactly those at which <see cref="Text.SourceText"/> counts lines.</summary>
    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    public static bool IsNameStart(char c) => c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : char.IsLetter(c);

    public static bool IsNamePart(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' : char.IsLetterOrDigit(c);

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    [MethodImpl(Jit.Optimized)]
    public static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The end of a name starting at <paramref name="i"/>: letters, digits, '_' and inner hyphens.</summary>
    [MethodImpl(Jit.Optimized)]
    public static int ScanName(string s, int i)
    {
        if (i >= s.Length || !IsNameStart(s[i]))
        {
            return i;
        }

        i++;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsNamePart(c))
            {
                i++;
            }
            else if (c == '-' && i + 1 < s.Length && IsNamePart(s[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Describes the token at an offset for a message: <c>'12'</c>, <c>the end of the line</c>.</summary>
    public static string DescribeAt(string s, int i)
    {
        i = SkipSpaces(s, i);
        if (i >= s.Length)
        {
            return "the end of the file";
        }

        var c = s[i];
        if (IsLineBreak(c))
        {
            return "the end of the line";
        }

        if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
        {
            return "a comment";
        }

        var end = i + 1;
        if (IsNameStart(c))
        {
            end = ScanName(s, i);
        }
        else if (IsDigit(c))
        {
            while (end < s.Length && (IsDigit(s[end]) || s[end] == '.' || s[end] == ',' || s[end] == '-') && end - i < 40)
            {
                end++;
            }

            end = TrimTrailingPunctuation(s, i, end);
        }
        else if (c == '"')
        {
            while (end < s.Length && s[end] != '"' && !IsLineBreak(s[end]) && end - i < 40)
            {
                end++;
            }

            end = Math.Min(s.Length, end + 1);
        }
        else if (char.IsHighSurrogate(c) && end < s.Length)
        {
            end++;
        }

        var text = s.Substring(i, Math.Min(end - i, 40));
        return "'" + Printable(text) + "'";
    }

    /// <summary>The last token that ends before an offset, for "after 'cap'" in messages.</summary>
    public static string? PreviousToken(string s, int i)
    {
        var end = Math.Min(i, s.Length);
        while (end > 0 && IsSpace(s[end - 1]))
        {
            end--;
        }

        if (end == 0 || IsLineBreak(s[end - 1]))
        {
            return null;
        }

        var start = end - 1;
        if (IsNamePart(s[start]) || s[start] == '-')
        {
            while (start > 0 && (IsNamePart(s[start - 1]) || s[start - 1] == '-' || s[start - 1] == '.' || s[start - 1] == ',')
                   && end - start < 40)
            {
                start--;
            }
        }
        else if (s[start] == '"')
        {
            return "the quoted text";
        }

        return s.Substring(start, end - start);
    }

    /// <summary>Text for a message, with every character an editor does not show written as <c>\uXXXX</c>: control
    /// characters, format characters (a zero-width space, a byte-order mark in mid-file, a right-to-left mark) and
    /// white space other than the plain space (a no-break space, U+2028), so that "found '\u200B'" says what
    /// "found '​'" would hide; the noncharacters U+FFFE and U+FFFF; and half of a surrogate pair without its other half, which no output can encode.</summary>
    public static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unpaired = (char.IsHighSurrogate(c) && !(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))) ||
                           (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(text[i - 1])));
            var invisible = unpaired || c == '\uFFFE' || c == '\uFFFF' || char.IsControl(c) || (c != ' ' && char.IsWhiteSpace(c)) ||
                            CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
            builder.Append(invisible ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.ToString();
    }

    private static int TrimTrailingPunctuation(string s, int start, int end)
    {
        while (end > start + 1 && (s[end - 1] == ',' || s[end - 1] == '.'))
        {
            end--;
        }

        return end;
    }

    public static TextSpan Span(int start, int end) => TextSpan.FromBounds(start, end);
}
