using System.CommandLine;
using AgreementLang.Diagnostics;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr explain AGR301</c>: prints a code's section of docs/diagnostics.md — what it means, an example
/// that triggers it and how to resolve it. The file is embedded in this assembly, so the command works from any
/// folder and always matches the toolchain's version.</summary>
public static class ExplainCommand
{
    public const string ResourceName = "AgreementLang.Cli.diagnostics.md";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var code = new Argument<string>("code") { Description = "A diagnostic code, such as AGR301." };
        var command = new Command("explain", "Explain a diagnostic code: its meaning, an example and how to resolve it.") { code };
        command.SetAction(result =>
        {
            var text = result.GetValue(code) ?? "";
            if (DiagnosticCatalog.Find(text.Trim()) is not { } descriptor)
            {
                stderr.WriteLine($"agr: unknown diagnostic code '{text}'; codes run from {DiagnosticCatalog.All.First().Code} to {DiagnosticCatalog.All.Last().Code}");
                return ExitCodes.Usage;
            }

            if (Section(descriptor.Code) is not { } section)
            {
                stderr.WriteLine($"agr: {descriptor.Code} ({descriptor.Title}) has no section in docs/diagnostics.md");
                return ExitCodes.Usage;
            }

            stdout.Write(section);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The section that starts at the heading <c>### CODE:</c> and ends before the next heading of the
    /// same or a higher level; null when there is none.</summary>
    public static string? Section(string code)
    {
        var lines = Documentation().Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("### " + code + ":", StringComparison.OrdinalIgnoreCase));
        if (start < 0)
        {
            return null;
        }

        var end = start + 1;
        var fenced = false;
        while (end < lines.Length)
        {
            if (lines[end].StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && (lines[end].StartsWith("## ", StringComparison.Ordinal) || lines[end].StartsWith("### ", StringComparison.Ordinal) ||
                                 lines[end].StartsWith("# ", StringComparison.Ordinal)))
            {
                break;
            }

            end++;
        }

        // The next section's anchor (<a id="agr302"></a>, the target of the help links) stands above its heading.
        while (end > start + 1 && (lines[end - 1].Trim().Length == 0 || lines[end - 1].StartsWith("<a id=", StringComparison.Ordinal)))
        {
            end--;
        }

        return string.Join("\n", lines.Skip(start).Take(end - start)).TrimEnd() + "\n";
    }

    public static string Documentation()
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException("docs/diagnostics.md is not embedded in " + typeof(ExplainCommand).Assembly.FullName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
