using System.Text.RegularExpressions;
using AgreementLang.Diagnostics;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Syntax;
using StreamJsonRpc;
using Range = AgreementLang.LanguageServer.Protocol.Range;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/codeAction</c>, quick fixes for the diagnostics in the requested range: replace a word
/// with the "did you mean" suggestion of its diagnostic, and add a required clause an agreement lacks (AGR115)
/// with placeholder values the negotiator then edits.</summary>
public sealed class CodeActionHandler
{
    private static readonly Regex Suggestion = new(@"did you mean '([^']+)'", RegexOptions.CultureInvariant);

    /// <summary>What AGR115 says is missing (the end of its message), and the clause that supplies it.</summary>
    private static readonly (string Missing, string Clause)[] RequiredClauses =
    {
        ("states no party", "party XX \"the Government of …\""),
        ("states no kind", "kind bilateral"),
        ("states no entry into force", "in force on signature"),
    };

    private readonly ServerContext _context;

    public CodeActionHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/codeAction")]
    public CodeAction[] Actions(CodeActionParams parameters)
    {
        var (document, project) = _context.Resolve(parameters.TextDocument);
        var start = PositionMap.ToOffset(document.Text, parameters.Range.Start);
        var end = PositionMap.ToOffset(document.Text, parameters.Range.End);
        var actions = new List<CodeAction>();
        foreach (var diagnostic in project.DiagnosticsFor(document.Path).Where(d => d.Location.Span.Start <= end && start <= d.Location.Span.End))
        {
            var lsp = DiagnosticMapper.ToLsp(diagnostic);
            if (Suggestion.Match(diagnostic.Message) is { Success: true } match && diagnostic.Location.Span.Length > 0)
            {
                var replacement = match.Groups[1].Value;
                actions.Add(Fix(document, $"Replace with '{replacement}'", lsp, new TextEdit(lsp.Range, replacement)));
            }

            if (diagnostic.Code == DiagnosticCatalog.MissingClause.Code && AddClause(document, diagnostic) is { } edit)
            {
                var clause = edit.NewText.Trim();
                actions.Add(Fix(document, $"Add '{clause}'", lsp, edit));
            }
        }

        return actions.ToArray();
    }

    private static CodeAction Fix(WorkspaceDocument document, string title, LspDiagnostic diagnostic, TextEdit edit) =>
        new(title, "quickfix", new[] { diagnostic }, true, new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [document.Uri] = new[] { edit } }));

    /// <summary>The clause inserted as the first line of the agreement's block, indented as its first clause is.</summary>
    private static TextEdit? AddClause(WorkspaceDocument document, Diagnostic diagnostic)
    {
        var missing = RequiredClauses.FirstOrDefault(r => diagnostic.Message.Contains(r.Missing, StringComparison.Ordinal));
        var agreement = document.Syntax.Declarations.OfType<AgreementSyntax>().FirstOrDefault(a => a.Name.Span == diagnostic.Location.Span);
        if (missing.Clause is null || agreement is null)
        {
            return null;
        }

        var text = document.Text.Text;
        var brace = text.IndexOf('{', agreement.Name.Span.End, agreement.Span.End - agreement.Name.Span.End);
        if (brace < 0)
        {
            return null;
        }

        var indent = agreement.Body.FirstOrDefault() is { } first
            ? new string(' ', PositionMap.ToPosition(document.Text, first.Span.Start).Character)
            : "  ";
        var at = PositionMap.ToPosition(document.Text, brace + 1);
        return new TextEdit(new Range(at, at), "\n" + indent + missing.Clause);
    }
}
