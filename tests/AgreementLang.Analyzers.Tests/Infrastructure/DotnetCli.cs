using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementLang.Analyzers.Tests.Infrastructure;

/// <summary>The result of one child <c>dotnet</c> command.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    private static readonly Regex DiagnosticLine = new(
        @"^[ \t]*(?<path>[^\s(][^(\r\n]*\.agr)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>[A-Z]+\d+): (?<message>[^\r\n]*?)(?: \(https?://[^)\s]*\))? \[[^\]\r\n]*\][ \t]*\r?$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The distinct <c>.agr</c> diagnostics the build printed (MSBuild repeats errors in its summary).</summary>
    public IReadOnlyList<BuildDiagnostic> AgrDiagnostics => DiagnosticLine.Matches(Output)
        .Select(m => new BuildDiagnostic(
            m.Groups["path"].Value.Trim(),
            int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["severity"].Value,
            m.Groups["id"].Value,
            m.Groups["message"].Value))
        .Distinct()
        .ToList();

    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"$ {Command}\n(exit {ExitCode}, {Elapsed.TotalSeconds:0.0} s)\n{Output}";
}

public sealed record BuildDiagnostic(string Path, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>The same diagnostic with the folder of the consumer taken out of its path and message, to compare
    /// builds made in different folders.</summary>
    public BuildDiagnostic RelativeTo(string folder)
    {
        var prefix = folder.TrimEnd('/', '\\') + System.IO.Path.DirectorySeparatorChar;
        return this with { Path = Path.Replace(prefix, string.Empty), Message = Message.Replace(prefix, string.Empty) };
    }
}

/// <summary>Runs <c>dotnet</c> as a child process the way CI must: no MSBuild node reuse, no MSBuild server, no
/// shared compiler server (none of them may outlive the test holding its files open), and a time limit.</summary>
public static class DotnetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan? timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // The test host's own MSBuild settings must not leak into the child build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit((int)limit.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {limit.TotalSeconds:0} s:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new CommandResult("dotnet " + string.Join(' ', arguments), process.ExitCode, output.ToString(), watch.Elapsed);
        }
    }

    /// <summary><c>dotnet build</c> with the switches every child build gets.</summary>
    public static CommandResult Build(string project, IReadOnlyDictionary<string, string>? environment = null, params string[] extra)
    {
        var arguments = new List<string>
        {
            "build", project, "-c", Repository.Configuration, "-nologo", "-p:UseSharedCompilation=false", "-nodeReuse:false",
            "-p:NuGetAudit=false", "-tl:off", "-clp:NoSummary",
        };
        arguments.AddRange(extra);
        return Run(System.IO.Path.GetDirectoryName(project)!, environment, null, arguments.ToArray());
    }
}
