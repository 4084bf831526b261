using System.CommandLine;
using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Rendering.Output;
using AgreementLang.Syntax.Formatting;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr fmt [--check] PATH...</c>: rewrites files in the canonical layout.
///
/// A file is rewritten only when <see cref="SafeFormatter"/> has shown that its formatted text means the same
/// (same syntax, same comments, same model of the whole set) and only if it is still byte for byte what was read
/// when the new text replaces it, atomically. A file that is not valid UTF-8, has syntax errors, is a symbolic
/// link or fails a check is left alone and the reason is printed. The byte-order mark and the line-break style
/// (CRLF, LF or CR) of each file are kept.
///
/// Exit codes: without --check, 0 when every file is now in the canonical layout, 1 when some file had to be left
/// alone, 2 for usage or I/O problems. With --check nothing is written; the files that would change are listed
/// and the exit code is 1 if there is any, else 0. Files left alone (syntax errors, invalid UTF-8) are reported
/// with a note but do not fail --check: it asks "is every file that can be formatted formatted?", so that a
/// folder of deliberately broken examples can sit under a checked folder.</summary>
public static class FmtCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively for *.agr) to format.",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the files that would be reformatted and exit with 1 if there are any.",
        };

        var command = new Command("fmt", "Rewrite agreements in the canonical layout, keeping every word and comment.") { paths, check };
        command.SetAction(result => Run(result.GetValue(paths) ?? Array.Empty<string>(), result.GetValue(check), stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, bool checkOnly, TextWriter stdout, TextWriter stderr)
    {
        var errors = new List<string>();
        var files = SourceCollector.Expand(paths, errors);
        var loaded = new List<SourceCollector.Loaded>();
        foreach (var file in files)
        {
            var one = SourceCollector.Load(file);
            if (one.Error is not null)
            {
                errors.Add(one.Error);
            }
            else
            {
                loaded.Add(one);
            }
        }

        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        if (errors.Count > 0)
        {
            return ExitCodes.Usage;
        }

        var results = SafeFormatter.FormatSet(loaded.Select(l => l.Source!).ToArray());
        int changed = 0, unchanged = 0, leftAlone = 0;
        for (var i = 0; i < loaded.Count; i++)
        {
            var file = loaded[i];
            var outcome = results[i];
            if (file.Problem is not null)
            {
                // Rewriting would turn every undecodable byte into U+FFFD: the file is never touched.
                stderr.WriteLine(file.Problem.ToString());
                stderr.WriteLine($"{file.Path}: note: left unchanged: " +
                                 (file.Problem.Code == DiagnosticCatalog.FileTooLarge.Code ? "it is too large to be formatted" : "it is not valid UTF-8"));
                leftAlone++;
                continue;
            }

            switch (outcome.Status)
            {
                case FormatStatus.Unchanged:
                    unchanged++;
                    break;
                case FormatStatus.SyntaxErrors:
                    foreach (var diagnostic in outcome.SyntaxDiagnostics.Take(3))
                    {
                        stderr.WriteLine(diagnostic.ToString());
                    }

                    stderr.WriteLine($"{file.Path}: note: left unchanged: it has syntax errors" +
                                     (outcome.SyntaxDiagnostics.Count > 3 ? $" ({outcome.SyntaxDiagnostics.Count} in all)" : ""));
                    leftAlone++;
                    break;
                case FormatStatus.Refused:
                    stderr.WriteLine($"{file.Path}: note: left unchanged: {outcome.Reason}");
                    leftAlone++;
                    break;
                case FormatStatus.Formatted when new FileInfo(file.Path).LinkTarget is not null:
                    // Writing through a link would change a file outside the paths given; replacing the link would
                    // break it. Either way it is left alone, and --check agrees with what fmt would do.
                    stderr.WriteLine($"{file.Path}: note: left unchanged: it is a symbolic link; format the file it points to");
                    leftAlone++;
                    break;
                case FormatStatus.Formatted when checkOnly:
                    stdout.WriteLine($"{file.Path}: would be reformatted");
                    changed++;
                    break;
                case FormatStatus.Formatted:
                    if (!Write(file, outcome.Text!, stderr))
                    {
                        leftAlone++;
                        break;
                    }

                    stdout.WriteLine($"{file.Path}: formatted");
                    changed++;
                    break;
            }
        }

        var total = loaded.Count;
        var alone = leftAlone == 0 ? "" : $", {leftAlone} left unchanged (see above)";
        stdout.WriteLine(checkOnly
            ? $"{total} file{Plural(total)} checked: {changed} would be reformatted, {unchanged} already formatted{alone}."
            : $"{total} file{Plural(total)}: {changed} formatted, {unchanged} already formatted{alone}.");
        return checkOnly ? (changed > 0 ? ExitCodes.Errors : ExitCodes.Success) : (leftAlone > 0 ? ExitCodes.Errors : ExitCodes.Success);
    }

    private static bool Write(SourceCollector.Loaded file, string text, TextWriter stderr)
    {
        var body = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        var bytes = file.HasBom ? new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray() : body;
        try
        {
            if (AtomicFile.Replace(file.Path, bytes, expected: file.Bytes))
            {
                return true;
            }

            stderr.WriteLine($"{file.Path}: note: left unchanged: it changed on disk while it was being formatted");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{file.Path}: note: left unchanged: it could not be written ({e.Message})");
            return false;
        }
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
