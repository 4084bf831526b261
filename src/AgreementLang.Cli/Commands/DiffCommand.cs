using System.CommandLine;
using AgreementLang.Diagnostics;
using AgreementLang.Cli.Versions;
using AgreementLang.Model.Versions;
using AgreementLang.Text;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr diff OLD NEW</c>: the typed changes between two versions of a set (two negotiation rounds).
/// <c>agr diff --git OLD..NEW [PATHS]</c> compares two revisions of the repository around the current folder.
/// Exit 0 when the models are equal, 1 when they differ, 2 for a usage or I/O error (not a repository, an unknown
/// revision, git missing) or a syntax error on either side (a model read from a text that does not parse is not a
/// version worth comparing).</summary>
public static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var versions = new Argument<string[]>("versions")
        {
            Description = "OLD NEW: the earlier and the later version, each a file or a folder (searched recursively for *.agr); " +
                          "with --git, the paths inside the repository to compare (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var git = new Option<string?>("--git")
        {
            Description = "Compare two revisions of the git repository around the current folder, OLD..NEW (e.g. v1..v2), reading them with git.",
        };
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

        var command = new Command("diff", "Compare two versions of a set: the clauses added, removed and changed.") { versions, git, format, showLayout };
        command.SetAction(result =>
        {
            var sides = Load(result.GetValue(versions) ?? Array.Empty<string>(), result.GetValue(git), stderr);
            if (sides is not { } pair)
            {
                return ExitCodes.Usage;
            }

            var (oldSide, newSide) = pair;
            var changes = ModelDiff.Compare(oldSide.Model, newSide.Model);
            var layout = changes.Count == 0 && result.GetValue(showLayout) ? LayoutOnly(oldSide, newSide) : Array.Empty<string>();
            var report = new DiffReport(oldSide.Label, newSide.Label, changes, layout);
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

    /// <summary>The two versions the arguments name: two paths, or with <c>--git OLD..NEW</c> two revisions (and the
    /// paths inside them); null, with the reason on standard error, when either cannot be read or compiled.</summary>
    internal static (VersionSide Old, VersionSide New)? Load(IReadOnlyList<string> arguments, string? gitRange, TextWriter stderr)
    {
        VersionSide? oldSide, newSide;
        if (gitRange is not null)
        {
            if (GitRevision.Range(gitRange) is not { } range)
            {
                stderr.WriteLine(TerminalText.Escape($"agr: --git takes two revisions as OLD..NEW (e.g. v1..v2), not '{gitRange}'"));
                return null;
            }

            oldSide = VersionSide.FromGit(range.Old, arguments, stderr);
            newSide = oldSide is null ? null : VersionSide.FromGit(range.New, arguments, stderr);
        }
        else
        {
            if (arguments.Count != 2)
            {
                stderr.WriteLine(TerminalText.Escape($"agr: two versions are needed, OLD and NEW (files or folders), or --git OLD..NEW; {arguments.Count} given"));
                return null;
            }

            oldSide = VersionSide.FromPath(arguments[0], stderr);
            newSide = VersionSide.FromPath(arguments[1], stderr);
        }

        return oldSide is null || newSide is null ? null : (oldSide, newSide);
    }

    /// <summary>The files (by their name inside each version) whose text differs, or that only one side has.</summary>
    private static IReadOnlyList<string> LayoutOnly(VersionSide before, VersionSide after)
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

    private static SortedDictionary<string, SourceText> Texts(VersionSide side)
    {
        var texts = new SortedDictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var source in side.Sources)
        {
            texts[side.Names[source]] = source;
        }

        return texts;
    }
}
