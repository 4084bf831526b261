using AgreementLang.Concurrency;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering;
using AgreementLang.Rendering.Docx;
using AgreementLang.Rendering.FileSystem;
using AgreementLang.Rendering.Output;
using AgreementLang.Rendering.Schedules;
using AgreementLang.Rendering.Templates;
using AgreementLang.Text;

namespace AgreementLang.Cli.Commands;

public enum ScheduleFormat
{
    Json,
    Csv,
}

/// <summary>What <c>render</c>, <c>schedule</c> and <c>build</c> share: check the sources, refuse to write when
/// errors remain (unless forced), render everything in memory first and only then write each file atomically,
/// so a template error or an error in the sources leaves the previous output as it was.</summary>
public sealed class Publishing(TextWriter stdout, TextWriter stderr)
{
    public sealed record Request(
        IReadOnlyList<string> Paths,
        string Out,
        IReadOnlyList<DraftFormat> Drafts,
        IReadOnlyList<ScheduleFormat> Schedules,
        string? Templates,
        bool Force,
        DateTime? DraftDate = null,
        string? ReferenceDocx = null)
    {
        /// <summary>--trace: each provision followed by its source, and a trace annex (see DraftTrace).</summary>
        public bool Trace { get; init; }

        /// <summary>--boilerplate: print every provision that comes from no clause of the sources.</summary>
        public bool Boilerplate { get; init; }
    }

    /// <param name="result">The parsed command line, from which <paramref name="checks"/> reads <c>--as-of</c>
    /// and <c>--severity</c>.</param>
    public int Run(System.CommandLine.ParseResult result, CheckOptions checks, Request request)
    {
        var collected = SourceCollector.Collect(request.Paths);
        foreach (var error in collected.Errors)
        {
            stderr.WriteLine(TerminalText.Escape(error));
        }

        if (collected.Errors.Count > 0)
        {
            return ExitCodes.Usage;
        }

        var refusal = OutputFolder.Refusal(request.Out, request.Paths, collected.Sources.Select(s => s.Path));
        if (refusal is not null)
        {
            stderr.WriteLine(refusal);
            return ExitCodes.Usage;
        }

        // The same checks, with the same options and .editorconfig severities, as 'agr check' runs.
        var (compilation, diagnostics) = checks.Compile(result, collected, stderr);
        if (diagnostics.Length > 0)
        {
            DiagnosticWriter.WriteText(stderr, diagnostics, collected.Sources.Count, ConsoleColours.Enabled(stderr));
        }

        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0 && !request.Force)
        {
            stderr.WriteLine($"agr: {errors.Length} error(s): nothing was written (use --force to write drafts marked as containing unresolved conflicts)");
            return ExitCodes.Errors;
        }

        var asOf = checks.AsOfDate(result);
        TemplateSet templates;
        var files = new List<(string Path, byte[] Bytes)>();
        try
        {
            templates = request.Templates is null ? TemplateSet.Default : TemplateSet.Load(request.Templates);
            var reference = request.ReferenceDocx is null ? null : ReferenceDocument.Load(request.ReferenceDocx);
            var renderer = new DraftRenderer(templates, new DocxOptions(request.DraftDate, reference, request.Trace));

            // Each agreement's draft is built and rendered on its own, on every core; what each gives (its files and the
            // lines --boilerplate prints) is taken in the agreements' order, so the output is the same as one by one.
            var agreements = compilation.Model.Agreements.OrderBy(a => a.Name, StringComparer.Ordinal).ToArray();
            foreach (var (lines, rendered) in InputOrder.Map(agreements, agreement => Publish(agreement)))
            {
                foreach (var line in lines)
                {
                    stdout.WriteLine(line);
                }

                files.AddRange(rendered);
            }

            (IReadOnlyList<string> Boilerplate, IReadOnlyList<(string Path, byte[] Bytes)> Files) Publish(Agreement agreement)
            {
                // With --as-of, the consolidated text: the amendments made by that date applied, and a note naming them.
                var warnings = errors.Length > 0 ? Warnings(agreement, compilation.Model, errors) : null;
                var draft = asOf is { } date
                    ? renderer.BuildConsolidated(compilation.Model, agreement, date, warnings)
                    : renderer.Build(compilation.Model, agreement, warnings);
                var lines = request.Boilerplate
                    ? Rendering.Legal.DraftTrace.Boilerplate(draft)
                        .Select(provision => agreement.Name + " " + provision.Where + ": [" + draft.FormName + " form] " + provision.Text).ToArray()
                    : [];
                var rendered = new List<(string Path, byte[] Bytes)>();
                foreach (var format in request.Drafts)
                {
                    // Traced: the source after each provision and a trace annex; Word puts the sources in comments.
                    var written = request.Trace ? Rendering.Legal.DraftTrace.Annotate(draft, inline: format != DraftFormat.Docx) : draft;
                    rendered.Add((Path.Combine(request.Out, OutputFolder.FileName(agreement.Name, DraftFormats.Extension(format))), renderer.Render(written, format)));
                }

                return (lines, rendered);
            }

            // Every amendment is also an instrument of its own: a protocol, named after the amendment.
            if (request.Drafts.Count > 0)
            {
                var amendments = compilation.Model.Amendments.OrderBy(a => a.Name, StringComparer.Ordinal).ToArray();
                files.AddRange(InputOrder.Map(amendments, amendment =>
                {
                    var protocol = renderer.BuildProtocol(compilation.Model, amendment,
                        errors.Length > 0 ? Warnings(amendment.Location, compilation.Model, errors) : null);
                    return request.Drafts
                        .Select(format => (Path.Combine(request.Out, OutputFolder.FileName(amendment.Name, DraftFormats.Extension(format))), renderer.Render(protocol, format)))
                        .ToArray();
                }).SelectMany(rendered => rendered));
            }
        }
        catch (TemplateException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (ReferenceDocumentException e)
        {
            stderr.WriteLine("agr: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (DirectoryNotFoundException e)
        {
            stderr.WriteLine("agr: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (FileReadException e)
        {
            // A template folder or file that cannot be read, or is not a regular file.
            stderr.WriteLine("agr: " + e.Message);
            return ExitCodes.Usage;
        }

        // The schedules as of a date list the consolidated terms.
        var scheduled = asOf is { } day ? compilation.Model.AsOf(day) : compilation.Model;
        var utf8 = new System.Text.UTF8Encoding(false);
        foreach (var format in request.Schedules)
        {
            if (format == ScheduleFormat.Json)
            {
                files.Add((Path.Combine(request.Out, "schedule.json"), utf8.GetBytes(JsonScheduleWriter.Write(scheduled, errors))));
            }
            else
            {
                // The .csvt companion tells importers which columns are text (docs/schedules.md).
                files.Add((Path.Combine(request.Out, "schedule.csv"), utf8.GetBytes(CsvScheduleWriter.Write(TariffAnnexRows.Build(scheduled)))));
                files.Add((Path.Combine(request.Out, "schedule.csvt"), utf8.GetBytes(CsvScheduleWriter.WriteTypes())));
            }
        }

        // Two drafts must never land in one file: agreement names that differ only in case, or in letters the file
        // name replaces, would otherwise make the second overwrite the first (on a case-insensitive file system
        // even when the names differ). Nothing is written then.
        var clash = files.GroupBy(f => Path.GetFullPath(f.Path), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            stderr.WriteLine($"agr: two outputs would be written to the same file '{clash.Key}' (agreement names that differ only in case or in " +
                             "characters a file name cannot hold); rename one of the agreements. Nothing was written.");
            return ExitCodes.Usage;
        }

        // Every name is checked before anything is written, so that a set that checks clean either builds or
        // leaves the output folder as it was.
        var unwritable = Unwritable(request.Out, files.Select(f => f.Path));
        if (unwritable is not null)
        {
            stderr.WriteLine(unwritable + " Nothing was written.");
            return ExitCodes.Usage;
        }

        if (!WriteAll(request.Out, files, stdout, stderr))
        {
            return ExitCodes.Usage;
        }

        if (compilation.Model.Agreements.Length == 0 && request.Drafts.Count > 0)
        {
            stderr.WriteLine("agr: the sources declare no agreement: no draft was written");
        }

        return errors.Length > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>Why the outputs cannot all be written, found before any is: the output folder is a file, a name is
    /// longer than a file name may be, or a folder stands where a file would go. Null when nothing stands in the way.</summary>
    /// <summary>Writes every output atomically, one line each on standard output, after removing the temporary files a
    /// killed run left in the folder (.NAME.XXXXXXXX.tmp, nothing else); false, with the reason on standard error, when
    /// the file system refuses.</summary>
    internal static bool WriteAll(string folder, IEnumerable<(string Path, byte[] Bytes)> files, TextWriter stdout, TextWriter stderr)
    {
        var outputs = files.ToArray();
        var staged = new List<AtomicFile.Staged>();
        try
        {
            foreach (var stray in AtomicFile.RemoveStrays(folder))
            {
                stdout.WriteLine("removed " + stray.Replace('\\', '/') + " (left by an interrupted run)");
            }

            // Every file is first written to its temporary name and flushed to disk, several at once: a flush waits for
            // the disk (milliseconds each), and thousands of them one after the other took most of a zone's build. Only
            // when all are staged is each renamed into place, in order; a failure before then leaves every target as it
            // was. The staged files are collected one by one, so that those staged before a failure are removed.
            var ready = InputOrder.Map(outputs, output =>
            {
                var file = AtomicFile.Stage(output.Path, output.Bytes);
                lock (staged)
                {
                    staged.Add(file);
                }

                return file;
            }, StagingThreads);
            for (var i = 0; i < outputs.Length; i++)
            {
                AtomicFile.Commit(ready[i]);
                stdout.WriteLine("wrote " + outputs[i].Path.Replace('\\', '/'));
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("agr: cannot write output: " + e.Message);
            return false;
        }
        finally
        {
            foreach (var file in staged)
            {
                AtomicFile.Discard(file);
            }
        }
    }

    /// <summary>Files staged at once: enough to keep the disk's queue busy while each waits for its flush.</summary>
    private const int StagingThreads = 8;

    internal static string? Unwritable(string output, IEnumerable<string> paths)
    {
        try
        {
            var folder = FileNode.Of(output, followLinks: true);
            if (folder.Kind is not (FileKind.Directory or FileKind.Missing))
            {
                return $"agr: the output folder '{output}' is {FileNode.Describe(folder.Kind)}, not a folder.";
            }

            foreach (var path in paths)
            {
                var name = Path.GetFileName(path);
                var length = System.Text.Encoding.UTF8.GetByteCount(name);
                if (length > AtomicFile.MaxFileNameBytes)
                {
                    return $"agr: the output file name '{name.Substring(0, 40)}…{name.Substring(name.Length - 20)}' would be {length} bytes long, " +
                           $"more than the {AtomicFile.MaxFileNameBytes} a file name may have; shorten the agreement or amendment name.";
                }

                // What is there is replaced, a symbolic link included (dangling, or one of a loop): only a folder,
                // or a special file, is in the way.
                var existing = FileNode.Of(path, followLinks: false);
                if (existing.Kind == FileKind.SymbolicLink)
                {
                    continue;
                }

                if (existing.Kind is not (FileKind.Regular or FileKind.Missing))
                {
                    return $"agr: cannot write '{path.Replace('\\', '/')}': it is {FileNode.Describe(existing.Kind)}.";
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"agr: cannot write into '{output}': {FolderWalker.Reason(e)}.";
        }

        return null;
    }

    /// <summary>The errors a forced draft names: those in the agreement's own text (from its first line to the
    /// next declaration of its file) or pointing into it, then a count of the others.</summary>
    internal static IReadOnlyList<string> Warnings(Agreement agreement, AgreementSet set, IReadOnlyList<Diagnostic> errors) =>
        Warnings(agreement.Location, set, errors);

    /// <summary>The same for the declaration (an agreement or an amendment) whose name is at <paramref name="declaration"/>.</summary>
    internal static IReadOnlyList<string> Warnings(Location declaration, AgreementSet set, IReadOnlyList<Diagnostic> errors)
    {
        var start = declaration.Span.Start;
        var end = set.Agreements.Select(a => a.Location).Concat(set.Amendments.Select(a => a.Location)).Concat(set.Zones.Select(z => z.Location))
            .Concat(set.Facilities.Select(f => f.Location)).Concat(set.Producers.Select(p => p.Location)).Concat(set.Stockpiles.Select(s => s.Location))
            .Where(l => l.Path == declaration.Path && l.Span.Start > start)
            .Select(l => l.Span.Start)
            .DefaultIfEmpty(int.MaxValue)
            .Min();

        bool Inside(Location location) => location.Path == declaration.Path && location.Span.Start >= start && location.Span.Start < end;

        var own = errors.Where(e => Inside(e.Location) || e.Related.Any(r => Inside(r.Location))).ToArray();
        var lines = own.Select(e => e.ToString()).ToList();
        var others = errors.Count - own.Length;
        if (others > 0)
        {
            lines.Add($"{others} further error(s) elsewhere in the set of sources.");
        }

        return lines;
    }
}
