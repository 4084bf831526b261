using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace AgreementLang.Analyzers;

/// <summary>Turns the compiler's text of an additional file into the language's <see cref="SourceText"/>, reporting
/// bytes that are not UTF-8 (AGR011) as <c>agr check</c> reports them.</summary>
internal static class SourceReader
{
    private const int Utf8CodePage = 65001;
    private const char Replacement = '\uFFFD';

    /// <summary>The compiler decodes an additional file as UTF-8 and, when the bytes are not valid UTF-8, silently
    /// falls back: to the system's legacy code page (1252 on Windows), or, where there is none (Linux, macOS), to
    /// UTF-8 with U+FFFD in place of each bad byte. <c>agr check</c> reports such a file (AGR011, with the byte and
    /// its offset) and checks the rest; the analyzer must report the same.</summary>
    public static (SourceText Text, AgreementLang.Diagnostics.Diagnostic? Problem) Read(string path, RoslynText text)
    {
        var encoding = text.Encoding;
        var content = text.ToString();
        if (encoding is null || encoding.CodePage == Utf8CodePage)
        {
            return content.IndexOf(Replacement) >= 0 && TryReadOriginalBytes(path, content) is { } bytes
                ? SourceLoader.Load(path, bytes)
                : (new SourceText(path, content), null);
        }

        // A legacy code page maps each byte to one character and back: the bytes are recovered exactly.
        byte[] recovered;
        try
        {
            var preamble = encoding.GetPreamble();
            var body = encoding.GetBytes(content);
            recovered = preamble.Length == 0 ? body : preamble.Concat(body).ToArray();
        }
        catch (EncoderFallbackException)
        {
            // Not reversible: check the text as the compiler decoded it rather than guess at its bytes.
            return (new SourceText(path, content), null);
        }

        return SourceLoader.Load(path, recovered);
    }

    /// <summary>The bytes the compiler read, when they can be had: U+FFFD in the text stands for bytes that are
    /// gone from it. They are read back from the file only if decoding them the way the compiler did gives exactly
    /// the text the compiler handed over, so an unsaved editor buffer, a file changed since, or a text that really
    /// contains U+FFFD is checked as it is.</summary>
    private static byte[]? TryReadOriginalBytes(string path, string content)
    {
        byte[] bytes;
        try
        {
#pragma warning disable RS1035 // File IO: the compiler replaced the file's bad bytes with U+FFFD before the analyzer saw them, and agr check reports the byte and its offset (AGR011). Reading them back is the only way to report the same; the bytes are used only if they decode to exactly the text the compiler gave.
            if (!File.Exists(path))
            {
                return null;
            }

            bytes = File.ReadAllBytes(path);
#pragma warning restore RS1035
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes, start, bytes.Length - start);
        return string.Equals(decoded, content, StringComparison.Ordinal) ? bytes : null;
    }
}
