namespace AgreementLang.Diagnostics;

/// <summary>What a diagnostic code means: its title, default severity and category. The CLI and the Roslyn analyzer
/// both build their descriptors from these, so the two can never disagree. The message is worded by the code's
/// typed method on <see cref="Diagnostic"/>, not by a format here.</summary>
public sealed record DiagnosticDescriptor(
    string Code,
    string Title,
    DiagnosticSeverity DefaultSeverity,
    string Category)
{
    public const string HelpBase = "https://github.com/agreementlang/agreementlang/blob/main/docs/diagnostics.md";

    public string HelpLink => HelpBase + "#" + Code.ToLowerInvariant();
}
