using System.Diagnostics;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Packaging;

/// <summary>Runs a program (dotnet, an installed tool) the way CI does: no build servers left behind, no colour.</summary>
public static class Dotnet
{
    public static Agr.ProcessResult Run(string fileName, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var info = Agr.StartInfo(workingDirectory, fileName, args);
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["UseSharedCompilation"] = "false";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Agr.ProcessResult(-1, stdout.Result, stderr.Result, TimedOut: true);
        }

        return new Agr.ProcessResult(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false);
    }
}
