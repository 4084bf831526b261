using System.Text;
using AgreementLang.Diagnostics;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace AgreementLang.Analyzers;

/// <summary>Turns the compiler's text of an additional file into the language's <see cref="SourceText"/>.</summary>
internal static class SourceReader
{
    private const int Utf8CodePage = 65001;

    /// <summary>The compiler decodes an additional file as UTF-8 and, when the bytes are not valid UTF-8, silently
    /// falls back to a legacy code page. <c>agr check</c> reports such a file (AGR011, at the first bad byte) and
    /// decodes it leniently; to report the same, the fallback text is turned back into its bytes and read the way
    /// the CLI reads them.</summary>
    public static (SourceText Text, AgreementLang.Diagnostics.Diagnostic? Problem) Read(string path, RoslynText text)
    {
        var encoding = text.Encoding;
        if (encoding is null || encoding.CodePage == Utf8CodePage)
        {
            return (new SourceText(path, text.ToString()), null);
        }

        byte[] bytes;
        try
        {
            var preamble = encoding.GetPreamble();
            var body = encoding.GetBytes(text.ToString());
            bytes = preamble.Length == 0 ? body : preamble.Concat(body).ToArray();
        }
        catch (EncoderFallbackException)
        {
            // Not reversible: check the text as the compiler decoded it rather than guess at its bytes.
            return (new SourceText(path, text.ToString()), null);
        }

        return SourceLoader.Load(path, bytes);
    }
}
