using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using StreamJsonRpc;

namespace AgreementLang.Benchmarks;

/// <summary><c>lsp-latency [MEMBERS] [EDITS] [PAUSE-MS]</c>: the language server's answer to an edit in a zone workspace
/// (<see cref="ZoneCorpus"/>, 54 members and 1,431 agreements by default). It starts <c>agr lsp</c> (the build beside
/// this program) as an editor would, opens the workspace folder and one agreement, then makes EDITS edits of one
/// agreement's loan, each PAUSE-MS (1,000 by default) after the previous answer, and times each from the moment the change is sent to
/// the moment the diagnostics of that version arrive. It prints the median, the fastest and the slowest, and the
/// server's peak resident memory (VmHWM).</summary>
public static class LspLatency
{
    public static void Run(string[] args)
    {
        var members = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 54;
        var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        var pause = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1000;
        var folder = Directory.CreateTempSubdirectory("agr-lsp-latency-").FullName;
        try
        {
            RunAsync(folder, members, edits, pause).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunAsync(string folder, int members, int edits, int pause)
    {
        var files = ZoneCorpus.Files(members);
        ZoneCorpus.Write(folder, files);
        var (relative, text) = files[1];
        var uri = new Uri(Path.Combine(folder, relative)).AbsoluteUri;

        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "agr.dll"));
        start.ArgumentList.Add("lsp");
        using var server = Process.Start(start)!;
        var published = new Published();
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(server.StandardInput.BaseStream, server.StandardOutput.BaseStream, new SystemTextJsonFormatter()));
        rpc.AddLocalRpcTarget(published, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        try
        {
            var clock = Stopwatch.StartNew();
            await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(folder).AbsoluteUri, capabilities = new { } });
            await rpc.NotifyWithParameterObjectAsync("initialized", new { });
            await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "agr", version = 1, text } });
            await published.WaitAsync(uri, 1);
            Console.WriteLine($"{files.Count - 1:N0} agreements in {files.Count:N0} files; started, read and checked in {clock.ElapsedMilliseconds:N0} ms");

            var line = text.Split('\n').Select((l, i) => (l, i)).First(p => p.l.Contains("USD 10 million at", StringComparison.Ordinal));
            var column = line.l.IndexOf("10 million", StringComparison.Ordinal);
            var times = new List<double>();
            for (var version = 2; version < edits + 2; version++)
            {
                await Task.Delay(pause);
                var amount = version % 2 == 0 ? "20" : "10";
                var sent = Stopwatch.StartNew();
                await rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new
                {
                    textDocument = new { uri, version },
                    contentChanges = new[] { new { range = new { start = new { line = line.i, character = column }, end = new { line = line.i, character = column + 2 } }, text = amount } },
                });
                await published.WaitAsync(uri, version);
                times.Add(sent.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var peak = PeakResidentMegabytes(server.Id);
            Console.WriteLine($"edit to published diagnostics, {times.Count} edits {pause} ms apart: median {times[times.Count / 2]:F0} ms, fastest {times[0]:F0} ms, slowest {times[^1]:F0} ms");
            Console.WriteLine($"server peak resident memory (VmHWM): {peak}");
            await rpc.InvokeWithParameterObjectAsync<JsonElement>("shutdown", null);
            await rpc.NotifyAsync("exit");
            await server.WaitForExitAsync();
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    private static string PeakResidentMegabytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return "unknown (no /proc)";
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? "unknown" : (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).ToString("N0", CultureInfo.InvariantCulture) + " MB";
    }

    private sealed class Published
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void Publish(JsonElement parameters)
        {
            lock (_gate)
            {
                if (parameters.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number)
                {
                    _versions[parameters.GetProperty("uri").GetString()!] = version.GetInt32();
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public Task WaitAsync(string uri, int version) => Task.Run(() =>
        {
            lock (_gate)
            {
                while (!_versions.TryGetValue(uri, out var seen) || seen < version)
                {
                    if (!Monitor.Wait(_gate, TimeSpan.FromMinutes(5)))
                    {
                        throw new TimeoutException($"no diagnostics for version {version} of {uri}");
                    }
                }
            }
        });
    }
}
