using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>Decodes a file's bytes as UTF-8 (with or without a byte-order mark). Invalid UTF-8 is not
/// guessed at: it yields AGR011 at the first bad byte, and the text decoded with replacement characters so
/// that the rest of the file is still checked.</summary>
public static class SourceLoader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static (SourceText Text, Diagnostic? Problem) Load(string path, byte[] bytes)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (new SourceText(path, Strict.GetString(bytes, offset, bytes.Length - offset)), null);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidByte(bytes, offset);
            var text = new SourceText(path, Lenient.GetString(bytes, offset, bytes.Length - offset));
            var charOffset = Lenient.GetCharCount(bytes, offset, Math.Max(0, bad - offset));
            var problem = Diagnostic.InvalidEncoding(new Location(text, new TextSpan(charOffset, 1)),
                bytes[bad], bad);
            return (text, problem);
        }
    }

    /// <summary>The offset of the first byte that is not part of a well-formed UTF-8 sequence.</summary>
    private static int FirstInvalidByte(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 && b >= 0xC2 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.Length)
            {
                return i;
            }

            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            try
            {
                Strict.GetCharCount(bytes, i, length);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }

            i += length;
        }

        return Math.Max(start, bytes.Length - 1);
    }
}
