using System.CommandLine;
using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Rendering.Output;
using AgreementLang.Formatting;

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
    public static Command Create(TextWriter stdout, TextWriter stderr) => Create(stdout, stderr, Console.OpenStandardInput);

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively for *.agr) to format; '-' formats standard input to standard output.",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the files that would be reformatted and exit with 1 if there are any.",
        };

        var diff = new Option<bool>("--diff")
        {
            Description = "With --check (which it implies): print a unified diff of what would change.",
        };

        var command = new Command("fmt", "Rewrite agreements in the canonical layout, keeping every word and comment.") { paths, check, diff };
        command.SetAction(result =>
        {
            var given = result.GetValue(paths) ?? Array.Empty<string>();
            var showDiff = result.GetValue(diff);
            var checkOnly = result.GetValue(check) || showDiff;
            if (given.Contains(StandardInput.Path))
            {
                if (given.Length > 1)
                {
                    stderr.WriteLine("agr: '-' (standard input) cannot be formatted together with other paths");
                    return ExitCodes.Usage;
                }

                return RunStandardInput(stdin, checkOnly, showDiff, stdout, stderr);
            }

            return Run(given, checkOnly, showDiff, stdout, stderr);
        });
        return command;
    }

    /// <summary><c>agr fmt -</c>: the formatted text on standard output (or, when it cannot be formatted, the text
    /// unchanged, with the reason on standard error and exit code 1, so that a pipe never loses it). With --check,
    /// nothing but the verdict (and with --diff the diff) is printed.</summary>
    private static int RunStandardInput(Func<Stream> stdin, bool checkOnly, bool showDiff, TextWriter stdout, TextWriter stderr)
    {
        var file = StandardInput.Load(stdin);
        if (file.Error is not null)
        {
            stderr.WriteLine(TerminalText.Escape(file.Error));
            return ExitCodes.Usage;
        }

        var source = file.Source!;
        var outcome = SafeFormatter.FormatSet(new[] { source })[0];
        string? reason = file.Problem is not null
            ? (file.Problem.Code == DiagnosticCatalog.FileTooLarge.Code ? "it is too large to be formatted" : "it is not valid UTF-8")
            : outcome.Status switch
            {
                FormatStatus.SyntaxErrors => "it has syntax errors",
                FormatStatus.Refused => outcome.Reason,
                _ => null,
            };
        if (file.Problem is not null)
        {
            stderr.WriteLine(DiagnosticWriter.Line(file.Problem));
        }
        else if (outcome.Status == FormatStatus.SyntaxErrors)
        {
            foreach (var diagnostic in outcome.SyntaxDiagnostics.Take(3))
            {
                stderr.WriteLine(DiagnosticWriter.Line(diagnostic));
            }
        }

        if (reason is not null)
        {
            stderr.WriteLine($"{StandardInput.DisplayName}: note: left unchanged: {TerminalText.Escape(reason)}");
        }

        var changes = reason is null && outcome.Status == FormatStatus.Formatted;
        if (checkOnly)
        {
            if (changes)
            {
                if (showDiff)
                {
                    stdout.Write(Diff(StandardInput.DisplayName, source.Text, outcome.Text!));
                }

                stdout.WriteLine($"{StandardInput.DisplayName}: would be reformatted");
            }

            return changes ? ExitCodes.Errors : ExitCodes.Success;
        }

        if (file.Problem is not null && file.Bytes.Length > 0 && ReferenceEquals(stdout, Console.Out))
        {
            // Not valid UTF-8: the bytes go back out exactly as they came in, not re-encoded.
            stdout.Flush();
            using var raw = Console.OpenStandardOutput();
            raw.Write(file.Bytes, 0, file.Bytes.Length);
            return ExitCodes.Errors;
        }

        stdout.Write(changes ? outcome.Text! : source.Text);
        return reason is null ? ExitCodes.Success : ExitCodes.Errors;
    }

    private static string Diff(string path, string oldText, string newText)
    {
        var name = TerminalText.Escape(path);
        return UnifiedDiff.Create(oldText, newText, name + "\t(original)", name + "\t(formatted)");
    }

    private static int Run(string[] paths, bool checkOnly, bool showDiff, TextWriter stdout, TextWriter stderr)
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
            stderr.WriteLine(TerminalText.Escape(error));
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
                stderr.WriteLine(DiagnosticWriter.Line(file.Problem));
                stderr.WriteLine($"{TerminalText.Escape(file.Path)}: note: left unchanged: " +
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
                        stderr.WriteLine(DiagnosticWriter.Line(diagnostic));
                    }

                    stderr.WriteLine($"{TerminalText.Escape(file.Path)}: note: left unchanged: it has syntax errors" +
                                     (outcome.SyntaxDiagnostics.Count > 3 ? $" ({outcome.SyntaxDiagnostics.Count} in all)" : ""));
                    leftAlone++;
                    break;
                case FormatStatus.Refused:
                    stderr.WriteLine($"{TerminalText.Escape(file.Path)}: note: left unchanged: {TerminalText.Escape(outcome.Reason ?? "")}");
                    leftAlone++;
                    break;
                case FormatStatus.Formatted when new FileInfo(file.Path).LinkTarget is not null:
                    // Writing through a link would change a file outside the paths given; replacing the link would
                    // break it. Either way it is left alone, and --check agrees with what fmt would do.
                    stderr.WriteLine($"{TerminalText.Escape(file.Path)}: note: left unchanged: it is a symbolic link; format the file it points to");
                    leftAlone++;
                    break;
                case FormatStatus.Formatted when checkOnly:
                    if (showDiff)
                    {
                        stdout.Write(Diff(file.Path, file.Source!.Text, outcome.Text!));
                    }

                    stdout.WriteLine($"{TerminalText.Escape(file.Path)}: would be reformatted");
                    changed++;
                    break;
                case FormatStatus.Formatted:
                    if (!Write(file, outcome.Text!, stderr))
                    {
                        leftAlone++;
                        break;
                    }

                    stdout.WriteLine($"{TerminalText.Escape(file.Path)}: formatted");
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

            stderr.WriteLine($"{TerminalText.Escape(file.Path)}: note: left unchanged: it changed on disk while it was being formatted");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{TerminalText.Escape(file.Path)}: note: left unchanged: it could not be written ({e.Message})");
            return false;
        }
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
