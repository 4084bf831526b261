using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Cli;

/// <summary>The path <c>-</c>: one source read from standard input, named <c>&lt;stdin&gt;</c> in messages (as rustfmt
/// does). It is read as bytes and decoded as a file is, so invalid UTF-8 is reported the same way.</summary>
public static class StandardInput
{
    public const string Path = "-";

    public const string DisplayName = "<stdin>";

    public static SourceCollector.Loaded Load(Func<Stream> open)
    {
        try
        {
            using var stream = open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > SourceCollector.MaxFileBytes)
                {
                    // As for a file: above the limit the text is not kept (it could be endless), only reported.
                    var empty = new SourceText(DisplayName, "");
                    var problem = Diagnostic.FileTooLarge(new Location(empty, new TextSpan(0, 0)),
                        "more than " + SourceCollector.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes", Parser.MaxFileLength);
                    return new SourceCollector.Loaded(DisplayName, empty, problem, Array.Empty<byte>(), false, null);
                }
            }

            var bytes = buffer.ToArray();
            var (text, encoding) = SourceLoader.Load(DisplayName, bytes);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            return new SourceCollector.Loaded(DisplayName, text, encoding, bytes, bom, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new SourceCollector.Loaded(DisplayName, null, null, Array.Empty<byte>(), false, "agr: cannot read standard input: " + e.Message);
        }
    }
}
