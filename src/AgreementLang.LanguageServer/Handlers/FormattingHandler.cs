using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Formatting;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/formatting</c> with the <c>agr fmt</c> engine (<see cref="SafeFormatter"/>): the whole
/// document replaced by its canonical layout, or no edit when it is already canonical. A document that fmt would
/// leave alone (syntax errors, or a layout that would change the model) is refused with fmt's reason, as an LSP
/// error, and nothing is edited.</summary>
public sealed class FormattingHandler
{
    private readonly ServerContext _context;

    public FormattingHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/formatting")]
    public TextEdit[] Format(DocumentFormattingParams parameters)
    {
        var (document, _) = _context.Resolve(parameters.TextDocument);
        var outcome = SafeFormatter.FormatSet(new[] { document.Text })[0];
        return outcome.Status switch
        {
            FormatStatus.Unchanged => Array.Empty<TextEdit>(),
            FormatStatus.Formatted => new[] { new TextEdit(PositionMap.Whole(document.Text), outcome.Text!) },
            FormatStatus.SyntaxErrors => throw new LocalRpcException("left unchanged: it has syntax errors") { ErrorCode = LspErrorCodes.RequestFailed },
            _ => throw new LocalRpcException("left unchanged: " + outcome.Reason) { ErrorCode = LspErrorCodes.RequestFailed },
        };
    }
}
