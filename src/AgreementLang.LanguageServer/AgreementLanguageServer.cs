using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AgreementLang.LanguageServer.Handlers;
using AgreementLang.LanguageServer.Protocol;
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
        var formatter = Formatter();
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        var workspace = new AgreementWorkspace(host);
        var publisher = new DiagnosticsPublisher(workspace, _rpc);
        _context = new ServerContext(workspace, publisher, host, () => _exit.TrySetResult());
        var options = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true };
        foreach (var (metadata, handler) in Handlers(_context))
        {
            _rpc.AddLocalRpcTarget(metadata, handler, options);
        }
    }

    /// <summary>Messages are read and written with the generated <see cref="LspJsonContext"/> only (camel case, no
    /// nulls, depth at most 256). StreamJsonRpc marks its formatter as not proven for native builds; agr follows its
    /// NativeAOT guidance (a generated TypeInfoResolver, targets added with their metadata, notifications with
    /// NamedArgs) and .ci/run runs the language server tests against the installed, natively compiled agr.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "See the summary: the resolver is generated.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "See the summary: the resolver is generated.")]
    private static SystemTextJsonFormatter Formatter() => new()
    {
        JsonSerializerOptions = new JsonSerializerOptions(LspJsonContext.Default.Options),
    };

    /// <summary>A handler with its methods, read from its type as written here, so that the native build keeps
    /// them. StreamJsonRpc marks reading a class as needing run-time code only for events with value-type arguments
    /// (RpcTargetMetadata.EnableDynamicEventHandlerCreation); no handler has an event.</summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "See the summary: no handler has an event.")]
    private static (RpcTargetMetadata Metadata, object Handler) Target<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] THandler>(
        THandler handler)
        where THandler : class =>
        (RpcTargetMetadata.FromClass(typeof(THandler)), handler);

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

    private static IEnumerable<(RpcTargetMetadata Metadata, object Handler)> Handlers(ServerContext context) =>
    [
        Target(new LifecycleHandler(context)),
        Target(new DocumentSyncHandler(context)),
        Target(new HoverHandler(context)),
        Target(new CompletionHandler(context)),
        Target(new NavigationHandler(context)),
        Target(new RenameHandler(context)),
        Target(new FormattingHandler(context)),
        Target(new DocumentSymbolHandler(context)),
        Target(new FoldingRangeHandler(context)),
        Target(new SemanticTokensHandler(context)),
        Target(new CodeActionHandler(context)),
    ];
}
