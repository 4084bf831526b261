using AgreementLang.Diagnostics;

namespace AgreementLang.Cli;

/// <summary>Parses <c>--severity AGR310=none</c> values: a known code and one of none, info, warning, error.</summary>
public static class SeverityOption
{
    public static bool TryParse(string text, out string code, out DiagnosticSeverity severity, out string error)
    {
        code = "";
        severity = DiagnosticSeverity.None;
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            error = $"'{text}' is not CODE=SEVERITY (for example AGR310=none)";
            return false;
        }

        var name = text.Substring(0, equals).Trim();
        var level = text.Substring(equals + 1).Trim();
        if (DiagnosticCatalog.Find(name) is not { } descriptor)
        {
            error = $"'{name}' is not a diagnostic code; run 'agr explain' with one such as AGR301";
            return false;
        }

        switch (level.ToLowerInvariant())
        {
            case "none":
                severity = DiagnosticSeverity.None;
                break;
            case "info":
                severity = DiagnosticSeverity.Info;
                break;
            case "warning":
                severity = DiagnosticSeverity.Warning;
                break;
            case "error":
                severity = DiagnosticSeverity.Error;
                break;
            default:
                error = $"'{level}' is not a severity for {descriptor.Code}: use none, info, warning or error";
                return false;
        }

        code = descriptor.Code;
        error = "";
        return true;
    }
}
