using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;

namespace AgreementLang.LanguageServer.Tests;

/// <summary>A real LSP client for the tests: starts <c>dotnet agr.dll lsp</c> and talks to it over its standard
/// input and output with StreamJsonRpc, Content-Length framed. Requests and results are plain JSON written with the
/// protocol's own field names (not the server's C# types), so that the wire format itself is under test.</summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly StringBuilder _stderr = new();
    private readonly DiagnosticsSink _sink = new();

    private LspClient(Process process)
    {
        _process = process;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new SystemTextJsonFormatter()));
        _rpc.AddLocalRpcTarget(_sink, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the server and initializes it with <paramref name="root"/> as its only workspace folder.</summary>
    public static async Task<LspClient> StartAsync(string? root)
    {
        // AGR_EXECUTABLE names another agr to test (the installed, natively compiled tool; see .ci/run).
        var executable = Environment.GetEnvironmentVariable("AGR_EXECUTABLE");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(executable) ? "dotnet" : executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (string.IsNullOrEmpty(executable))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "agr.dll"));
        }

        start.ArgumentList.Add("lsp");
        var process = Process.Start(start)!;
        var client = new LspClient(process);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (client._stderr)
            {
                client._stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        var folders = root is null ? null : new[] { new { uri = Uri(root), name = Path.GetFileName(root) } };
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = root is null ? null : Uri(root), workspaceFolders = folders, capabilities = new { } });
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public async Task<JsonElement> RequestAsync(string method, object parameters)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        return await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, timeout.Token);
    }

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "agr", version, text } });

    /// <summary>Replaces the whole text (a change without a range).</summary>
    public Task ReplaceAsync(string uri, string text, int version) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    /// <summary>An incremental change: <paramref name="text"/> replaces the zero-based range.</summary>
    public Task EditAsync(string uri, int version, int line, int character, int endLine, int endCharacter, string text) =>
        NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { range = Range(line, character, endLine, endCharacter), text } },
        });

    public static object Position(int line, int character) => new { line, character };

    public static object Range(int line, int character, int endLine, int endCharacter) =>
        new { start = Position(line, character), end = Position(endLine, endCharacter) };

    public static object At(string uri, int line, int character) => new { textDocument = new { uri }, position = Position(line, character) };

    /// <summary>The first diagnostics published for <paramref name="uri"/> (since the client started) that satisfy
    /// <paramref name="accept"/>, waiting up to two minutes for them.</summary>
    public Task<JsonElement> DiagnosticsAsync(string uri, Func<JsonElement, bool>? accept = null) =>
        _sink.WaitAsync(uri, accept ?? (_ => true), TimeSpan.FromMinutes(2));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _rpc.InvokeWithParameterObjectAsync<JsonElement>("shutdown", null, timeout.Token);
                await _rpc.NotifyAsync("exit");
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception)
        {
            // The assertions have been made; a server that does not stop in time is killed below.
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _rpc.Dispose();
            _process.Dispose();
        }
    }

    /// <summary>Exits the server the orderly way and returns its exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", new { });
        await _rpc.NotifyAsync("exit");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    private sealed class DiagnosticsSink
    {
        private readonly ConcurrentQueue<JsonElement> _received = new();
        private readonly SemaphoreSlim _arrived = new(0);

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void Publish(JsonElement parameters)
        {
            _received.Enqueue(parameters.Clone());
            _arrived.Release();
        }

        public async Task<JsonElement> WaitAsync(string uri, Func<JsonElement, bool> accept, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                foreach (var item in _received)
                {
                    if (item.GetProperty("uri").GetString() == uri && accept(item))
                    {
                        return item;
                    }
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                {
                    throw new TimeoutException($"no diagnostics as expected for {uri}; received for: " +
                                               string.Join(", ", _received.Select(r => r.GetProperty("uri").GetString()).Distinct()));
                }
            }
        }
    }
}
