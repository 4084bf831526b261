namespace AgreementLang.Diagnostics;

/// <summary>What a diagnostic code means: its title, default severity and message format. The CLI and the
/// Roslyn analyzer both build their descriptors from these, so the two can never disagree.</summary>
public sealed record DiagnosticDescriptor(
    string Code,
    string Title,
    DiagnosticSeverity DefaultSeverity,
    string MessageFormat,
    string Category)
{
    public const string HelpBase = "https://github.com/agreementlang/agreementlang/blob/main/docs/diagnostics.md";

    public string HelpLink => HelpBase + "#" + Code.ToLowerInvariant();
}
