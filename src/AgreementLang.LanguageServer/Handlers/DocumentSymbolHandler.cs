using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Syntax;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/documentSymbol</c>: the outline, a symbol per declaration with its clauses as children,
/// each clause named by its first line as written (the keyword and what follows it).</summary>
public sealed class DocumentSymbolHandler
{
    private const int MaxNameLength = 80;

    private readonly ServerContext _context;

    public DocumentSymbolHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/documentSymbol")]
    public DocumentSymbol[] Symbols(DocumentSymbolParams parameters)
    {
        var (document, _) = _context.Resolve(parameters.TextDocument);
        var text = document.Text;
        return document.Syntax.Declarations.Select(d => new DocumentSymbol(
            d.Name.Text,
            d.KindName,
            Kind(d),
            PositionMap.ToRange(text, d.Span),
            PositionMap.ToRange(text, d.Name.Span),
            d.Clauses.Select(c => Clause(document, c)).ToArray())).ToArray();
    }

    private static DocumentSymbol Clause(WorkspaceDocument document, ClauseSyntax clause)
    {
        var range = PositionMap.ToRange(document.Text, clause.Span);
        var children = clause is FloorClause floor ? floor.Body.Select(c => Clause(document, c)).ToArray() : null;
        return new DocumentSymbol(FirstLine(document, clause), null, 7, range, range, children);
    }

    private static string FirstLine(WorkspaceDocument document, ClauseSyntax clause)
    {
        var text = document.Text.Text;
        var end = clause.Span.Start;
        while (end < clause.Span.End && end - clause.Span.Start < MaxNameLength && text[end] != '\n' && text[end] != '\r' && text[end] != '{')
        {
            end++;
        }

        var line = text.Substring(clause.Span.Start, end - clause.Span.Start).Trim();
        return line.Length == 0 ? "clause" : line;
    }

    /// <summary>LSP symbol kinds: 2 module, 3 namespace, 5 class, 14 constant, 8 field, 19 object, 23 struct, 24 event.</summary>
    private static int Kind(DeclarationSyntax declaration) => declaration switch
    {
        ZoneSyntax => 3,
        AgreementSyntax => 2,
        AmendmentSyntax => 24,
        FacilitySyntax => 19,
        StockpileSyntax => 23,
        MineralDeclarationSyntax => 14,
        LineDeclarationSyntax => 8,
        _ => 5,
    };
}
