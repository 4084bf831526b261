using AgreementLang.Catalog;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Syntax;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/completion</c>. After a mineral, its stages (those the catalogue has tariff lines for
/// first); otherwise the keywords that can begin a clause of the enclosing block (or a declaration at top level),
/// read from the parser's own tables (<see cref="ClauseStarts"/>, so a clause added to the grammar is offered
/// without a change here), clause snippets, the names declared in the workspace,
/// minerals, and ISO country and currency codes. Clients filter by the prefix typed.</summary>
public sealed class CompletionHandler
{
    private readonly ServerContext _context;

    public CompletionHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/completion")]
    public CompletionList Completion(CompletionParams parameters)
    {
        var (document, project) = _context.Resolve(parameters.TextDocument);
        var offset = PositionMap.ToOffset(document.Text, parameters.Position);
        var catalog = MineralCatalog.Default;
        var previous = SyntaxQueries.PreviousWord(document.Text, offset);
        if (catalog.FindMineral(previous) is { } mineral)
        {
            return new CompletionList(false, Stages(catalog, mineral).ToArray());
        }

        var items = new List<CompletionItem>();
        items.AddRange(ClauseStarts.At(document.Text, document.Syntax, offset).Select(k => new CompletionItem(k, 14, "keyword", SortText: "1" + k)));
        items.AddRange(ClauseSnippets.All.Select(s => new CompletionItem(s.Label, 15, s.Detail, s.Body, 2, "0" + s.Label)));
        items.AddRange(project.Names.Declarations.Select(d => new CompletionItem(d.Key, 7, d.Value[0].Declaration.KindName, SortText: "2" + d.Key)));
        items.AddRange(catalog.Minerals.Select(m => new CompletionItem(m.Code, 12, m.Name, SortText: "3" + m.Code)));
        items.AddRange(catalog.Countries.Select(c => new CompletionItem(c.Code, 21, c.Name, SortText: "4" + c.Code)));
        items.AddRange(catalog.Currencies.Select(c => new CompletionItem(c.Code, 21, c.Name, SortText: "5" + c.Code)));
        return new CompletionList(false, items.ToArray());
    }

    private static IEnumerable<CompletionItem> Stages(MineralCatalog catalog, MineralInfo mineral) => catalog.Stages
        .Select(s => (Stage: s, Lines: catalog.HsLines(mineral.Code, s.Name).Length))
        .OrderBy(p => p.Lines == 0)
        .Select((p, i) => new CompletionItem(p.Stage.Name, 20, p.Stage.Description, SortText: i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)));
}
