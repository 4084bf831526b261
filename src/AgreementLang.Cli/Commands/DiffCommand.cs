using System.CommandLine;
using AgreementLang.Diagnostics;
using AgreementLang.Model.Versions;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr diff OLD NEW</c>: the typed changes between two versions of a set (two negotiation rounds).
/// Exit 0 when the models are equal, 1 when they differ, 2 for a usage or I/O error or a syntax error on either
/// side (a model read from a text that does not parse is not a version worth comparing).</summary>
public static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var before = new Argument<string>("old") { Description = "The earlier version: a file or a folder (searched recursively for *.agr)." };
        var after = new Argument<string>("new") { Description = "The later version: a file or a folder." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (canonical path(line,col): lines), json or md (a table per agreement).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "md");
        var showLayout = new Option<bool>("--show-layout")
        {
            Description = "When the models are equal, list the files whose text still differs (comments or layout only).",
        };

        var command = new Command("diff", "Compare two versions of a set: the clauses added, removed and changed.") { before, after, format, showLayout };
        command.SetAction(result =>
        {
            var oldPath = result.GetValue(before)!;
            var newPath = result.GetValue(after)!;
            var oldSide = Load(oldPath, stderr);
            var newSide = Load(newPath, stderr);
            if (oldSide is null || newSide is null)
            {
                return ExitCodes.Usage;
            }

            var changes = ModelDiff.Compare(oldSide.Compilation.Model, newSide.Compilation.Model);
            var layout = changes.Count == 0 && result.GetValue(showLayout) ? LayoutOnly(oldSide, newSide) : Array.Empty<string>();
            var report = new DiffReport(oldPath, newPath, changes, layout);
            switch (result.GetValue(format))
            {
                case "json":
                    report.WriteJson(stdout);
                    break;
                case "md":
                    report.WriteMarkdown(stdout);
                    break;
                default:
                    report.WriteText(stdout);
                    break;
            }

            return changes.Count == 0 ? ExitCodes.Success : ExitCodes.Errors;
        });
        return command;
    }

    /// <summary>One side, compiled as <c>agr check</c> compiles a set, with the root its files are named from.</summary>
    internal sealed record Side(string Root, bool IsFolder, IReadOnlyList<SourceText> Sources, Compilation Compilation);

    /// <summary>Reads and compiles one side; null (with the reasons on standard error) when it is missing,
    /// unreadable, empty or does not parse. <c>agr redline</c> reads its two sides the same way.</summary>
    internal static Side? Load(string path, TextWriter stderr)
    {
        var collected = SourceCollector.Collect(new[] { path });
        var errors = collected.Errors.ToList();
        var isFolder = Directory.Exists(path);
        if (errors.Count == 0 && collected.Sources.Count == 0)
        {
            errors.Add($"agr: no .agr file in '{path}': nothing to compare");
        }

        foreach (var error in errors)
        {
            stderr.WriteLine(TerminalText.Escape(error));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var compilation = Compilation.Create(collected.Sources);
        var syntax = collected.EncodingProblems.Concat(compilation.Diagnostics)
            .Where(d => d.Severity == DiagnosticSeverity.Error && IsSyntax(d.Code))
            .ToList();
        foreach (var diagnostic in syntax)
        {
            stderr.WriteLine(DiagnosticWriter.Line(diagnostic));
        }

        if (syntax.Count > 0)
        {
            stderr.WriteLine(TerminalText.Escape($"agr: '{path}' has syntax errors: nothing compared"));
            return null;
        }

        return new Side(path, isFolder, collected.Sources, compilation);
    }

    /// <summary>AGR001–AGR099 are the syntax diagnostics (docs/diagnostics.md, "Syntax"). Errors of meaning or
    /// conflicts do not stop a diff: a draft in negotiation often has some, and its model is still complete.</summary>
    private static bool IsSyntax(string code) => code.StartsWith("AGR0", StringComparison.Ordinal);

    /// <summary>The files (by their path inside each side) whose text differs, or that only one side has.</summary>
    private static IReadOnlyList<string> LayoutOnly(Side before, Side after)
    {
        var oldTexts = Texts(before);
        var newTexts = Texts(after);
        var differing = new List<string>();
        foreach (var (name, source) in newTexts)
        {
            if (!oldTexts.TryGetValue(name, out var old) || old.Text != source.Text)
            {
                differing.Add(source.Path);
            }
        }

        differing.AddRange(oldTexts.Where(o => !newTexts.ContainsKey(o.Key)).Select(o => o.Value.Path));
        return differing;
    }

    private static SortedDictionary<string, SourceText> Texts(Side side)
    {
        var texts = new SortedDictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var source in side.Sources)
        {
            var name = side.IsFolder ? Path.GetRelativePath(Path.GetFullPath(side.Root), Path.GetFullPath(source.Path)) : Path.GetFileName(source.Path);
            texts[name.Replace('\\', '/')] = source;
        }

        return texts;
    }
}
