using AgreementLang.Cli;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Rendering.Tests;

/// <summary>The commands end to end, through <c>Program.Run</c>, in temporary folders.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "agr-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Build_writes_every_format_and_both_schedules_identically_twice()
    {
        var out1 = Path.Combine(_root, "out1");
        var out2 = Path.Combine(_root, "out2");
        var (code, stdout, stderr) = Run("build", Repository.PathOf("examples/forge"), "--out", out1);
        Assert.True(code == 0, stderr);
        Assert.Equal(0, Run("build", Repository.PathOf("examples/forge"), "--out", out2).Code);

        var files = Directory.GetFiles(out1).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        // Six agreements and one protocol in four formats, and the schedules (json, csv and its csvt).
        Assert.Equal(7 * 4 + 3, files.Length);
        Assert.Contains("US-JP-2026.docx", files);
        Assert.Contains("US-JP-2026-P1.md", files);
        Assert.Contains("US-JP-2026-P1.akn.xml", files);
        Assert.Contains("US-JP-2026.akn.xml", files);
        Assert.Contains("schedule.json", files);
        Assert.Contains("schedule.csv", files);
        Assert.Contains("schedule.csvt", files);
        Assert.DoesNotContain(files, f => f!.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Contains("wrote ", stdout);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(out1, file!)).SequenceEqual(File.ReadAllBytes(Path.Combine(out2, file!))), file + " differs");
        }
    }

    [Fact]
    public void Render_writes_one_draft_per_agreement_in_the_format_asked()
    {
        var output = Path.Combine(_root, "akn");
        Assert.Equal(0, Run("render", Repository.PathOf("examples/forge"), "--format", "akn", "--out", output).Code);
        Assert.Equal(7, Directory.GetFiles(output, "*.akn.xml").Length);
        Assert.Single(Directory.GetFiles(output).Select(Path.GetExtension).Distinct());
    }

    [Fact]
    public void Build_as_of_a_date_writes_the_consolidated_drafts_and_schedules()
    {
        var plain = Path.Combine(_root, "plain");
        var consolidated = Path.Combine(_root, "as-of");
        Assert.Equal(0, Run("build", Repository.PathOf("examples/forge"), "--out", plain).Code);
        var (code, _, stderr) = Run("build", Repository.PathOf("examples/forge"), "--as-of", "2027-06-01", "--out", consolidated);
        Assert.True(code == 0, stderr);

        var draft = File.ReadAllText(Path.Combine(consolidated, "US-JP-2026.md"));
        Assert.Contains("Consolidated text as of 1 June 2027, incorporating the Protocol amending the Agreement", draft);
        Assert.DoesNotContain("Consolidated text", File.ReadAllText(Path.Combine(plain, "US-JP-2026.md")));
        Assert.Contains("(US-JP-2026-P1) in force from 1 March 2027.", File.ReadAllText(Path.Combine(consolidated, "US-JP-2026.html")));
        Assert.Contains("eng@2027-06-01", File.ReadAllText(Path.Combine(consolidated, "US-JP-2026.akn.xml")));
        Assert.Contains(",NdPr,metal,5%,0%,2027-03-01,", File.ReadAllText(Path.Combine(consolidated, "schedule.csv")));
        Assert.Contains(",NdPr,metal,5%,0%,EIF,", File.ReadAllText(Path.Combine(plain, "schedule.csv")));

        // An agreement no amendment touches reads the same either way.
        Assert.Equal(File.ReadAllText(Path.Combine(plain, "US-AU-2025.md")), File.ReadAllText(Path.Combine(consolidated, "US-AU-2025.md")));
    }

    [Fact]
    public void Schedule_writes_csv_with_its_csvt_companion()
    {
        var output = Path.Combine(_root, "csv");
        Assert.Equal(0, Run("schedule", Repository.PathOf("examples/forge"), "--format", "csv", "--out", output).Code);
        Assert.Equal(new[] { "schedule.csv", "schedule.csvt" }, Directory.GetFiles(output).Select(f => Path.GetFileName(f)).OrderBy(f => f, StringComparer.Ordinal).ToArray());

        // One type per column of the header: the HS line and the figures are text, the period columns dates.
        var header = File.ReadAllText(Path.Combine(output, "schedule.csv")).Split("\r\n")[0].Split(',');
        var types = File.ReadAllText(Path.Combine(output, "schedule.csvt")).TrimEnd('\r', '\n').Split(',').Select(t => t.Trim('"')).ToArray();
        Assert.Equal(header.Length, types.Length);
        var typeOf = header.Zip(types).ToDictionary(p => p.First, p => p.Second);
        foreach (var text in new[] { "line", "base_rate", "commitment", "floor", "cap", "source" })
        {
            Assert.Equal("String", typeOf[text]);
        }

        Assert.Equal("Date", typeOf["from"]);
        Assert.Equal("Date", typeOf["until"]);
    }

    [Fact]
    public void With_errors_build_writes_nothing_and_exits_1()
    {
        var sources = ErroneousSources();
        var output = Path.Combine(_root, "out");
        var (code, _, stderr) = Run("build", sources, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("AGR110", stderr);
        Assert.Contains("nothing was written", stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Build_honours_severity_overrides_on_the_command_line_and_in_editorconfig_as_check_does()
    {
        var sources = ErroneousSources();
        var output = Path.Combine(_root, "out");
        Assert.Equal(1, Run("check", sources).Code);
        var (code, _, stderr) = Run("build", sources, "--out", output, "--severity", "AGR110=warning");
        Assert.Equal(0, code);
        Assert.Contains("warning AGR110", stderr);
        Assert.True(File.Exists(Path.Combine(output, "US-JP-DATES.md")));

        File.WriteAllText(Path.Combine(sources, ".editorconfig"), "root = true\n\n[*.agr]\ndotnet_diagnostic.AGR110.severity = none\n");
        var quiet = Path.Combine(_root, "quiet");
        (code, _, stderr) = Run("render", sources, "--format", "md", "--out", quiet);
        Assert.Equal(0, code);
        Assert.DoesNotContain("AGR110", stderr);
        Assert.Equal(0, Run("check", sources).Code);
    }

    [Fact]
    public void Build_checks_the_set_as_of_the_date_given_as_check_does()
    {
        // US-JP-2026 keeps a floor of USD 95/kg; the zone's reference price of USD 110/kg applies from 2027.
        var folder = Path.Combine(_root, "as-of");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "zone.agr"), """
            zone FORGE "Forum on Resource Geostrategic Engagement preferential zone" {
              members US, JP
              reference price NdPr oxide USD 110.00 per kg from 2027-01-01 review quarterly
            }
            """);
        File.WriteAllText(Path.Combine(folder, "us-japan.agr"), """
            agreement US-JP-2026 "Agreement between the United States of America and Japan on Critical Minerals" {
              kind bilateral
              zone FORGE
              signed 2026-02-04 at "Washington, D.C."
              in force 2026-03-01
              party US "the Government of the United States of America"
              party JP "the Government of Japan"
              floor NdPr oxide at USD 95.00 per kg {
                enforced by adjustable tariff on imports from non-members
                tariff cap 40%
              }
            }
            """);
        var output = Path.Combine(_root, "out");
        var (code, _, stderr) = Run("build", folder, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("error AGR301", stderr);

        (code, _, stderr) = Run("build", folder, "--out", output, "--as-of", "2026-06-01");
        Assert.Equal(0, code);
        Assert.DoesNotContain("AGR301", stderr);
        Assert.Contains("USD 95.00", File.ReadAllText(Path.Combine(output, "US-JP-2026.md")));
        Assert.Equal(2, Run("schedule", folder, "--out", output, "--as-of", "2026-13-01").Code);
    }

    [Fact]
    public void With_force_build_writes_drafts_marked_as_containing_unresolved_conflicts()
    {
        var sources = ErroneousSources();
        var output = Path.Combine(_root, "out");
        var (code, _, _) = Run("build", sources, "--out", output, "--force");
        Assert.Equal(1, code);
        var markdown = File.ReadAllText(Path.Combine(output, "US-JP-DATES.md"));
        Assert.Contains("DRAFT WITH UNRESOLVED CONFLICTS", markdown);
        Assert.Contains("AGR110", markdown);
        Assert.Contains("\"code\": \"AGR110\"", File.ReadAllText(Path.Combine(output, "schedule.json")));
        Assert.Empty(AkomaNtosoTests.Validate(File.ReadAllText(Path.Combine(output, "US-JP-DATES.akn.xml"))));
    }

    [Fact]
    public void An_output_folder_that_holds_sources_is_refused()
    {
        var sources = Path.Combine(_root, "sources");
        Directory.CreateDirectory(sources);
        File.Copy(Repository.PathOf("examples/forge/us-japan.agr"), Path.Combine(sources, "us-japan.agr"));
        File.Copy(Repository.PathOf("examples/forge/zone.agr"), Path.Combine(sources, "zone.agr"));
        File.Copy(Repository.PathOf("examples/forge/vault.agr"), Path.Combine(sources, "vault.agr"));

        var (code, _, stderr) = Run("build", sources, "--out", sources);
        Assert.Equal(2, code);
        Assert.Contains("is a source folder", stderr);

        (code, _, stderr) = Run("render", Path.Combine(sources, "us-japan.agr"), Path.Combine(sources, "zone.agr"), Path.Combine(sources, "vault.agr"), "--out", _root);
        Assert.Equal(2, code);
        Assert.Contains("contains sources", stderr);
        Assert.Empty(Directory.GetFiles(sources, "*.md"));
    }

    [Fact]
    public void A_template_error_stops_the_build_with_the_file_and_line()
    {
        var templates = Path.Combine(_root, "house");
        Directory.CreateDirectory(templates);
        var broken = Path.Combine(templates, "closing.hbs");
        File.WriteAllText(broken, "DONE at {{Place}}\n{{#if Signed}}on {{Signed}}\n");
        var output = Path.Combine(_root, "out");
        var (code, _, stderr) = Run("build", Repository.PathOf("examples/forge"), "--out", output, "--templates", templates);
        Assert.Equal(2, code);
        Assert.Contains(broken + "(2,", stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Templates_export_writes_the_defaults()
    {
        var folder = Path.Combine(_root, "defaults");
        Assert.Equal(0, Run("templates", "export", folder).Code);
        Assert.True(File.Exists(Path.Combine(folder, "draft.md.hbs")));
        Assert.True(File.Exists(Path.Combine(folder, "floors.hbs")));
        Assert.Equal(Templates.TemplateSet.DefaultText("floors.hbs"), File.ReadAllText(Path.Combine(folder, "floors.hbs")));
    }

    [Fact]
    public void Render_docx_takes_the_draft_date_and_the_reference_document()
    {
        var reference = Path.Combine(_root, "house.docx");
        File.WriteAllBytes(reference, ReferenceDocx.Create());
        var output = Path.Combine(_root, "docx");
        var (code, _, stderr) = Run("render", Repository.PathOf("examples/forge"), "--format", "docx", "--out", output, "--draft-date", "2026-02-20", "--reference-docx", reference);
        Assert.True(code == 0, stderr);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(output, "US-JP-2026.docx"), false);
        var main = document.MainDocumentPart!;
        Assert.EndsWith("Draft of 20\u00A0February 2026", main.HeaderParts.Single().Header.InnerText);
        Assert.Contains(ReferenceDocx.HeadingFont, main.StyleDefinitionsPart!.Styles!.OuterXml, StringComparison.Ordinal);

        var built = Path.Combine(_root, "built");
        (code, _, stderr) = Run("build", Repository.PathOf("examples/forge"), "--out", built, "--draft-date", "2026-02-21", "--reference-docx", reference);
        Assert.True(code == 0, stderr);
        using var again = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(built, "US-JP-2026.docx"), false);
        Assert.EndsWith("Draft of 21\u00A0February 2026", again.MainDocumentPart!.HeaderParts.Single().Header.InnerText);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("text")]
    [InlineData("zip")]
    public void A_bad_reference_document_is_one_line_and_exit_2_with_nothing_written(string kind)
    {
        var reference = Path.Combine(_root, "house.docx");
        if (kind == "text")
        {
            File.WriteAllText(reference, "not a Word document");
        }
        else if (kind == "zip")
        {
            using var zip = System.IO.Compression.ZipFile.Open(reference, System.IO.Compression.ZipArchiveMode.Create);
            zip.CreateEntry("hello.txt");
        }

        var output = Path.Combine(_root, "out");
        var (code, _, stderr) = Run("build", Repository.PathOf("examples/forge"), "--out", output, "--reference-docx", reference);
        Assert.Equal(2, code);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("agr: ", stderr, StringComparison.Ordinal);
        Assert.Contains("reference document", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_draft_date_that_is_not_a_date_is_a_usage_error()
    {
        var (code, _, stderr) = Run("render", Repository.PathOf("examples/forge"), "--format", "docx", "--out", Path.Combine(_root, "out"), "--draft-date", "2026-02-30");
        Assert.Equal(2, code);
        Assert.Contains("--draft-date: '2026-02-30' is not a date", stderr, StringComparison.Ordinal);
    }

    private string ErroneousSources()
    {
        var folder = Path.Combine(_root, "errors");
        Directory.CreateDirectory(folder);
        File.Copy(Repository.PathOf("examples/errors/expiry-before-entry-into-force.agr"), Path.Combine(folder, "dates.agr"));
        return folder;
    }

    [Fact]
    public void Trace_gives_every_format_its_provenance_and_boilerplate_lists_what_the_tool_added()
    {
        var traced = Path.Combine(_root, "traced");
        var (code, stdout, stderr) = Run("build", Repository.PathOf("examples/forge"), "--trace", "--boilerplate", "--out", traced);
        Assert.True(code == 0, stderr);

        var markdown = File.ReadAllText(Path.Combine(traced, "US-JP-2026.md"));
        // Brackets escaped, as every bracket of a draft's text is in Markdown.
        Assert.Contains("it shall accord the same treatment to Japan immediately and unconditionally. \\[source: us-japan.agr:45\\]", markdown);
        Assert.Contains("Have agreed as follows:", markdown);
        Assert.Contains("## Annex T — Trace of Provisions (not part of the text)", markdown);
        Assert.Contains("| Article 10(5) | fixed wording of the treaty form |", markdown);

        var html = File.ReadAllText(Path.Combine(traced, "US-JP-2026.html"));
        Assert.Contains("data-source=\"us-japan.agr:45\"", html);
        Assert.Contains("[source: us-japan.agr:45]", html);

        var akn = File.ReadAllText(Path.Combine(traced, "US-JP-2026.akn.xml"));
        Assert.Contains("showAs=\"us-japan.agr:45\" name=\"source\"", akn);
        Assert.Empty(AkomaNtosoTests.Validate(akn));

        // Word: the sources in comments, not in the text; the package still valid.
        var docx = File.ReadAllBytes(Path.Combine(traced, "US-JP-2026.docx"));
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>().Select(c => c.InnerText).ToList();
            Assert.Contains("Source: us-japan.agr:45.", comments);
            Assert.Contains("Fixed wording of the treaty form.", comments);
            Assert.DoesNotContain("[source:", document.MainDocumentPart.Document.Body!.InnerText);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        }

        // Every line of the list names an agreement, a place, the form and the words the form added.
        var lines = stdout.Split('\n').Where(l => !l.StartsWith("wrote ", StringComparison.Ordinal) && l.Length > 0).ToList();
        Assert.Contains("US-JP-2026 Article 10(6): [treaty form] The text of this Agreement in the English language is authentic.", lines);
        Assert.Contains("US-MP-2025 Article 6(10): [contract form] This Agreement may be amended only by a written instrument signed by all the Parties.", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Japan", StringComparison.Ordinal) && l.Contains("Article 8", StringComparison.Ordinal));

        // Without --trace, the Markdown is the text alone.
        var plain = Path.Combine(_root, "plain");
        Assert.Equal(0, Run("render", Repository.PathOf("examples/forge"), "--format", "md", "--out", plain).Code);
        Assert.DoesNotContain("source:", File.ReadAllText(Path.Combine(plain, "US-JP-2026.md")));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
