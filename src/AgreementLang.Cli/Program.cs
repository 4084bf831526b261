using System.CommandLine;
using AgreementLang.Cli.Commands;

namespace AgreementLang.Cli;

/// <summary>The <c>agr</c> command. Exit codes: 0 no errors, 1 errors in the sources, 2 usage or I/O problems.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("AgreementLang: check, render and format critical-minerals trade agreements.")
        {
            CheckCommand.Create(stdout, stderr),
            FmtCommand.Create(stdout, stderr),
            RenderCommands.Render(stdout, stderr),
            RenderCommands.Schedule(stdout, stderr),
            RenderCommands.Build(stdout, stderr),
            RenderCommands.Templates(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
        };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine("agr: " + error.Message);
            }

            stderr.WriteLine("Run 'agr --help' for usage.");
            return ExitCodes.Usage;
        }

        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int Usage = 2;
}
