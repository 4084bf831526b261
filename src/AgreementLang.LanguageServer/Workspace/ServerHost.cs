using AgreementLang.Diagnostics;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>What the server takes from the <c>agr</c> command that starts it, so that the editor and the command
/// line cannot disagree: the .editorconfig severities, read by the CLI's own reader, and the <c>agr explain</c>
/// text of a code.</summary>
/// <param name="Severities">For the paths of a workspace folder, the severity an .editorconfig sets for (path,
/// code), or null for the code's default.</param>
/// <param name="Explain">The documentation section of a diagnostic code, or null.</param>
public sealed record ServerHost(
    Func<IReadOnlyCollection<string>, Func<string, string, DiagnosticSeverity?>> Severities,
    Func<string, string?> Explain)
{
    /// <summary>No .editorconfig and no explanations: for tests of the server alone.</summary>
    public static readonly ServerHost Plain = new(_ => (_, _) => null, _ => null);
}
