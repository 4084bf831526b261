using System.Text.RegularExpressions;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using AgreementLang.Syntax;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>textDocument/prepareRename</c> and <c>textDocument/rename</c>: a declared name and every use of it in
/// the folder. A new name must be a name (docs/language.md §2.3) that is neither a keyword nor already declared;
/// otherwise the request fails with the reason, and nothing is edited.</summary>
public sealed class RenameHandler
{
    private static readonly Regex ValidName = new(@"^[A-Za-z][A-Za-z0-9_]*(-[A-Za-z0-9][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

    private readonly ServerContext _context;

    public RenameHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/prepareRename")]
    public PrepareRenameResult? PrepareRename(PrepareRenameParams parameters)
    {
        var (document, project) = _context.Resolve(parameters.TextDocument);
        var name = DeclaredNames.NameAt(document, project, parameters.Position);
        return name is null ? null : new PrepareRenameResult(PositionMap.ToRange(document.Text, name.Span), name.Text);
    }

    [JsonRpcMethod("textDocument/rename")]
    public WorkspaceEdit Rename(RenameParams parameters)
    {
        var (document, project) = _context.Resolve(parameters.TextDocument);
        var name = DeclaredNames.At(document, project, parameters.Position)
                   ?? throw Fail("there is no declared name (zone, facility, producer, institution, stockpile, mineral, agreement or amendment) here");
        var newName = parameters.NewName ?? "";
        if (!ValidName.IsMatch(newName) || newName.Length > 200)
        {
            throw Fail($"'{newName}' is not a name: a letter, then letters, digits, '_' or '-' (a hyphen followed by a letter or digit)");
        }

        if (Keywords.IsKeyword(newName))
        {
            throw Fail($"'{newName}' is a keyword");
        }

        if (newName != name && project.Names.Declarations.ContainsKey(newName))
        {
            throw Fail($"'{newName}' is already declared");
        }

        var changes = project.Names.Uses(name)
            .GroupBy(u => u.Document.Uri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(u => new TextEdit(PositionMap.ToRange(u.Document.Text, u.Name.Span), newName)).ToArray(), StringComparer.Ordinal);
        return new WorkspaceEdit(changes);
    }

    private static LocalRpcException Fail(string message) => new(message) { ErrorCode = LspErrorCodes.RequestFailed };
}
