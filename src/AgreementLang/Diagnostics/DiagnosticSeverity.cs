namespace AgreementLang.Diagnostics;

/// <summary>How serious a diagnostic is. <see cref="None"/> silences a code entirely.</summary>
public enum DiagnosticSeverity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
