using System.CommandLine;
using AgreementLang.Cli.Commands;

namespace AgreementLang.Cli;

/// <summary>The <c>agr</c> command. Exit codes: 0 no errors, 1 errors in the sources, 2 usage or I/O problems, 3 an
/// internal error (a crash of the tool).</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Console.OpenStandardInput);

    /// <summary>Runs <c>agr</c> with <paramref name="stdin"/> as what the path <c>-</c> reads. Whatever the
    /// command throws is caught here, as a last resort: one line on standard error (the stack trace too when
    /// <c>AGR_DEBUG</c> is set to anything but <c>0</c>) and exit code 3, so that a crash is never taken for errors
    /// found in the sources (1).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        try
        {
            return RunCommand(args, stdout, stderr, stdin);
        }
        catch (Exception e)
        {
            return InternalError(e, stderr);
        }
    }

    internal static int InternalError(Exception e, TextWriter stderr)
    {
        try
        {
            var message = string.Join(" ", e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine($"agr: internal error: {e.GetType().FullName}: {message}; please report it");
            if (Environment.GetEnvironmentVariable("AGR_DEBUG") is { Length: > 0 } debug && debug != "0")
            {
                stderr.WriteLine(e.ToString());
            }

            stderr.Flush();
        }
        catch (Exception)
        {
            // Standard error itself failed: the exit code still tells.
        }

        return ExitCodes.InternalError;
    }

    private static int RunCommand(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var root = new RootCommand("AgreementLang: check, render and format critical-minerals trade agreements.")
        {
            CheckCommand.Create(stdout, stderr, stdin),
            FmtCommand.Create(stdout, stderr, stdin),
            RenderCommands.Render(stdout, stderr),
            RenderCommands.Schedule(stdout, stderr),
            RenderCommands.Build(stdout, stderr),
            RenderCommands.Templates(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
            RedlineCommand.Create(stdout, stderr),
            ReportCommand.Create(stdout, stderr),
            ProtocolCommand.Create(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
            LspCommand.Create(),
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

        // Exceptions reach Run's handler (System.CommandLine's own would print the stack and exit 1).
        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int Usage = 2;

    /// <summary>A crash of the tool itself (an unhandled exception): never a verdict on the sources.</summary>
    public const int InternalError = 3;
}
