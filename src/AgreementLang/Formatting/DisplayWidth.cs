namespace AgreementLang.Formatting;

/// <summary>How many columns a text takes in a monospaced editor, for aligning columns: a surrogate pair is one
/// character, East Asian wide and fullwidth characters take two columns (a Japanese obligation text or a Chinese
/// party name would otherwise push the next column out of line), combining marks none. An approximation of
/// Unicode's East Asian Width property over the ranges that occur in practice; what matters most is that it is
/// deterministic, so formatting stays idempotent.</summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int code = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                code = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            width += Columns(code);
        }

        return width;
    }

    private static int Columns(int code)
    {
        if (code < 0x300)
        {
            return 1;
        }

        if ((code >= 0x300 && code <= 0x36F) || code == 0x200B || code == 0x200C || code == 0x200D || code == 0xFEFF ||
            (code >= 0xFE00 && code <= 0xFE0F))
        {
            return 0;
        }

        return (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0x303E) || (code >= 0x3041 && code <= 0x33FF) ||
               (code >= 0x3400 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0xA000 && code <= 0xA4CF) ||
               (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFE30 && code <= 0xFE4F) ||
               (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1F64F) ||
               (code >= 0x1F900 && code <= 0x1F9FF) || (code >= 0x20000 && code <= 0x3FFFD)
            ? 2
            : 1;
    }
}
