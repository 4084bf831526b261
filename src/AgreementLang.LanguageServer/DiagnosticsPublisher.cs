using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer;

/// <summary>Publishes diagnostics after changes, in two passes. After a burst of edits (debounced), each edited
/// document is checked at once with the documents that touch it (<see cref="AgreementWorkspace.Focused"/>) and its
/// diagnostics sent; then, once the edits pause, the whole folder is checked in the background and every document whose diagnostics differ
/// is sent again, so the editor ends with exactly what <c>agr check</c> of the folder reports. A full pass still
/// running when new edits arrive does not delay their first pass; its results for documents edited meanwhile are
/// dropped as stale.</summary>
public sealed class DiagnosticsPublisher
{
    /// <summary>Long enough to merge the changes of one keystroke burst, short against the 150 ms target.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(20);

    /// <summary>How long edits must pause before the whole folder is checked again.</summary>
    public static readonly TimeSpan FullPassQuiet = TimeSpan.FromMilliseconds(250);

    private readonly AgreementWorkspace _workspace;
    private readonly JsonRpc _rpc;
    private readonly SemaphoreSlim _edits = new(0);
    private readonly SemaphoreSlim _full = new(0);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Dictionary<string, (int? Version, string Json)> _published = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task[] _loops = Array.Empty<Task>();

    public DiagnosticsPublisher(AgreementWorkspace workspace, JsonRpc rpc)
    {
        _workspace = workspace;
        _rpc = rpc;
    }

    public void Start() => _loops = new[] { Task.Run(FirstPassLoopAsync), Task.Run(FullPassLoopAsync) };

    /// <summary>Something changed: edited documents get their first pass, then the folder its full one.</summary>
    public void Schedule() => _edits.Release();

    public async Task StopAsync()
    {
        _stop.Cancel();
        await Task.WhenAll(_loops).ConfigureAwait(false);
    }

    private async Task FirstPassLoopAsync()
    {
        await RunLoopAsync(_edits, async () =>
        {
            await Task.Delay(Debounce, _stop.Token).ConfigureAwait(false);
            while (_edits.CurrentCount > 0)
            {
                await _edits.WaitAsync(_stop.Token).ConfigureAwait(false);
            }

            foreach (var uri in _workspace.TakeEdited())
            {
                if (_workspace.Focused(uri) is { } focused)
                {
                    await SendAsync(focused.Document.Uri, focused.Document.Version, focused.Diagnostics, always: true).ConfigureAwait(false);
                }
            }

            _full.Release();
        }).ConfigureAwait(false);
    }

    private async Task FullPassLoopAsync()
    {
        await RunLoopAsync(_full, async () =>
        {
            // Typing goes on: the folder is checked once it pauses, so that the full pass does not take the processor
            // from the first pass of the next keystroke.
            while (await _full.WaitAsync(FullPassQuiet, _stop.Token).ConfigureAwait(false))
            {
            }

            var snapshot = _workspace.Snapshot();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var project in snapshot.Projects)
            {
                foreach (var document in project.Documents)
                {
                    seen.Add(document.Uri);
                    await SendAsync(document.Uri, document.Version, project.DiagnosticsFor(document.Path), always: false).ConfigureAwait(false);
                }
            }

            await ClearGoneAsync(seen).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private async Task RunLoopAsync(SemaphoreSlim signal, Func<Task> pass)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(_stop.Token).ConfigureAwait(false);
                await pass().ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
            {
                return;
            }
            catch (Exception e)
            {
                // A failure to check one state of the sources must not end diagnostics for the session.
                await Console.Error.WriteLineAsync("agr lsp: diagnostics failed: " + e.Message).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends a document's diagnostics unless they are what was last sent for that version, or the document
    /// has changed since they were computed (a newer pass will send its own).</summary>
    private async Task SendAsync(string uri, int? version, IReadOnlyList<Diagnostic> diagnostics, bool always)
    {
        var lsp = diagnostics.Select(DiagnosticMapper.ToLsp).ToArray();
        var json = lsp.Length == 0 ? "[]" : JsonSerializer.Serialize(lsp, LspJsonContext.Default.LspDiagnosticArray);
        await _sending.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            var current = _workspace.CurrentVersion(uri);
            if (!current.Known || current.Version != version)
            {
                return;
            }

            var sentBefore = _published.TryGetValue(uri, out var last);
            if (sentBefore ? last.Json == json && (last.Version == version || !always) : lsp.Length == 0 && version is null)
            {
                return;
            }

            _published[uri] = (version, json);
            await PublishAsync(new PublishDiagnosticsParams(uri, version, lsp)).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ClearGoneAsync(HashSet<string> seen)
    {
        await _sending.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            foreach (var gone in _published.Keys.Where(u => !seen.Contains(u) && !_workspace.CurrentVersion(u).Known).ToArray())
            {
                _published.Remove(gone);
                await PublishAsync(new PublishDiagnosticsParams(gone, null, Array.Empty<LspDiagnostic>())).ConfigureAwait(false);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Sends <c>textDocument/publishDiagnostics</c> with its parameters by their LSP names (no
    /// <c>version</c> when there is none), as a dictionary: StreamJsonRpc then needs no reflection over a parameter
    /// object, which the natively compiled agr could not do.</summary>
    private Task PublishAsync(PublishDiagnosticsParams parameters)
    {
        var arguments = new Dictionary<string, object?> { ["uri"] = parameters.Uri, ["diagnostics"] = parameters.Diagnostics };
        var types = new Dictionary<string, Type> { ["uri"] = typeof(string), ["diagnostics"] = typeof(LspDiagnostic[]) };
        if (parameters.Version is { } version)
        {
            arguments["version"] = version;
            types["version"] = typeof(int);
        }

        return _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", arguments, types);
    }
}
