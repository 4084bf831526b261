using System.Text;
using AgreementLang.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using AgreementLang.Syntax;

namespace AgreementLang.Analyzers.Tests;

/// <summary>The analyzer never throws: whatever bytes a file holds, the build gets diagnostics and no AD0001.</summary>
public sealed class RobustnessTests
{
    private static async Task<AnalyzerRun> AssertNoCrash(params AdditionalText[] files)
    {
        var run = await AnalyzerRunner.RunAsync(files);
        Assert.Empty(run.Exceptions);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "AD0001");
        return run;
    }

    [Fact]
    public async Task Binary_garbage_gives_diagnostics()
    {
        var random = new Random(20260204);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        // The compiler decodes bytes that are not UTF-8 with a legacy code page; Latin-1 stands in for it here.
        var text = SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);

        var run = await AssertNoCrash(new InMemoryAdditionalText("/repo/garbage.agr", text));

        // The same bytes through `agr check` give AGR011 at the first byte that is not UTF-8: so does the build.
        Assert.Contains(run.Diagnostics, d => d.Id == "AGR011");
        Assert.All(run.Diagnostics, d => Assert.StartsWith("AGR", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Control_characters_and_nul_bytes_give_diagnostics()
    {
        var text = new string(Enumerable.Range(0, 20_000).Select(i => (char)(i % 32)).ToArray());

        var run = await AssertNoCrash(new InMemoryAdditionalText("/repo/control.agr", text));

        Assert.NotEmpty(run.Diagnostics);
    }

    [Fact]
    public async Task Every_truncation_of_a_real_agreement_gives_diagnostics_not_a_crash()
    {
        var full = File.ReadAllText(Repository.Path("examples", "forge", "us-japan.agr"));
        var zone = new InMemoryAdditionalText("/repo/zone.agr", File.ReadAllText(Repository.Path("examples", "forge", "zone.agr")));
        var vault = new InMemoryAdditionalText("/repo/vault.agr", File.ReadAllText(Repository.Path("examples", "forge", "vault.agr")));
        for (var length = full.Length - 1; length > 0; length -= 97)
        {
            var run = await AssertNoCrash(zone, vault, new InMemoryAdditionalText("/repo/us-japan.agr", full.Substring(0, length)));
            // Cut inside the agreement's block (not in its leading comments), the block is left open: an error.
            if (length > full.IndexOf("agreement US-JP", StringComparison.Ordinal) && length <= full.LastIndexOf('}'))
            {
                Assert.Contains(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    [Fact]
    public async Task A_hundred_thousand_nested_braces_give_diagnostics()
    {
        var text = "zone FORGE \"deep\" " + new string('{', 100_000) + new string('}', 100_000) + "\n";

        var run = await AssertNoCrash(new InMemoryAdditionalText("/repo/deep.agr", text));

        Assert.Contains(run.Diagnostics, d => d.Id == "AGR005");
    }

    [Fact]
    public async Task A_hundred_thousand_unclosed_braces_give_diagnostics()
    {
        var run = await AssertNoCrash(new InMemoryAdditionalText("/repo/open.agr", "agreement X \"x\" " + new string('{', 100_000)));

        Assert.Contains(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>20 MB of commentary, then a broken clause: parsed whole, and the error is placed on its line.</summary>
    [Fact]
    public async Task A_twenty_megabyte_file_gives_diagnostics_at_the_right_place()
    {
        var line = "// " + new string('x', 1020) + "\n";
        var text = new StringBuilder(20 * 1024 * 1024 + 2048);
        var lines = 0;
        while (text.Length < 20 * 1024 * 1024)
        {
            text.Append(line);
            lines++;
        }

        text.Append("agreement US-XX-2026 \"never closed {\n");

        var run = await AssertNoCrash(new InMemoryAdditionalText("/repo/huge.agr", text.ToString()));

        var unterminated = Assert.Single(run.Diagnostics, d => d.Id == "AGR002");
        Assert.Equal(new LinePosition(lines, 21), unterminated.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task A_file_above_the_parser_limit_is_refused_with_a_diagnostic()
    {
        var text = new string('x', AgreementLang.Syntax.Parser.MaxFileLength + 1);

        var run = await AssertNoCrash(new InMemoryAdditionalText("/repo/too-large.agr", text));

        var refused = Assert.Single(run.Diagnostics);
        Assert.Equal("AGR006", refused.Id);
        Assert.Equal(new LinePosition(0, 0), refused.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task An_empty_file_and_a_file_of_blanks_are_fine()
    {
        var run = await AssertNoCrash(
            new InMemoryAdditionalText("/repo/empty.agr", string.Empty),
            new InMemoryAdditionalText("/repo/blank.agr", "\n\n   \r\n\t\n"),
            new InMemoryAdditionalText("/repo/bom.agr", "\uFEFF// only a comment\n"));

        Assert.Empty(run.Diagnostics);
    }

    /// <summary>Where the system has no legacy code page (Linux, macOS) the compiler decodes bad bytes as U+FFFD;
    /// the analyzer reads the bytes back and reports what `agr check` reports: the byte and its offset.</summary>
    [Fact]
    public async Task Bytes_the_compiler_replaced_are_reported_as_agr_check_reports_them()
    {
        var folder = Directory.CreateTempSubdirectory("agr-analyzer-utf8-");
        try
        {
            var path = Path.Combine(folder.FullName, "latin1.agr");
            var bytes = Encoding.UTF8.GetBytes("zone Z \"caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\" {\n  members US\n}\n")).ToArray();
            File.WriteAllBytes(path, bytes);
            var asTheCompilerDecodes = new UTF8Encoding(false, false).GetString(bytes);
            var expected = AgreementLang.Syntax.SourceLoader.Load(path, bytes).Problem!;

            var run = await AssertNoCrash(new InMemoryAdditionalText(path, SourceText.From(asTheCompilerDecodes, new UTF8Encoding(false))));

            var problem = Assert.Single(run.Diagnostics, d => d.Id == "AGR011");
            Assert.Equal(expected.Message, problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new LinePosition(0, 11), problem.Location.GetLineSpan().StartLinePosition);

            // An editor buffer that no longer matches the file is checked as it is, without the file's bytes.
            var edited = await AssertNoCrash(new InMemoryAdditionalText(path, SourceText.From(asTheCompilerDecodes + "// edited\n", new UTF8Encoding(false))));
            Assert.DoesNotContain(edited.Diagnostics, d => d.Id == "AGR011");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_UTF16_file_is_reported_as_not_UTF8_as_agr_check_reports_it()
    {
        var text = SourceText.From("institution EXIM \"Export-Import Bank of the United States\" of US\n", Encoding.Unicode);

        var run = await AssertNoCrash(new InMemoryAdditionalText("/repo/utf16.agr", text));

        Assert.Contains(run.Diagnostics, d => d.Id == "AGR011");
    }
}
