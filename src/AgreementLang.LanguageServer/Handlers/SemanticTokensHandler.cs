using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Syntax;
using StreamJsonRpc;
using AgreementLang.Text;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/semanticTokens/full</c>: what only the compiler knows, on top of the TextMate grammar's
/// colours: which words are declared names (and where they are declared), minerals, stages and parties; with the
/// strings, numbers, dates and comments the tree holds.</summary>
public sealed class SemanticTokensHandler
{
    public static readonly SemanticTokensLegend Legend = new(
        new[] { "keyword", "string", "number", "comment", "class", "type", "enumMember", "namespace" },
        new[] { "declaration" });

    private const int Keyword = 0, Text = 1, Number = 2, Comment = 3, Declared = 4, Mineral = 5, Stage = 6, Party = 7;

    private readonly ServerContext _context;

    public SemanticTokensHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/semanticTokens/full")]
    public SemanticTokens Tokens(SemanticTokensParams parameters)
    {
        var (document, project) = _context.Resolve(parameters.TextDocument);
        var declarationNames = document.Syntax.Declarations.Select(d => d.Name).ToHashSet();
        var tokens = new List<(TextSpan Span, int Type, int Modifiers)>();
        foreach (var node in SyntaxWalk.Nodes(document.Syntax))
        {
            if (Classify(node, project) is { } type)
            {
                tokens.Add((node.Span, type, node is NameSyntax name && declarationNames.Contains(name) ? 1 : 0));
            }
        }

        tokens.AddRange(document.Syntax.Comments.Select(c => (c.Span, Comment, 0)));
        return new SemanticTokens(Encode(document.Text, tokens.OrderBy(t => t.Span.Start)));
    }

    private static int? Classify(SyntaxNode node, ProjectCompilation project) => node switch
    {
        NameSyntax n when project.Names.Declarations.ContainsKey(n.Text) => Declared,
        NameSyntax n when Keywords.IsKeyword(n.Text) => Keyword,
        NameSyntax n when MineralCatalog.Default.FindMineral(n.Text) is not null => Mineral,
        NameSyntax n when MineralCatalog.Default.FindStage(n.Text) is not null => Stage,
        NameSyntax n when n.Text.Length == 2 && MineralCatalog.Default.FindCountry(n.Text) is not null => Party,
        StringSyntax => Text,
        NumberSyntax or DateSyntax or PercentSyntax => Number,
        _ => null,
    };

    /// <summary>The relative encoding of the specification; tokens that overlap an earlier one or cross a line end are
    /// left to the TextMate grammar.</summary>
    private static int[] Encode(SourceText text, IEnumerable<(TextSpan Span, int Type, int Modifiers)> tokens)
    {
        var data = new List<int>();
        int lastLine = 0, lastCharacter = 0, lastEnd = -1;
        foreach (var (span, type, modifiers) in tokens)
        {
            if (span.Length == 0 || span.Start < lastEnd || text.Text.IndexOfAny(new[] { '\n', '\r' }, span.Start, span.Length) >= 0)
            {
                continue;
            }

            var start = PositionMap.ToPosition(text, span.Start);
            data.Add(start.Line - lastLine);
            data.Add(start.Line == lastLine ? start.Character - lastCharacter : start.Character);
            data.Add(span.Length);
            data.Add(type);
            data.Add(modifiers);
            lastLine = start.Line;
            lastCharacter = start.Character;
            lastEnd = span.End;
        }

        return data.ToArray();
    }
}
