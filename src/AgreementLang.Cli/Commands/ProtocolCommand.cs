using System.CommandLine;
using System.Globalization;
using System.Text;
using AgreementLang.Cli.Versions;
using AgreementLang.Rendering.Output;
using AgreementLang.Versions;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr protocol OLD NEW --id ID --from DATE [--out FILE]</c>: the <c>amendment</c> that turns OLD into
/// NEW, in the formatter's layout, proved before it is written (<see cref="ProtocolGenerator"/>). Exit 0 when it is
/// written, 1 when the versions differ in something no amendment can state (each such change is listed, and nothing
/// is written) or do not differ at all, 2 for a usage or I/O error or a syntax error on either side.</summary>
public static class ProtocolCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var versions = new Argument<string[]>("versions")
        {
            Description = "OLD NEW: the signed version and the version it is to become, each a file or a folder; with --git, the paths inside the repository.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var git = new Option<string?>("--git") { Description = "Read OLD and NEW from two revisions of the git repository, OLD..NEW." };
        var id = new Option<string>("--id") { Description = "The protocol's name (an amendment name, e.g. US-JP-2026-P1).", Required = true };
        var from = new Option<string>("--from") { Description = "The date from which the protocol applies (YYYY-MM-DD).", Required = true };
        from.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text is not null && Date(text) is null)
            {
                result.AddError($"--from: '{text}' is not a date such as 2027-03-01");
            }
        });
        var title = new Option<string?>("--title") { Description = "The protocol's title (default: \"Protocol amending\" and the title of the agreement it amends)." };
        var amends = new Option<string?>("--amends") { Description = "The agreement the protocol amends (default: the one agreement whose terms differ)." };
        var output = new Option<string?>("--out") { Description = "Write the protocol to this .agr file (replaced atomically) instead of standard output." };

        var command = new Command("protocol", "Write the amendment (protocol) that turns one version of an agreement into another.")
        {
            versions, git, id, from, title, amends, output,
        };
        command.SetAction(result =>
        {
            var sides = DiffCommand.Load(result.GetValue(versions) ?? Array.Empty<string>(), result.GetValue(git), stderr);
            if (sides is not { } pair)
            {
                return ExitCodes.Usage;
            }

            var outPath = result.GetValue(output);
            var request = new ProtocolRequest(result.GetValue(id)!, Date(result.GetValue(from)!)!.Value, result.GetValue(title), result.GetValue(amends),
                outPath ?? result.GetValue(id) + ".agr");
            var generated = ProtocolGenerator.Generate(pair.Old.Documents, pair.New.Documents, pair.New.Model, request);
            if (!generated.Succeeded)
            {
                stderr.WriteLine(TerminalText.Escape("agr: no protocol written: " + generated.Problem));
                foreach (var change in generated.Inexpressible)
                {
                    var place = change.Primary is { } location ? location + ": " : "";
                    stderr.WriteLine(TerminalText.Escape(place + "not expressible in an amendment: " + change.Describe()));
                }

                return ExitCodes.Errors;
            }

            foreach (var change in generated.Outside)
            {
                var place = change.Primary is { } location ? location + ": " : "";
                stderr.WriteLine(TerminalText.Escape(place + "not part of the protocol (outside " + generated.Amends + "): " + change.Describe()));
            }

            if (outPath is null)
            {
                stdout.Write(generated.Text);
                return ExitCodes.Success;
            }

            try
            {
                AtomicFile.Write(outPath, new UTF8Encoding(false).GetBytes(generated.Text!));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(TerminalText.Escape($"agr: cannot write '{outPath}': {e.Message}"));
                return ExitCodes.Usage;
            }

            stdout.WriteLine("wrote " + outPath.Replace('\\', '/') + " (amends " + generated.Amends + ")");
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateTime? Date(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
