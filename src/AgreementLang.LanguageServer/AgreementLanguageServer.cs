using System.Text.Json;
using System.Text.Json.Serialization;
using AgreementLang.LanguageServer.Handlers;
using AgreementLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer;

/// <summary>The language server: LSP 3.17 over a pair of streams (standard input and output for <c>agr lsp</c>),
/// framed with Content-Length headers. Transport and dispatch are StreamJsonRpc's; each method family is answered
/// by one handler in Handlers/. An exception in a handler becomes an error response to that request (StreamJsonRpc
/// catches it), never the end of the server.</summary>
public sealed class AgreementLanguageServer
{
    private readonly JsonRpc _rpc;
    private readonly ServerContext _context;
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AgreementLanguageServer(Stream input, Stream output, ServerHost host)
    {
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                // Documents are text of any content; a 10^5-deep JSON value is refused by the reader, not recursed into.
                MaxDepth = 256,
            },
        };
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        var workspace = new AgreementWorkspace(host);
        var publisher = new DiagnosticsPublisher(workspace, _rpc);
        _context = new ServerContext(workspace, publisher, host, () => _exit.TrySetResult());
        var options = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true };
        foreach (var handler in Handlers(_context))
        {
            _rpc.AddLocalRpcTarget(handler, options);
        }
    }

    /// <summary>Serves until the client sends <c>exit</c> or closes the streams. The exit code is 0 after an orderly
    /// <c>shutdown</c>, else 1, as the specification asks.</summary>
    public async Task<int> RunAsync()
    {
        _rpc.StartListening();
        _context.Publisher.Start();
        try
        {
            // 'exit' ends the session without waiting for the read loop, which may be blocked reading standard input.
            await Task.WhenAny(_rpc.Completion, _exit.Task).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
        {
            // The client went away: the session is over either way.
        }

        await _context.Publisher.StopAsync().ConfigureAwait(false);
        _rpc.Dispose();
        return _context.ShutdownRequested ? 0 : 1;
    }

    private static IEnumerable<object> Handlers(ServerContext context) => new object[]
    {
        new LifecycleHandler(context),
        new DocumentSyncHandler(context),
        new HoverHandler(context),
        new CompletionHandler(context),
        new NavigationHandler(context),
        new RenameHandler(context),
        new FormattingHandler(context),
        new DocumentSymbolHandler(context),
        new FoldingRangeHandler(context),
        new SemanticTokensHandler(context),
        new CodeActionHandler(context),
    };
}
