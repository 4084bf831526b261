using System.CommandLine;
using AgreementLang.Cli.Commands;

namespace AgreementLang.Cli;

/// <summary>The <c>agr</c> command. Exit codes: 0 no errors, 1 errors in the sources, 2 usage or I/O problems.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Console.OpenStandardInput);

    /// <summary>Runs <c>agr</c> with <paramref name="stdin"/> as what the path <c>-</c> reads.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var root = new RootCommand("AgreementLang: check, render and format critical-minerals trade agreements.")
        {
            CheckCommand.Create(stdout, stderr, stdin),
            FmtCommand.Create(stdout, stderr, stdin),
            RenderCommands.Render(stdout, stderr),
            RenderCommands.Schedule(stdout, stderr),
            RenderCommands.Build(stdout, stderr),
            RenderCommands.Templates(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
        };

        // 'agr' alone and 'agr help [COMMAND]' print the usage, as cargo and dotnet do.
        if (args.Length == 0)
        {
            args = new[] { "--help" };
        }
        else if (args[0] == "help")
        {
            args = args.Skip(1).Append("--help").ToArray();
        }

        args = CommandLineUsage.Normalise(args);
        if (CommandLineUsage.FindError(root, args) is { } usage)
        {
            stderr.WriteLine("agr: " + TerminalText.Escape(usage));
            return ExitCodes.Usage;
        }

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine("agr: " + TerminalText.Escape(error.Message));
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
