using System.Diagnostics;
using AgreementLang.Diagnostics;

namespace AgreementLang.Tests.Infrastructure;

/// <summary>Helpers to compile in-memory sources and to run the real <c>agr</c> program in a child process
/// (so that a crash or a hang fails one test instead of the whole run).</summary>
public static class Agr
{
    public static Compilation Compile(params (string Path, string Text)[] files) =>
        Compilation.Create(files.Select(f => new SourceText(f.Path, f.Text)));

    public static Compilation Compile(string text) => Compile(("test.agr", text));

    public static string[] Codes(this Compilation compilation) => compilation.Diagnostics.Select(d => d.Code).ToArray();

    public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, bool TimedOut);

    /// <summary>Runs <c>agr ARGS</c> (the CLI built beside the tests) and waits at most <paramref name="timeout"/>.</summary>
    public static ProcessResult Run(TimeSpan timeout, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "agr.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(-1, stdout.Result, stderr.Result, TimedOut: true);
        }

        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false);
    }
}
