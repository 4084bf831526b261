using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Syntax;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/foldingRange</c>: every declaration and block clause that spans lines, and runs of
/// two or more comment lines.</summary>
public sealed class FoldingRangeHandler
{
    private readonly ServerContext _context;

    public FoldingRangeHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/foldingRange")]
    public FoldingRange[] Folding(FoldingRangeParams parameters)
    {
        var (document, _) = _context.Resolve(parameters.TextDocument);
        var text = document.Text;
        var ranges = new List<FoldingRange>();
        foreach (var node in SyntaxWalk.Nodes(document.Syntax).Where(n => n is DeclarationSyntax or FloorClause))
        {
            var start = PositionMap.ToPosition(text, node.Span.Start).Line;
            var end = PositionMap.ToPosition(text, node.Span.End).Line;

            // The closing brace's line stays visible, as in other languages' blocks.
            if (end - 1 > start)
            {
                ranges.Add(new FoldingRange(start, end - 1, null));
            }
        }

        var comments = document.Syntax.Comments.Select(c => PositionMap.ToPosition(text, c.Span.Start).Line).Distinct().ToArray();
        for (var i = 0; i < comments.Length;)
        {
            var j = i;
            while (j + 1 < comments.Length && comments[j + 1] == comments[j] + 1)
            {
                j++;
            }

            if (j > i)
            {
                ranges.Add(new FoldingRange(comments[i], comments[j], "comment"));
            }

            i = j + 1;
        }

        return ranges.OrderBy(r => r.StartLine).ToArray();
    }
}
