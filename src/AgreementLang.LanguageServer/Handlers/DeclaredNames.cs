using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Syntax;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary>The declared name at a position, if the word there is one.</summary>
public static class DeclaredNames
{
    public static string? At(WorkspaceDocument document, ProjectCompilation project, Position position) =>
        NameAt(document, project, position)?.Text;

    public static NameSyntax? NameAt(WorkspaceDocument document, ProjectCompilation project, Position position)
    {
        var offset = PositionMap.ToOffset(document.Text, position);
        var name = SyntaxQueries.NameAt(document.Syntax, offset);
        return name is not null && project.Names.Declarations.ContainsKey(name.Text) ? name : null;
    }
}
