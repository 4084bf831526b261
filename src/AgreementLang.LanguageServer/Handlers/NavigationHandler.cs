using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using StreamJsonRpc;
using Location = AgreementLang.LanguageServer.Protocol.Location;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/definition</c> and <c>textDocument/references</c> for declared names, across the files
/// of the document's folder.</summary>
public sealed class NavigationHandler
{
    private readonly ServerContext _context;

    public NavigationHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/definition")]
    public Location[] Definition(DefinitionParams parameters)
    {
        var (document, project) = _context.Resolve(parameters.TextDocument);
        var name = DeclaredNames.At(document, project, parameters.Position);
        if (name is null)
        {
            return Array.Empty<Location>();
        }

        return project.Names.Declarations[name].Select(d => new Location(d.Document.Uri, PositionMap.ToRange(d.Document.Text, d.Declaration.Name.Span))).ToArray();
    }

    [JsonRpcMethod("textDocument/references")]
    public Location[] References(ReferenceParams parameters)
    {
        var (document, project) = _context.Resolve(parameters.TextDocument);
        var name = DeclaredNames.At(document, project, parameters.Position);
        if (name is null)
        {
            return Array.Empty<Location>();
        }

        var declarations = project.Names.Declarations[name].Select(d => d.Declaration.Name).ToHashSet();
        var includeDeclaration = parameters.Context?.IncludeDeclaration ?? true;
        return project.Names.Uses(name)
            .Where(u => includeDeclaration || !declarations.Contains(u.Name))
            .Select(u => new Location(u.Document.Uri, PositionMap.ToRange(u.Document.Text, u.Name.Span)))
            .ToArray();
    }
}
