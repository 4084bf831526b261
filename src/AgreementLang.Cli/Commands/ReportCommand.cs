using System.CommandLine;
using AgreementLang.Diagnostics;
using AgreementLang.Rendering.FileSystem;
using AgreementLang.Rendering.Output;
using AgreementLang.Rendering.Report;
using AgreementLang.Rendering.Report.Html;
using AgreementLang.Rendering.Templates;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr report PATHS --out FILE [--format html|json] [--as-of DATE] [--templates DIR]</c>: the whole set at a
/// glance. The same checks as <c>agr check</c> run first, with the same options; the report draws their model and
/// their diagnostics and is written even when errors remain (the conflicts are part of what it shows), in which
/// case the exit code is 1, as for <c>check</c>. The file is written atomically, and only once all of it is made.</summary>
public static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively for *.agr) that form one checked set.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "The file to write (an HTML page, or JSON with --format json).",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "html: one self-contained page of SVG charts; json: the same figures as data (docs/schemas/report.schema.json).",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "json");
        var templates = new Option<string?>("--templates")
        {
            Description = "Folder of house-style templates; report.html.hbs, report.css.hbs and report.js.hbs replace the defaults.",
        };
        var checks = CheckOptions.Create();
        var command = new Command("report", "Write the zone report: floors, tariffs, money, volumes, dates and conflicts as pictures.")
        {
            paths, output, format, templates, checks.AsOf, checks.Severity, checks.WarnAsError,
        };
        command.SetAction(result => Run(result, checks, result.GetValue(paths) ?? [], result.GetValue(output)!, result.GetValue(format)!,
            result.GetValue(templates), stdout, stderr));
        return command;
    }

    private static int Run(ParseResult result, CheckOptions checks, IReadOnlyList<string> paths, string output, string format, string? templateFolder,
        TextWriter stdout, TextWriter stderr)
    {
        var collected = SourceCollector.Collect(paths);
        foreach (var error in collected.Errors)
        {
            stderr.WriteLine(TerminalText.Escape(error));
        }

        if (collected.Errors.Count > 0)
        {
            return ExitCodes.Usage;
        }

        var target = Path.GetFullPath(output);
        if (collected.Sources.Any(s => string.Equals(Path.GetFullPath(s.Path), target, StringComparison.Ordinal)))
        {
            stderr.WriteLine($"agr: the report would overwrite the source '{output}'; choose another --out");
            return ExitCodes.Usage;
        }

        var (compilation, diagnostics) = checks.Compile(result, collected, stderr);
        if (diagnostics.Length > 0)
        {
            DiagnosticWriter.WriteText(stderr, diagnostics, collected.Sources.Count, ConsoleColours.Enabled(stderr));
        }

        string text;
        try
        {
            var report = ZoneReportBuilder.Build(compilation.Model, diagnostics, collected.Sources.Count, checks.AsOfDate(result));
            text = format == "json"
                ? ReportJsonWriter.Write(report)
                : ReportHtmlWriter.Write(report, templateFolder is null ? TemplateSet.ReportDefault : TemplateSet.Load(templateFolder, TemplateSet.ReportTemplates));
        }
        catch (TemplateException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (FileReadException e)
        {
            stderr.WriteLine("agr: " + e.Message);
            return ExitCodes.Usage;
        }

        try
        {
            var node = FileNode.Of(output, followLinks: true);
            if (node.Kind is not (FileKind.Regular or FileKind.Missing))
            {
                stderr.WriteLine($"agr: cannot write '{output}': it is {FileNode.Describe(node.Kind)}.");
                return ExitCodes.Usage;
            }

            if (Path.GetDirectoryName(target) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            AtomicFile.Write(output, new System.Text.UTF8Encoding(false).GetBytes(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"agr: cannot write '{output}': {FolderWalker.Reason(e)}");
            return ExitCodes.Usage;
        }

        stdout.WriteLine("wrote " + output.Replace('\\', '/'));
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
    }
}
