using System.CommandLine;
using System.Globalization;
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

        var asOf = new Option<string?>("--as-of")
        {
            Description = "Evaluate the set as it stands on this date (YYYY-MM-DD): only agreements in force then, with the amendments made by then.",
        };
        asOf.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && ParseDate(text) is null)
            {
                result.AddError($"--as-of: '{text}' is not a date such as 2027-01-01");
            }
        });

        var severity = new Option<string[]>("--severity")
        {
            Description = "Override a code's severity, e.g. AGR310=none (none, info, warning, error); repeatable. Wins over .editorconfig.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        severity.Validators.Add(result =>
        {
            foreach (var text in result.GetValueOrDefault<string[]>() ?? Array.Empty<string>())
            {
                if (!SeverityOption.TryParse(text, out _, out _, out var error))
                {
                    result.AddError("--severity: " + error);
                }
            }
        });

        var command = new Command("check", "Check agreements and report every diagnostic.") { paths, format, asOf, severity };
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

            var overrides = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
            foreach (var text in result.GetValue(severity) ?? Array.Empty<string>())
            {
                SeverityOption.TryParse(text, out var code, out var level, out _);
                overrides[code] = level;
            }

            var editorConfig = EditorConfig.For(collected.Sources.Select(s => s.Path));
            var options = new CompilationOptions(overrides, result.GetValue(asOf) is { } date ? ParseDate(date) : null, editorConfig.Severity);
            var compilation = Compilation.Create(collected.Sources, options);
            var diagnostics = collected.EncodingProblems.Select(d => Apply(d, options, editorConfig))
                .Where(d => d.Severity != DiagnosticSeverity.None)
                .Concat(compilation.Diagnostics)
                .ToArray();
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

    private static DateTime? ParseDate(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Encoding problems are found before compiling, so the overrides are applied to them here.</summary>
    private static Diagnostic Apply(Diagnostic diagnostic, CompilationOptions options, EditorConfig editorConfig) =>
        options.Severities.TryGetValue(diagnostic.Code, out var severity) ? diagnostic.WithSeverity(severity)
        : editorConfig.Severity(diagnostic.Location.Path, diagnostic.Code) is { } fromFile ? diagnostic.WithSeverity(fromFile)
        : diagnostic;
}
