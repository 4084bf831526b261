using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary><c>initialize</c> (the workspace folders are read and the capabilities announced), <c>initialized</c>,
/// <c>shutdown</c> and <c>exit</c>.</summary>
public sealed class LifecycleHandler
{
    private readonly ServerContext _context;

    public LifecycleHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        var folders = parameters.WorkspaceFolders?.Select(f => f.Uri).ToArray()
                      ?? (parameters.RootUri is { } root ? new[] { root } : parameters.RootPath is { } path ? new[] { DocumentUri.FromPath(path) } : Array.Empty<string>());
        foreach (var folder in folders)
        {
            var local = DocumentUri.ToPath(folder);
            if (Directory.Exists(local))
            {
                _context.Workspace.AddFolder(local);
            }
        }

        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)),
                HoverProvider: true,
                new CompletionOptions(new[] { " ", "," }),
                DefinitionProvider: true,
                ReferencesProvider: true,
                new RenameOptions(PrepareProvider: true),
                DocumentFormattingProvider: true,
                DocumentSymbolProvider: true,
                FoldingRangeProvider: true,
                new SemanticTokensOptions(SemanticTokensHandler.Legend, Full: true),
                new CodeActionOptions(new[] { "quickfix" })),
            new ServerInfo("agr", typeof(LifecycleHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
    }

    /// <summary>The folders' diagnostics are published once the client is ready for notifications.</summary>
    [JsonRpcMethod("initialized")]
    public void Initialized(object? parameters) => _context.Publisher.Schedule();

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _context.ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _context.Exit();
}
