using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer;

/// <summary>What the handlers share: the workspace, the diagnostics publisher and the host's services.</summary>
public sealed class ServerContext
{
    private readonly Action _exit;

    public ServerContext(AgreementWorkspace workspace, DiagnosticsPublisher publisher, ServerHost host, Action exit)
    {
        Workspace = workspace;
        Publisher = publisher;
        Host = host;
        _exit = exit;
    }

    public AgreementWorkspace Workspace { get; }

    public DiagnosticsPublisher Publisher { get; }

    public ServerHost Host { get; }

    public bool ShutdownRequested { get; set; }

    public void Exit() => _exit();

    /// <summary>The document a request names, compiled with its project; an LSP error when the server has never
    /// been told of it.</summary>
    public (WorkspaceDocument Document, ProjectCompilation Project) Resolve(TextDocumentIdentifier? document)
    {
        if (document?.Uri is not { } uri)
        {
            throw new LocalRpcException("the request names no text document") { ErrorCode = LspErrorCodes.InvalidParams };
        }

        return Workspace.Snapshot().Find(uri)
               ?? throw new LocalRpcException($"'{uri}' is not open and not in a workspace folder") { ErrorCode = LspErrorCodes.RequestFailed };
    }
}
