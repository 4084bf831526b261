using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>A malformed literal travels through Sprache as a failure whose message carries its own code,
/// span and arguments; the parser turns it back into the matching diagnostic.</summary>
internal static class LexicalFailure
{
    private const char Marker = '\u0001';
    private const char Separator = '\u001F';

    public static string Encode(DiagnosticDescriptor descriptor, int start, int end, string[] args) =>
        Marker + descriptor.Code + Separator + start.ToString(CultureInfo.InvariantCulture) + Separator +
        end.ToString(CultureInfo.InvariantCulture) + Separator + string.Join(Separator.ToString(), args);

    public static bool TryDecode(string? message, out DiagnosticDescriptor descriptor, out TextSpan span, out object[] args)
    {
        descriptor = DiagnosticCatalog.UnexpectedToken;
        span = default;
        args = Array.Empty<object>();
        if (message is null || message.Length == 0 || message[0] != Marker)
        {
            return false;
        }

        var parts = message.Substring(1).Split(Separator);
        descriptor = DiagnosticCatalog.Find(parts[0]) ?? DiagnosticCatalog.UnexpectedToken;
        var start = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var end = int.Parse(parts[2], CultureInfo.InvariantCulture);
        span = TextSpan.FromBounds(start, Math.Max(start, end));
        args = parts.Skip(3).Cast<object>().ToArray();
        return true;
    }
}
