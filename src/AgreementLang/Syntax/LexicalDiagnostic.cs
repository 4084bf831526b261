using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>A malformed literal travels through Sprache as a failure message (<see cref="LexicalFailure"/>) that
/// carries its code and its words as text; this turns it back into a diagnostic through the typed method of that
/// code, the only way a diagnostic is made.</summary>
internal static class LexicalDiagnostic
{
    public static Diagnostic Of(DiagnosticDescriptor descriptor, Location at, object[] args)
    {
        if (ReferenceEquals(descriptor, DiagnosticCatalog.UnterminatedString))
        {
            return Diagnostic.UnterminatedString(at, (string)args[0]);
        }

        if (ReferenceEquals(descriptor, DiagnosticCatalog.InvalidDate))
        {
            return Diagnostic.InvalidDate(at, (string)args[0], (string)args[1]);
        }

        if (ReferenceEquals(descriptor, DiagnosticCatalog.InvalidNumber))
        {
            return Diagnostic.InvalidNumber(at, (string)args[0], (string)args[1]);
        }

        // Only the three codes above are encoded (Tokens.LexicalError, Grammar.Values); another is a bug here.
        throw new InvalidOperationException("no lexical diagnostic is encoded for " + descriptor.Code);
    }
}
