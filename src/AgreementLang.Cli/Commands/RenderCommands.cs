using System.CommandLine;
using AgreementLang.Rendering;
using AgreementLang.Rendering.FileSystem;
using AgreementLang.Rendering.Templates;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr render</c>, <c>agr schedule</c>, <c>agr build</c> and <c>agr templates export</c>.</summary>
public static class RenderCommands
{
    public static Command Render(TextWriter stdout, TextWriter stderr)
    {
        var (paths, output, templates, force, checks) = Common();
        var (trace, boilerplate) = Provenance();
        var format = new Option<string>("--format")
        {
            Description = "Draft format: md, html, docx or akn (Akoma Ntoso 3.0).",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "html", "docx", "akn");
        var word = WordOptions.Create();
        var command = new Command("render", "Write one legal draft per agreement.") { paths, format, output, templates, force, trace, boilerplate, checks.AsOf, checks.Severity, checks.WarnAsError, word.DraftDate, word.ReferenceDocx };
        command.SetAction(result => new Publishing(stdout, stderr).Run(result, checks, new Publishing.Request(
            result.GetValue(paths) ?? [], result.GetValue(output)!, [DraftFormats.Parse(result.GetValue(format)!)], [],
            result.GetValue(templates), result.GetValue(force), word.DraftDateOf(result), result.GetValue(word.ReferenceDocx))
            { Trace = result.GetValue(trace), Boilerplate = result.GetValue(boilerplate) }));
        return command;
    }

    public static Command Schedule(TextWriter stdout, TextWriter stderr)
    {
        var (paths, output, _, force, checks) = Common();
        var format = new Option<string>("--format")
        {
            Description = "Schedule format: json (with docs/schemas/schedule.schema.json) or csv (the tariff annex).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("schedule", "Write the machine-readable schedule of the whole set.") { paths, format, output, force, checks.AsOf, checks.Severity, checks.WarnAsError };
        command.SetAction(result => new Publishing(stdout, stderr).Run(result, checks, new Publishing.Request(
            result.GetValue(paths) ?? [], result.GetValue(output)!, [],
            [result.GetValue(format) == "csv" ? ScheduleFormat.Csv : ScheduleFormat.Json], null, result.GetValue(force))));
        return command;
    }

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (paths, output, templates, force, checks) = Common();
        var (trace, boilerplate) = Provenance();
        var word = WordOptions.Create();
        var command = new Command("build", "Check, then write every draft format and both schedules.") { paths, output, templates, force, trace, boilerplate, checks.AsOf, checks.Severity, checks.WarnAsError, word.DraftDate, word.ReferenceDocx };
        command.SetAction(result => new Publishing(stdout, stderr).Run(result, checks, new Publishing.Request(
            result.GetValue(paths) ?? [], result.GetValue(output)!, DraftFormats.All, [ScheduleFormat.Json, ScheduleFormat.Csv],
            result.GetValue(templates), result.GetValue(force), word.DraftDateOf(result), result.GetValue(word.ReferenceDocx))
            { Trace = result.GetValue(trace), Boilerplate = result.GetValue(boilerplate) }));
        return command;
    }

    public static Command Templates(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the default templates." };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty, replacing templates of the same name." };
        var export = new Command("export", "Write the default templates to a folder, as the start of a house style.") { folder, force };
        export.SetAction(result =>
        {
            var target = result.GetValue(folder)!;
            try
            {
                // A house style already customised there would be silently replaced: only an empty or new folder
                // is written without --force.
                var node = FileNode.Of(target, followLinks: true);
                if (node.Kind is not (FileKind.Directory or FileKind.Missing))
                {
                    stderr.WriteLine($"agr: cannot write templates: '{target}' is {FileNode.Describe(node.Kind)}, not a folder");
                    return ExitCodes.Usage;
                }

                if (node.IsDirectory && !result.GetValue(force) && Directory.EnumerateFileSystemEntries(target).Any())
                {
                    stderr.WriteLine($"agr: the folder '{target}' is not empty (it may hold a customised house style); use --force to replace its templates");
                    return ExitCodes.Usage;
                }

                foreach (var path in TemplateSet.Export(target))
                {
                    stdout.WriteLine("wrote " + path.Replace('\\', '/'));
                }

                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"agr: cannot write templates to '{target}': {FolderWalker.Reason(e)}");
                return ExitCodes.Usage;
            }
        });
        return new Command("templates", "Work with the draft templates.") { export };
    }

    private static (Option<bool> Trace, Option<bool> Boilerplate) Provenance() =>
    (
        new Option<bool>("--trace") { Description = "Follow every provision with the source clause it was made from, and add a trace annex." },
        new Option<bool>("--boilerplate") { Description = "Print every provision that comes from no clause of the sources (the form's fixed wording)." }
    );

    private static (Argument<string[]> Paths, Option<string> Out, Option<string?> Templates, Option<bool> Force, CheckOptions Checks) Common()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively for *.agr) that form one checked set.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "Output folder (created if missing; never a folder that holds sources).",
            Required = true,
        };
        var templates = new Option<string?>("--templates")
        {
            Description = "Folder of house-style templates; each replaces the default of the same file name.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Write even when errors remain; each draft is marked as containing unresolved conflicts.",
        };
        return (paths, output, templates, force, CheckOptions.Create());
    }
}
