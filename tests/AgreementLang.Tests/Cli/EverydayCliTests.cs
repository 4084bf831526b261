using System.Text;
using System.Text.Json;
using AgreementLang.Cli;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;
using NJsonSchema;
using AgreementLang.Text;

namespace AgreementLang.Tests.Cli;

/// <summary>Issue 14, "Everyday CLI": escaped output, usage and did-you-mean, SARIF and the JSON schema,
/// --warnaserror, inline suppressions, '-' for standard input and fmt --check --diff.</summary>
public sealed class EverydayCliTests : IDisposable
{
    private const string Messy = "zone   Z {\n\tmembers US,JP\n  // kept\n    non-market CN // kept too\n}\n";
    private const string Tidy = "zone Z {\n  members US, JP\n  // kept\n  non-market CN  // kept too\n}\n";

    private static readonly Lazy<JsonSchema> Sarif = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Repository.PathOf("tests/AgreementLang.Tests/Schemas/sarif-2.1.0.json"))).GetAwaiter().GetResult());

    private static readonly Lazy<JsonSchema> DiagnosticsSchema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Repository.PathOf("docs/schemas/diagnostics.schema.json"))).GetAwaiter().GetResult());

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agr-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput(null, args);

    private static (int Exit, string Out, string Err) RunWithInput(string? input, params string[] args) => Agr.InProcess(input, args);

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static string Example(string relative) => Repository.PathOf("examples/" + relative);

    // 12 (output half): control and bidi characters are escaped.

    [Fact]
    public void Text_diagnostics_escape_control_and_bidi_characters_in_file_names()
    {
        // A file name with an ESC sequence, a line break that plants a fake diagnostic line, and a bidi override.
        var evil = "a\u001B[2K\nfake.agr(1,1): error AGR999: forged\u202E.agr";
        Write(evil, File.ReadAllText(Example("errors/unknown-stage.agr")));
        var (exit, output, _) = Run("check", _folder.FullName);

        Assert.Equal(ExitCodes.Errors, exit);
        Assert.DoesNotContain('\u001B', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.Contains("a\\u001B[2K\\u000Afake.agr(1,1): error AGR999: forged\\u202E.agr(13,14): error AGR104:", output);
        var lines = Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain(lines, l => l.StartsWith("fake.agr", StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_that_quote_user_strings_are_escaped_and_related_notes_too()
    {
        var source = new SourceText("q.agr", "zone Z {\n}\n");
        var diagnostic = Diagnostic.UnknownClause(new Location(source, new TextSpan(0, 4)), "x\u001B]0;pwned\u0007\ny", "a zone", "")
            .WithRelated(new Location(source, new TextSpan(5, 1)), "see \u2067here\u2069");
        var writer = new StringWriter();
        DiagnosticWriter.WriteText(writer, new[] { diagnostic }, 1, colour: false);
        var output = writer.ToString();

        Assert.DoesNotContain('\u001B', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u2067', output);
        Assert.Equal(
            "q.agr(1,1): error AGR007: 'x\\u001B]0;pwned\\u0007\\u000Ay' does not begin a clause of a zone" + Environment.NewLine +
            "q.agr(1,6): note: see \\u2067here\\u2069" + Environment.NewLine +
            "1 file checked: 1 error, 0 warnings." + Environment.NewLine,
            output);
    }

    [Fact]
    public void Fmt_escapes_control_characters_in_the_file_names_it_lists()
    {
        Write("m\u001B[1Ae\nss.agr", Messy);
        var (_, output, _) = Run("fmt", "--check", _folder.FullName);

        Assert.DoesNotContain('\u001B', output);
        Assert.Contains("m\\u001B[1Ae\\u000Ass.agr: would be reformatted", output);
    }

    [Fact]
    public void Terminal_text_escapes_exactly_controls_separators_and_bidi_controls()
    {
        Assert.Equal("a\\u0009b\\u000D\\u007F\\u0085\\u2028\\u202A\\u202E\\u2066\\u2069 é 日本 🌏", TerminalText.Escape("a\tb\r\u007F\u0085\u2028\u202A\u202E\u2066\u2069 é 日本 🌏"));
        Assert.Equal("plain/path.agr", TerminalText.Escape("plain/path.agr"));
    }

    // 20: usage, help and did-you-mean.

    [Fact]
    public void Agr_alone_and_agr_help_print_the_usage_and_exit_0()
    {
        foreach (var args in new[] { Array.Empty<string>(), new[] { "help" } })
        {
            var (exit, output, error) = Run(args);
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Equal("", error);
            Assert.Contains("Usage:", output);
            Assert.Contains("check", output);
            Assert.Contains("fmt", output);
        }

        var check = Run("help", "check");
        Assert.Equal(ExitCodes.Success, check.Exit);
        Assert.Contains("check <paths>", check.Out);
        Assert.Contains("--format", check.Out);
    }

    [Fact]
    public void A_mistyped_command_gets_a_did_you_mean()
    {
        var (exit, output, error) = Run("chek", Example("forge"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal("agr: unknown command 'chek'; did you mean 'check'?" + Environment.NewLine, error);

        var far = Run("frobnicate");
        Assert.Equal(ExitCodes.Usage, far.Exit);
        Assert.Equal("agr: unknown command 'frobnicate'; the commands are check, fmt, render, schedule, build, templates, diff, redline, report, protocol, explain, lsp" + Environment.NewLine, far.Err);
    }

    [Fact]
    public void An_unknown_option_is_an_error_with_a_did_you_mean_never_a_path()
    {
        var (exit, output, error) = Run("check", "--fromat", "json", Example("forge"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal("agr: unknown option '--fromat'; did you mean '--format'?" + Environment.NewLine, error);

        var colour = Run("check", "--colour", Example("forge"));
        Assert.Equal(ExitCodes.Usage, colour.Exit);
        Assert.Equal("agr: unknown option '--colour'; run 'agr check --help' for the options" + Environment.NewLine, colour.Err);

        var fmt = Run("fmt", "--chek", Example("forge"));
        Assert.Equal("agr: unknown option '--chek'; did you mean '--check'?" + Environment.NewLine, fmt.Err);

        // After '--' a name that starts with '-' is a path.
        var dashed = Run("check", "--", "-not-an-option");
        Assert.Contains("no such file or folder: '-not-an-option'", dashed.Err);
    }

    // 21: SARIF and the JSON schema.

    [Fact]
    public void Sarif_output_validates_against_the_sarif_2_1_0_schema_with_rules_and_related_locations()
    {
        var (exit, output, _) = Run("check", "--format", "sarif", Example("conflicts"));
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Empty(Sarif.Value.Validate(output));

        using var json = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var agr301 = Assert.Single(rules, r => r.GetProperty("id").GetString() == "AGR301");
        Assert.Equal(DiagnosticDescriptor.HelpBase + "#agr301", agr301.GetProperty("helpUri").GetString());
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "AGR301");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(agr301.GetProperty("id").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
        Assert.EndsWith("us-australia.agr", related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(32, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_uris_below_the_working_folder_are_relative_to_srcroot()
    {
        var source = new SourceText("examples/errors/x y.agr", File.ReadAllText(Example("errors/unknown-stage.agr")));
        var compilation = AgreementLang.Compilation.Create(new[] { source });
        var writer = new StringWriter();
        DiagnosticWriter.WriteSarif(writer, compilation.Diagnostics.ToArray(), Array.Empty<Diagnostic>(), "/work/repo");

        Assert.Empty(Sarif.Value.Validate(writer.ToString()));
        using var json = JsonDocument.Parse(writer.ToString());
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("file:///work/repo/", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("examples/errors/x%20y.agr", artifact.GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
    }

    [Fact]
    public void Sarif_can_be_written_to_a_file_with_output()
    {
        var file = Path.Combine(_folder.FullName, "report.sarif");
        var (exit, output, _) = Run("check", "--format", "sarif", "--output", file, Example("errors/unknown-stage.agr"));
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Equal("", output);
        Assert.Empty(Sarif.Value.Validate(File.ReadAllText(file)));
    }

    [Fact]
    public void Json_output_validates_against_its_documented_schema()
    {
        foreach (var folder in new[] { "errors", "conflicts", "forge" })
        {
            var (_, output, _) = Run("check", "--format", "json", Example(folder));
            Assert.Empty(DiagnosticsSchema.Value.Validate(output));
        }

        Assert.NotEmpty(DiagnosticsSchema.Value.Validate("[{\"code\": \"AGR104\"}]"));
    }

    // 22: --warnaserror, inline suppressions, a folder with no .agr file.

    [Fact]
    public void Warnaserror_turns_all_warnings_or_the_listed_codes_into_errors()
    {
        var warning = Example("errors/required-clause-missing.agr");
        var plain = Run("check", warning);
        Assert.Equal(ExitCodes.Success, plain.Exit);
        Assert.Contains("warning AGR115", plain.Out);

        var all = Run("check", "--warnaserror", warning);
        Assert.Equal(ExitCodes.Errors, all.Exit);
        Assert.Contains("error AGR115", all.Out);
        Assert.Contains("1 file checked: 1 error, 0 warnings.", all.Out);

        var listed = Run("check", "--warnaserror", "AGR115", warning);
        Assert.Equal(ExitCodes.Errors, listed.Exit);
        var colon = Run("check", "--warnaserror:AGR301,AGR115", warning);
        Assert.Equal(ExitCodes.Errors, colon.Exit);

        var other = Run("check", "--warnaserror", "AGR301", warning);
        Assert.Equal(ExitCodes.Success, other.Exit);
        Assert.Contains("warning AGR115", other.Out);

        var unknown = Run("check", "--warnaserror", "AGR999", warning);
        Assert.Equal(ExitCodes.Usage, unknown.Exit);
        Assert.Contains("'AGR999' is not a diagnostic code", unknown.Err);
    }

    private string Suppressed() => Write("suppressed.agr", File.ReadAllText(Example("errors/required-clause-missing.agr"))
        .Replace("\nagreement US-EU-MOU", "\n// agr-disable-next-line AGR115 the date is set at signature\nagreement US-EU-MOU", StringComparison.Ordinal));

    [Fact]
    public void An_inline_comment_suppresses_the_code_on_the_next_line_in_text_output()
    {
        var (exit, output, _) = Run("check", "--warnaserror", Suppressed());
        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain("AGR115", output);
        Assert.Contains("1 file checked: 0 errors, 0 warnings.", output);

        // Only the code named, only on the next line.
        var elsewhere = Write("elsewhere.agr", File.ReadAllText(Example("errors/required-clause-missing.agr"))
            .Replace("\nagreement US-EU-MOU", "\n// agr-disable-next-line AGR301\nagreement US-EU-MOU", StringComparison.Ordinal)
            .Replace("  kind memorandum", "  // agr-disable-next-line AGR115\n  kind memorandum", StringComparison.Ordinal));
        Assert.Contains("warning AGR115", Run("check", elsewhere).Out);
    }

    [Fact]
    public void Sarif_reports_a_suppressed_diagnostic_with_its_suppression()
    {
        var (_, output, _) = Run("check", "--format", "sarif", Suppressed());
        Assert.Empty(Sarif.Value.Validate(output));
        using var json = JsonDocument.Parse(output);
        var result = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("AGR115", result.GetProperty("ruleId").GetString());
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("the date is set at signature", suppression.GetProperty("justification").GetString());
        Assert.Equal(4, suppression.GetProperty("location").GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void The_compilation_sets_suppressed_diagnostics_apart()
    {
        var source = new SourceText("s.agr", "// agr-disable-next-line AGR007, AGR115 both\nzone Z { bogus }\n");
        var compilation = AgreementLang.Compilation.Create(new[] { source });
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code == "AGR007");
        var suppressed = Assert.Single(compilation.Suppressed);
        Assert.Equal("AGR007", suppressed.Code);
        Assert.True(suppressed.IsSuppressed);
        Assert.Equal("both", suppressed.Suppression!.Justification);

        Assert.Null(InlineSuppressions.Parse("// agr-disable-next-line-x AGR001"));
        Assert.Null(InlineSuppressions.Parse("// agr-disable-next-line because"));
        Assert.Equal(new[] { "AGR001", "AGR002" }, InlineSuppressions.Parse("//agr-disable-next-line agr001 ,AGR002 AGR003 why")!.Value.Codes);
        Assert.Equal("AGR003 why", InlineSuppressions.Parse("//agr-disable-next-line agr001 ,AGR002 AGR003 why")!.Value.Justification);
    }

    [Fact]
    public void Checking_a_folder_without_agr_files_is_a_usage_error_not_a_pass()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder.FullName, "empty"));
        File.WriteAllText(Path.Combine(empty.FullName, "notes.txt"), "not an agreement");
        var (exit, output, error) = Run("check", empty.FullName);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal($"agr: no .agr file in '{empty.FullName}': nothing to check" + Environment.NewLine, error);
    }

    // 23: '-' for standard input; fmt --check --diff.

    [Fact]
    public void Check_dash_reads_one_file_from_standard_input()
    {
        var (exit, output, _) = RunWithInput(File.ReadAllText(Example("errors/unknown-stage.agr")), "check", "-");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.StartsWith("<stdin>(13,14): error AGR104: 'oxyde'", output);
        Assert.Contains("1 file checked: 1 error, 0 warnings.", output);

        var withSet = RunWithInput("zone Z {\n  members US\n}\n", "check", "-", Example("forge"));
        Assert.Contains("10 files checked", withSet.Out);
    }

    [Fact]
    public void Fmt_dash_writes_the_formatted_text_to_standard_output()
    {
        var (exit, output, error) = RunWithInput(Messy, "fmt", "-");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);
        Assert.Equal(Tidy, output);

        var check = RunWithInput(Messy, "fmt", "--check", "-");
        Assert.Equal(ExitCodes.Errors, check.Exit);
        Assert.Equal("<stdin>: would be reformatted" + Environment.NewLine, check.Out);

        // What cannot be formatted comes back unchanged, so that a pipe never loses it.
        var broken = RunWithInput("zone Z {\n  bogus clause\n}\n", "fmt", "-");
        Assert.Equal(ExitCodes.Errors, broken.Exit);
        Assert.Equal("zone Z {\n  bogus clause\n}\n", broken.Out);
        Assert.Contains("<stdin>: note: left unchanged: it has syntax errors", broken.Err);

        Assert.Equal(ExitCodes.Usage, RunWithInput(Messy, "fmt", "-", Example("forge")).Exit);
    }

    [Fact]
    public void Fmt_check_diff_prints_a_unified_diff_and_changes_nothing()
    {
        var path = Write("z.agr", Messy);
        var (exit, output, _) = Run("fmt", "--check", "--diff", path);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Equal(Messy, File.ReadAllText(path));
        var expected =
            $"--- {path}\t(original)\n" +
            $"+++ {path}\t(formatted)\n" +
            "@@ -1,5 +1,5 @@\n" +
            "-zone   Z {\n" +
            "-\tmembers US,JP\n" +
            "+zone Z {\n" +
            "+  members US, JP\n" +
            "   // kept\n" +
            "-    non-market CN // kept too\n" +
            "+  non-market CN  // kept too\n" +
            " }\n";
        Assert.StartsWith(expected, output);
        Assert.Contains("z.agr: would be reformatted", output);
    }

    [Fact]
    public void Unified_diff_keeps_hunks_apart_and_marks_a_missing_final_line_break()
    {
        var old = string.Join("\n", Enumerable.Range(1, 20).Select(i => "line " + i));
        var changed = old.Replace("line 2\n", "line two\n", StringComparison.Ordinal) + "\n";
        var diff = UnifiedDiff.Create(old, changed, "a", "b");
        Assert.Equal(
            "--- a\n+++ b\n" +
            "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n" +
            "@@ -17,4 +17,4 @@\n line 17\n line 18\n line 19\n-line 20\n\\ No newline at end of file\n+line 20\n",
            diff);
        Assert.Equal("", UnifiedDiff.Create("same\r\n", "same\n", "a", "b"));
    }
}
