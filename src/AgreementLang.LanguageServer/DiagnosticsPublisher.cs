using System.Text.Json;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer;

/// <summary>Publishes diagnostics after changes, debounced: a burst of keystrokes compiles once, after the last.
/// Only documents whose diagnostics changed are sent again, except an edited open document, which is always
/// answered (with its version) so that the editor knows its squiggles are current.</summary>
public sealed class DiagnosticsPublisher
{
    /// <summary>Long enough to merge the changes of one keystroke burst, short against the 150 ms target.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(20);

    private readonly AgreementWorkspace _workspace;
    private readonly JsonRpc _rpc;
    private readonly SemaphoreSlim _pending = new(0);
    private readonly Dictionary<string, (int? Version, string Json)> _published = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public DiagnosticsPublisher(AgreementWorkspace workspace, JsonRpc rpc)
    {
        _workspace = workspace;
        _rpc = rpc;
    }

    public void Start() => _loop = Task.Run(LoopAsync);

    public void Schedule() => _pending.Release();

    public async Task StopAsync()
    {
        _stop.Cancel();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _pending.WaitAsync(_stop.Token).ConfigureAwait(false);
                await Task.Delay(Debounce, _stop.Token).ConfigureAwait(false);
                while (_pending.CurrentCount > 0)
                {
                    await _pending.WaitAsync(_stop.Token).ConfigureAwait(false);
                }

                await PublishAsync(_workspace.Snapshot()).ConfigureAwait(false);
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
                // A failure to compile one state of the sources must not end diagnostics for the session.
                await Console.Error.WriteLineAsync("agr lsp: diagnostics failed: " + e.Message).ConfigureAwait(false);
            }
        }
    }

    private async Task PublishAsync(WorkspaceSnapshot snapshot)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in snapshot.Projects)
        {
            foreach (var document in project.Documents)
            {
                seen.Add(document.Uri);
                var diagnostics = project.DiagnosticsFor(document.Path).Select(DiagnosticMapper.ToLsp).ToArray();
                var json = JsonSerializer.Serialize(diagnostics);
                if (_published.TryGetValue(document.Uri, out var last) && last.Json == json && last.Version == document.Version)
                {
                    continue;
                }

                if (!_published.ContainsKey(document.Uri) && diagnostics.Length == 0 && !document.IsOpen)
                {
                    continue;
                }

                _published[document.Uri] = (document.Version, json);
                await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics",
                    new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics)).ConfigureAwait(false);
            }
        }

        foreach (var gone in _published.Keys.Where(u => !seen.Contains(u)).ToArray())
        {
            _published.Remove(gone);
            await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics",
                new PublishDiagnosticsParams(gone, null, Array.Empty<LspDiagnostic>())).ConfigureAwait(false);
        }
    }
}
