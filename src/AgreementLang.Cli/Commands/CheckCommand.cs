using System.CommandLine;
using AgreementLang.Diagnostics;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr check PATH...</c>: parse, bind and check a set of files and print every diagnostic.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => Create(stdout, stderr, Console.OpenStandardInput);

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively for *.agr) that form one checked set; '-' reads one file from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (MSBuild canonical lines), json or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output")
        {
            Description = "Write the report to this file instead of standard output.",
        };
        var checks = CheckOptions.Create();

        var command = new Command("check", "Check agreements and report every diagnostic.") { paths, format, output, checks.AsOf, checks.Severity, checks.WarnAsError };
        command.SetAction(result =>
        {
            var given = result.GetValue(paths) ?? Array.Empty<string>();
            if (given.Count(p => p == StandardInput.Path) > 1)
            {
                stderr.WriteLine("agr: '-' (standard input) can be given only once");
                return ExitCodes.Usage;
            }

            var collected = SourceCollector.Collect(given.Where(p => p != StandardInput.Path));
            var errors = collected.Errors.ToList();
            foreach (var folder in given.Where(p => p != StandardInput.Path && Directory.Exists(p)))
            {
                if (SourceCollector.Expand(new[] { folder }, new List<string>()).Count == 0)
                {
                    errors.Add($"agr: no .agr file in '{folder}': nothing to check");
                }
            }

            if (given.Contains(StandardInput.Path))
            {
                var piped = StandardInput.Load(stdin);
                if (piped.Error is not null)
                {
                    errors.Add(piped.Error);
                }
                else
                {
                    collected = collected with
                    {
                        Sources = collected.Sources.Append(piped.Source!).ToArray(),
                        EncodingProblems = piped.Problem is null ? collected.EncodingProblems : collected.EncodingProblems.Append(piped.Problem).ToArray(),
                    };
                }
            }

            foreach (var error in errors)
            {
                stderr.WriteLine(TerminalText.Escape(error));
            }

            if (errors.Count > 0)
            {
                return ExitCodes.Usage;
            }

            var (_, diagnostics, suppressed) = checks.CompileWithSuppressed(result, collected, stderr);
            var report = new StringWriter();
            var target = result.GetValue(output) is null ? stdout : report;
            switch (result.GetValue(format))
            {
                case "json":
                    DiagnosticWriter.WriteJson(target, diagnostics);
                    break;
                case "sarif":
                    DiagnosticWriter.WriteSarif(target, diagnostics, suppressed, Directory.GetCurrentDirectory());
                    break;
                default:
                    DiagnosticWriter.WriteText(target, diagnostics, collected.Sources.Count, target == stdout && ConsoleColours.Enabled(stdout));
                    break;
            }

            if (result.GetValue(output) is { } file)
            {
                try
                {
                    File.WriteAllText(file, report.ToString());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    stderr.WriteLine(TerminalText.Escape($"agr: cannot write '{file}': {e.Message}"));
                    return ExitCodes.Usage;
                }
            }

            return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }
}
