using AgreementLang.Cli.Versions;
using System.CommandLine;
using System.Globalization;
using AgreementLang.Model.Versions;
using AgreementLang.Rendering;
using AgreementLang.Rendering.Output;
using AgreementLang.Rendering.Redline;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr redline OLD NEW --format docx|html|md --out DIR</c>: for every agreement of both versions, the new
/// draft with the changes from the old one marked (Word tracked changes, HTML or Markdown <c>&lt;ins&gt;</c> and
/// <c>&lt;del&gt;</c>). Exit codes as <c>agr diff</c>'s: 0 when no draft changed, 1 when one did (the redlines are
/// written either way), 2 for a usage or I/O error or a side that does not parse.</summary>
public static class RedlineCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var before = new Argument<string>("old") { Description = "The earlier version: a file or a folder (searched recursively for *.agr)." };
        var after = new Argument<string>("new") { Description = "The later version: a file or a folder." };
        var format = new Option<string>("--format")
        {
            Description = "Redline format: docx (Word tracked changes), html or md.",
            DefaultValueFactory = _ => "docx",
        };
        format.AcceptOnlyFromAmong("docx", "html", "md");
        var output = new Option<string>("--out") { Description = "Output folder (created if missing; never a folder that holds sources).", Required = true };
        var author = new Option<string>("--author")
        {
            Description = "The author of the tracked changes in Word.",
            DefaultValueFactory = _ => RedlineOptions.DefaultAuthor,
        };
        author.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--author: the author of the changes cannot be empty");
            }
        });
        var date = new Option<string?>("--date") { Description = "The date of the tracked changes in Word (YYYY-MM-DD); default: none." };
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && Date(text) is null)
            {
                result.AddError($"--date: '{text}' is not a date such as 2026-02-20");
            }
        });
        var changes = new Option<bool>("--changes") { Description = "End the redline with a table of the changes to the model, as 'agr diff' lists them." };

        var command = new Command("redline", "Write the new draft of each agreement with the changes from the old version marked.") { before, after, format, output, author, date, changes };
        command.SetAction(result =>
        {
            var (oldPath, newPath, folder) = (result.GetValue(before)!, result.GetValue(after)!, result.GetValue(output)!);
            var oldSide = VersionSide.FromPath(oldPath, stderr);
            var newSide = VersionSide.FromPath(newPath, stderr);
            if (oldSide is null || newSide is null)
            {
                return ExitCodes.Usage;
            }

            var refusal = OutputFolder.Refusal(folder, [oldPath, newPath], oldSide.Sources.Concat(newSide.Sources).Select(s => s.Path));
            if (refusal is not null)
            {
                stderr.WriteLine(refusal);
                return ExitCodes.Usage;
            }

            var (oldSet, newSet) = (oldSide.Model, newSide.Model);
            var draftFormat = DraftFormats.Parse(result.GetValue(format)!);
            var options = new RedlineOptions(result.GetValue(author)!, result.GetValue(date) is { } text ? Date(text) : null, oldPath, newPath,
                result.GetValue(changes) ? ModelDiff.Compare(oldSet, newSet) : null);
            var drafts = new DraftRenderer();
            var redlines = new RedlineRenderer();
            var files = new List<(string Path, byte[] Bytes)>();
            var changed = false;
            foreach (var agreement in newSet.Agreements.OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                var old = oldSet.Agreements.FirstOrDefault(a => a.Name == agreement.Name);
                if (old is null)
                {
                    stderr.WriteLine(TerminalText.Escape($"agr: {agreement.Name} is not in '{oldPath}': no redline for it (it is new as a whole)"));
                    changed = true;
                    continue;
                }

                RedlineDraft redline;
                try
                {
                    redline = RedlineDraft.Compare(drafts.Build(oldSet, old), drafts.Build(newSet, agreement));
                }
                catch (ArgumentException e)
                {
                    stderr.WriteLine(TerminalText.Escape("agr: cannot write a redline: " + e.Message));
                    return ExitCodes.Usage;
                }

                changed |= redline.Changes.Count > 0;
                files.Add((Path.Combine(folder, OutputFolder.FileName(agreement.Name, ".redline" + DraftFormats.Extension(draftFormat))), redlines.Render(redline, draftFormat, options)));
            }

            foreach (var removed in oldSet.Agreements.Where(o => newSet.Agreements.All(a => a.Name != o.Name)).OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                stderr.WriteLine(TerminalText.Escape($"agr: {removed.Name} is not in '{newPath}': no redline for it (it was removed as a whole)"));
                changed = true;
            }

            if (files.Count == 0)
            {
                stderr.WriteLine(TerminalText.Escape($"agr: '{oldPath}' and '{newPath}' have no agreement in common: no redline was written"));
                return ExitCodes.Usage;
            }

            return Write(files, folder, stdout, stderr) ?? (changed ? ExitCodes.Errors : ExitCodes.Success);
        });
        return command;
    }

    /// <summary>Writes every file atomically once all are rendered; an exit code when that fails.</summary>
    private static int? Write(List<(string Path, byte[] Bytes)> files, string folder, TextWriter stdout, TextWriter stderr)
    {
        var unwritable = Publishing.Unwritable(folder, files.Select(f => f.Path));
        if (unwritable is not null)
        {
            stderr.WriteLine(unwritable + " Nothing was written.");
            return ExitCodes.Usage;
        }

        if (!Publishing.WriteAll(folder, files, stdout, stderr))
        {
            return ExitCodes.Usage;
        }

        return null;
    }

    private static DateTime? Date(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
