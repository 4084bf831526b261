using AgreementLang.Cli.Commands;
using AgreementLang.Diagnostics;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Checks;

/// <summary>Runs the real <c>agr</c> program from the repository root, as a negotiator would.</summary>
[Trait("Runs", "agr")]
public sealed class ConflictsExampleTests
{
    [Fact]
    public void Agr_check_examples_conflicts_lists_every_conflict_and_exits_1()
    {
        var (exit, output, _) = Agr("check", "examples/conflicts");

        Assert.Equal(1, exit);
        Golden.AssertMatches("tests/AgreementLang.Tests/Checks/conflicts.verified.txt", output);
        foreach (var code in DiagnosticCatalog.All.Select(d => d.Code).Where(c => c.StartsWith("AGR2", StringComparison.Ordinal) || c.StartsWith("AGR3", StringComparison.Ordinal)))
        {
            Assert.Contains(": error " + code + ":", output.Replace(": warning " + code + ":", ": error " + code + ":").Replace(": info " + code + ":", ": error " + code + ":"),
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Agr_check_as_of_a_date_after_the_protocol_drops_the_repaired_conflicts()
    {
        var (exit, output, _) = Agr("check", "examples/conflicts", "--as-of", "2027-06-01");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("AGR301", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AGR202", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AGR303", output, StringComparison.Ordinal);
        Assert.Contains("AGR306", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Agr_check_severity_overrides_a_code_and_rejects_unknown_ones()
    {
        var (_, output, _) = Agr("check", "examples/conflicts", "--severity", "AGR310=none", "--severity", "AGR308=error");
        Assert.DoesNotContain("AGR310", output, StringComparison.Ordinal);
        Assert.Contains(": error AGR308:", output, StringComparison.Ordinal);

        var (exit, _, error) = Agr("check", "examples/conflicts", "--severity", "AGR399=none");
        Assert.Equal(2, exit);
        Assert.Contains("'AGR399' is not a diagnostic code", error, StringComparison.Ordinal);
        Assert.Equal(2, Agr("check", "examples/conflicts", "--severity", "AGR310=loud").Exit);
        Assert.Equal(2, Agr("check", "examples/conflicts", "--as-of", "2027-02-30").Exit);
    }

    [Fact]
    public void An_editorconfig_beside_the_files_sets_severities_and_the_command_line_wins()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agr-editorconfig-" + Guid.NewGuid().ToString("N"));
        var nested = Path.Combine(folder, "drafts");
        Directory.CreateDirectory(nested);
        try
        {
            foreach (var file in Directory.GetFiles(Repository.PathOf("examples/conflicts"), "*.agr"))
            {
                File.Copy(file, Path.Combine(nested, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(folder, ".editorconfig"),
                "root = true\n\n[*]\ndotnet_diagnostic.AGR305.severity = warning\ndotnet_analyzer_diagnostic.category-Consistency.severity = warn\n\n" +
                "[*.agr]\ndotnet_diagnostic.AGR310.severity = error\ndotnet_diagnostic.AGR307.severity = silent\ndotnet_diagnostic.AGR204.severity = default\n\n" +
                "[*.cs]\ndotnet_diagnostic.AGR306.severity = none\n");
            File.WriteAllText(Path.Combine(nested, ".editorconfig"), "[*.agr]\ndotnet_diagnostic.AGR305.severity = suggestion  # closer file wins\n");

            var (_, output, _) = Agr("check", nested);
            Assert.Contains(": error AGR310:", output, StringComparison.Ordinal);
            Assert.Contains(": info AGR305:", output, StringComparison.Ordinal);
            Assert.DoesNotContain("AGR307", output, StringComparison.Ordinal);
            Assert.Contains(": error AGR306:", output, StringComparison.Ordinal);

            // The category key reaches every AGR2xx code, except one whose own key says "default".
            Assert.Contains(": warning AGR201:", output, StringComparison.Ordinal);
            Assert.Contains(": error AGR204:", output, StringComparison.Ordinal);

            var (_, overridden, _) = Agr("check", nested, "--severity", "AGR310=warning");
            Assert.Contains(": warning AGR310:", overridden, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Agr_explain_prints_the_codes_section_from_any_folder()
    {
        var (exit, output, _) = Agr("explain", "agr301");
        Assert.Equal(0, exit);
        Assert.StartsWith("### AGR301: Floors disagree in a zone\n", output, StringComparison.Ordinal);
        Assert.Contains("```agr", output, StringComparison.Ordinal);
        Assert.Contains("Resolve it", output, StringComparison.Ordinal);
        Assert.DoesNotContain("### AGR302", output, StringComparison.Ordinal);
        Assert.Equal(ExplainCommand.Section("AGR301"), output);
    }

    [Fact]
    public void Agr_explain_an_unknown_code_exits_2_with_a_clear_message()
    {
        var (exit, output, error) = Agr("explain", "AGR999");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("unknown diagnostic code 'AGR999'", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Agr(params string[] args)
    {
        var result = Infrastructure.Agr.Run(TimeSpan.FromMinutes(2), Repository.Root, args);
        Assert.False(result.TimedOut, "agr " + string.Join(" ", args) + " timed out");
        return (result.ExitCode, result.Stdout.Replace("\r\n", "\n"), result.Stderr);
    }
}
