using AgreementLang.Diagnostics;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;

namespace AgreementLang.LanguageServer;

/// <summary>A compilation diagnostic as LSP shows it: the severity the CLI would print (overrides already applied),
/// the code linked to its section of docs/diagnostics.md, and the other places of a conflict as related
/// information.</summary>
public static class DiagnosticMapper
{
    public const string Source = "agr";

    public static LspDiagnostic ToLsp(Diagnostic diagnostic) => new(
        PositionMap.ToRange(diagnostic.Location.Source, diagnostic.Location.Span),
        diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            _ => 3,
        },
        diagnostic.Code,
        new CodeDescription(diagnostic.Descriptor.HelpLink),
        Source,
        diagnostic.Message,
        diagnostic.Related.IsDefaultOrEmpty
            ? null
            : diagnostic.Related.Select(r => new DiagnosticRelatedInformation(
                new Protocol.Location(DocumentUri.FromPath(r.Location.Path), PositionMap.ToRange(r.Location.Source, r.Location.Span)),
                r.Message)).ToArray());
}
