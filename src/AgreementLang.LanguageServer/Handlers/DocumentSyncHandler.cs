using AgreementLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer.Handlers;

/// <summary>The editor's buffers: opened, changed (incrementally), saved and closed. Each change schedules the
/// debounced publication of diagnostics.</summary>
public sealed class DocumentSyncHandler
{
    private readonly ServerContext _context;

    public DocumentSyncHandler(ServerContext context) => _context = context;

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        _context.Workspace.Open(parameters.TextDocument.Uri, parameters.TextDocument.Text ?? "", parameters.TextDocument.Version);
        _context.Publisher.Schedule();
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        _context.Workspace.Change(parameters.TextDocument.Uri, parameters.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>(),
            parameters.TextDocument.Version);
        _context.Publisher.Schedule();
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        _context.Workspace.Close(parameters.TextDocument.Uri);
        _context.Publisher.Schedule();
    }

    /// <summary>The buffer is already the text; a save may have written an .editorconfig beside it, though.</summary>
    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        _context.Workspace.ConfigurationChanged();
        _context.Publisher.Schedule();
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(object? parameters)
    {
        _context.Workspace.ConfigurationChanged();
        _context.Publisher.Schedule();
    }
}
