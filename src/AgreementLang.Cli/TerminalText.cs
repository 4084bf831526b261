using System.Globalization;
using System.Text;

namespace AgreementLang.Cli;

/// <summary>Makes user strings (file names, names and strings quoted in messages) safe to print as text lines: an ESC
/// sequence could erase or fake terminal lines, a line break in a file name could plant a fake
/// <c>x.agr(1,1): error …</c> line that editors and CI would parse, and a bidi override could make a line read other
/// than it is. Each such character is printed as <c>\uXXXX</c> (ESC as <c>\u001B</c>); everything else is kept.</summary>
public static class TerminalText
{
    /// <summary>C0 controls (tab and line breaks included), DEL, C1 controls, U+2028 and U+2029 (line and paragraph
    /// separators) and the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069.</summary>
    public static bool NeedsEscape(char c) =>
        c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029' ||
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    public static string Escape(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
