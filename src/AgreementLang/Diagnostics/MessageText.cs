using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AgreementLang.Diagnostics;

/// <summary>The message of a diagnostic, written as an interpolated string in its code's typed method. Every value
/// is formatted the same way whatever the machine's culture (numbers, dates and format specifiers such as N0 or X2
/// in the invariant culture), and a text value longer than <see cref="Diagnostic.MaxQuotedLength"/> is cut, so that
/// no method has to remember either.</summary>
[InterpolatedStringHandler]
internal readonly ref struct MessageText
{
    private readonly StringBuilder _text;

    public MessageText(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + (16 * formattedCount));

    public void AppendLiteral(string value) => _text.Append(value);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                _text.Append(Bounded(text));
                break;
            case IFormattable formattable:
                _text.Append(formattable.ToString(format, CultureInfo.InvariantCulture));
                break;
            default:
                _text.Append(value.ToString());
                break;
        }
    }

    public override string ToString() => _text.ToString();

    /// <summary>A word (no white space) is cut beyond <see cref="Diagnostic.MaxQuotedLength"/>, a phrase beyond
    /// <see cref="Diagnostic.MaxArgumentLength"/>, never between the two halves of a surrogate pair.</summary>
    private static string Bounded(string text)
    {
        if (text.Length <= Diagnostic.MaxQuotedLength)
        {
            return text;
        }

        var limit = text.Any(char.IsWhiteSpace) ? Diagnostic.MaxArgumentLength : Diagnostic.MaxQuotedLength;
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = limit - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut) + "…";
    }
}
