using System.Diagnostics;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Tests.Infrastructure;

/// <summary>Helpers to compile in-memory sources and to run the real <c>agr</c> program in a child process
/// (so that a crash or a hang fails one test instead of the whole run).</summary>
public static class Agr
{
    public static Compilation Compile(params (string Path, string Text)[] files) =>
        Compilation.Create(files.Select(f => new SourceText(f.Path, f.Text)));

    public static Compilation Compile(string text) => Compile(("test.agr", text));

    /// <summary>Runs <c>agr ARGS</c> in this process, as the command-line tests do, with <paramref name="input"/>
    /// as what the path <c>-</c> reads.</summary>
    public static (int Exit, string Out, string Err) InProcess(string? input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = AgreementLang.Cli.Program.Run(args, stdout, stderr, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input ?? "")));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string[] Codes(this Compilation compilation) => compilation.Diagnostics.Select(d => d.Code).ToArray();

    public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, bool TimedOut);

    /// <summary>Runs <c>agr ARGS</c> (the CLI built beside the tests) and waits at most <paramref name="timeout"/>.</summary>
    public static ProcessResult Run(TimeSpan timeout, string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
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

    /// <summary>The user and group a permission test runs <c>agr</c> as when the tests run as root (nobody).</summary>
    public const int UnprivilegedId = 65534;

    /// <summary>Runs <c>agr ARGS</c> as a user that file permissions apply to. Root reads every file whatever its
    /// mode, so a test of an unreadable file proves nothing as root: then the child is started through
    /// <c>setpriv --reuid=65534 --regid=65534 --clear-groups</c> (util-linux), as the user nobody. When setpriv is
    /// missing the test fails; it is never skipped. Not as root, the child runs as the current user. The files the
    /// child needs (the test's folder, the built <c>agr.dll</c>) must be readable by that user.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static ProcessResult RunUnprivileged(TimeSpan timeout, string workingDirectory, params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return Run(timeout, workingDirectory, args);
        }

        var setpriv = new[] { "/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv" }.FirstOrDefault(File.Exists);
        Assert.True(setpriv is not null,
            "the tests run as root, and a permission test must run agr as another user, but setpriv (util-linux) is not installed");
        var id = UnprivilegedId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] agr = Environment.GetEnvironmentVariable("AGR_EXECUTABLE") is { Length: > 0 } executable
            ? [executable]
            : ["dotnet", Path.Combine(UnprivilegedCopy.Value, "agr.dll")];
        using var process = Start(workingDirectory, setpriv!, ["--reuid=" + id, "--regid=" + id, "--clear-groups", .. agr, .. args]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(-1, stdout.Result, stderr.Result, TimedOut: true);
        }

        Assert.False(stderr.Result.StartsWith("setpriv:", StringComparison.Ordinal), "could not drop privileges: " + stderr.Result);
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false);
    }

    /// <summary>A copy of the built <c>agr</c> (its assemblies and configuration) in a folder every user can read: the
    /// clone the tests run from may lie under a folder that only root may enter (<c>/root</c>). Made once per test
    /// run, removed when it ends.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static readonly Lazy<string> UnprivilegedCopy = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("agr-unprivileged-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) ||
                     Path.GetFileName(f).StartsWith("agr.", StringComparison.Ordinal)))
        {
            var copy = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetUnixFileMode(copy, (UnixFileMode)0b110_100_100);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    /// <summary>Starts <c>agr ARGS</c> and returns at once, for tests that kill it mid-run; the caller must read
    /// or discard its redirected output. The <c>agr</c> is the one built beside the tests, or the program that
    /// <c>AGR_EXECUTABLE</c> names (the installed, natively compiled tool: .ci/run runs the tests that start
    /// <c>agr</c> again against it).</summary>
    public static Process Start(string workingDirectory, params string[] args) =>
        Environment.GetEnvironmentVariable("AGR_EXECUTABLE") is { Length: > 0 } executable
            ? Start(workingDirectory, executable, args)
            : Start(workingDirectory, "dotnet", [Path.Combine(AppContext.BaseDirectory, "agr.dll"), .. args]);

    private static Process Start(string workingDirectory, string program, string[] args) => Process.Start(StartInfo(workingDirectory, program, args))!;

    /// <summary>A child process with its output redirected and no colour, as every process the tests start.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, string program, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        return info;
    }
}
