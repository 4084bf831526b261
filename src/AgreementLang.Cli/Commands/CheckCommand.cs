using System.CommandLine;
using AgreementLang.Diagnostics;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr check PATH...</c>: parse, bind and check a set of files and print every diagnostic.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively for *.agr) that form one checked set.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (MSBuild canonical lines) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var checks = CheckOptions.Create();

        var command = new Command("check", "Check agreements and report every diagnostic.") { paths, format, checks.AsOf, checks.Severity };
        command.SetAction(result =>
        {
            var collected = SourceCollector.Collect(result.GetValue(paths) ?? Array.Empty<string>());
            foreach (var error in collected.Errors)
            {
                stderr.WriteLine(error);
            }

            if (collected.Errors.Count > 0)
            {
                return ExitCodes.Usage;
            }

            var (_, diagnostics) = checks.Compile(result, collected, stderr);
            if (result.GetValue(format) == "json")
            {
                DiagnosticWriter.WriteJson(stdout, diagnostics);
            }
            else
            {
                DiagnosticWriter.WriteText(stdout, diagnostics, collected.Sources.Count, ConsoleColours.Enabled(stdout));
            }

            return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }
}
