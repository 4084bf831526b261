using AgreementLang.Syntax;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>The declared names of a project (zones, facilities, producers, institutions, stockpiles, minerals,
/// agreements, amendments) and every place a name is written, for definitions, references and rename. Names bind
/// across the files of a folder (docs/language.md §5), so the index spans the project.</summary>
public sealed class NameIndex
{
    private readonly IReadOnlyList<WorkspaceDocument> _documents;
    private Dictionary<string, List<(WorkspaceDocument Document, NameSyntax Name)>>? _uses;

    public NameIndex(IReadOnlyList<WorkspaceDocument> documents)
    {
        _documents = documents;
        Declarations = documents
            .SelectMany(d => d.Syntax.Declarations.Where(IsNamed).Select(s => (Document: d, Declaration: s)))
            .GroupBy(p => p.Declaration.Name.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, (WorkspaceDocument Document, DeclarationSyntax Declaration)[]> Declarations { get; }

    /// <summary>Every occurrence of a declared name, its declarations included, in path and source order.</summary>
    public IReadOnlyList<(WorkspaceDocument Document, NameSyntax Name)> Uses(string name)
    {
        _uses ??= BuildUses();
        return _uses.TryGetValue(name, out var found) ? found : (IReadOnlyList<(WorkspaceDocument, NameSyntax)>)Array.Empty<(WorkspaceDocument, NameSyntax)>();
    }

    /// <summary>A tariff line's name is its code, not a name that other clauses refer to by declaration.</summary>
    private static bool IsNamed(DeclarationSyntax declaration) => declaration is not LineDeclarationSyntax;

    private Dictionary<string, List<(WorkspaceDocument, NameSyntax)>> BuildUses()
    {
        var uses = new Dictionary<string, List<(WorkspaceDocument, NameSyntax)>>(StringComparer.Ordinal);
        foreach (var document in _documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            foreach (var name in SyntaxWalk.Names(document.Syntax))
            {
                if (!Declarations.ContainsKey(name.Text))
                {
                    continue;
                }

                if (!uses.TryGetValue(name.Text, out var list))
                {
                    uses[name.Text] = list = new List<(WorkspaceDocument, NameSyntax)>();
                }

                list.Add((document, name));
            }
        }

        return uses;
    }
}
