using AgreementLang.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AgreementLang.Analyzers.Tests;

/// <summary>`dotnet_diagnostic.AGRxxx.severity` in the .editorconfig files above an .agr file. The compiler does
/// not apply them to diagnostics in additional files (dotnet/roslyn#31916), so the analyzer does.</summary>
public sealed class SeverityConfigurationTests
{
    // Two institutions of one name: AGR102, an error by default.
    private static readonly InMemoryAdditionalText First = new("/repo/agreements/a.agr", "institution EXIM \"Export-Import Bank of the United States\" of US\n");
    private static readonly InMemoryAdditionalText Second = new("/repo/agreements/b.agr", "institution EXIM \"Export-Import Bank of Korea\" of KR\n");

    // A memorandum that never says when it enters into force: AGR115, a warning by default.
    private static readonly InMemoryAdditionalText NoEntryIntoForce = new("/repo/agreements/mou.agr", """
        agreement US-KR-MOU "Memorandum of Understanding on Critical Minerals" {
          kind memorandum
          non-binding
          signed 2026-02-04 at "Washington, D.C."
          party US "the Government of the United States of America"
          party KR "the Government of the Republic of Korea"
        }

        """);

    private static InMemoryAdditionalText Config(string folder, string text) => new(folder + "/.editorconfig", text);

    [Fact]
    public async Task Without_configuration_the_catalogue_severities_hold()
    {
        var run = await AnalyzerRunner.RunAsync(First, Second, NoEntryIntoForce);

        Assert.Equal(DiagnosticSeverity.Error, run.Diagnostics.Single(d => d.Id == "AGR102").Severity);
        Assert.Equal(DiagnosticSeverity.Warning, run.Diagnostics.Single(d => d.Id == "AGR115").Severity);
    }

    [Fact]
    public async Task None_silences_a_code_and_error_escalates_a_warning()
    {
        var config = Config("/repo", "root = true\n\n[*.agr]\ndotnet_diagnostic.AGR102.severity = none\ndotnet_diagnostic.agr115.severity = error  # must be fixed\n");

        var run = await AnalyzerRunner.RunAsync(First, Second, NoEntryIntoForce, config);

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "AGR102");
        Assert.Equal(DiagnosticSeverity.Error, run.Diagnostics.Single(d => d.Id == "AGR115").Severity);
    }

    [Fact]
    public async Task A_nearer_file_wins_and_nothing_above_a_root_counts()
    {
        var above = Config("", "[*]\ndotnet_diagnostic.AGR115.severity = none\n");
        var root = Config("/repo", "root = true\n[*]\ndotnet_diagnostic.AGR115.severity = error\n");
        var nearer = Config("/repo/agreements", "[mou.agr]\ndotnet_diagnostic.AGR115.severity = suggestion\n");

        var rootOnly = await AnalyzerRunner.RunAsync(NoEntryIntoForce, above, root);
        var withNearer = await AnalyzerRunner.RunAsync(NoEntryIntoForce, above, root, nearer);

        Assert.Equal(DiagnosticSeverity.Error, rootOnly.Diagnostics.Single(d => d.Id == "AGR115").Severity);
        Assert.Equal(DiagnosticSeverity.Info, withNearer.Diagnostics.Single(d => d.Id == "AGR115").Severity);
    }

    [Fact]
    public async Task Sections_for_other_files_and_later_sections_are_honoured()
    {
        var config = Config("/repo", """
            [*.cs]
            dotnet_diagnostic.AGR102.severity = none

            [*.{agr,agreement}]
            dotnet_diagnostic.AGR102.severity = none

            [agreements/b.agr]
            dotnet_diagnostic.AGR102.severity = warning
            """);

        var run = await AnalyzerRunner.RunAsync(First, Second, config);

        Assert.Equal(DiagnosticSeverity.Warning, run.Diagnostics.Single(d => d.Id == "AGR102").Severity);
    }

    [Fact]
    public async Task A_category_can_be_configured_at_once_and_an_id_overrides_its_category()
    {
        var config = Config("/repo", "[*]\ndotnet_analyzer_diagnostic.category-meaning.severity = none\ndotnet_diagnostic.AGR115.severity = warning\n");

        var run = await AnalyzerRunner.RunAsync(First, Second, NoEntryIntoForce, config);

        Assert.Equal("AGR115", Assert.Single(run.Diagnostics).Id);
    }

    [Theory]
    [InlineData("*", "/r/a.agr", true)]
    [InlineData("*", "/r/sub/deeper/a.agr", true)]
    [InlineData("*.agr", "/r/sub/a.agr", true)]
    [InlineData("*.agr", "/r/sub/a.cs", false)]
    [InlineData("/a.agr", "/r/a.agr", true)]
    [InlineData("/a.agr", "/r/sub/a.agr", false)]
    [InlineData("sub/*.agr", "/r/sub/a.agr", true)]
    [InlineData("sub/*.agr", "/r/sub/x/a.agr", false)]
    [InlineData("sub/**.agr", "/r/sub/x/a.agr", true)]
    [InlineData("**/conflict/*.agr", "/r/x/conflict/a.agr", true)]
    [InlineData("{a,b}.agr", "/r/b.agr", true)]
    [InlineData("{a,b}.agr", "/r/c.agr", false)]
    [InlineData("[ab].agr", "/r/a.agr", true)]
    [InlineData("[!ab].agr", "/r/a.agr", false)]
    [InlineData("?.agr", "/r/z.agr", true)]
    [InlineData("v{1..3}.agr", "/r/v2.agr", true)]
    [InlineData("v{1..3}.agr", "/r/v7.agr", false)]
    [InlineData("*.agr", "/other/a.agr", false)]
    [InlineData("v{1..3}.agr", "/r/v03.agr", true)]
    [InlineData("v{-3..3}.agr", "/r/v-2.agr", true)]
    [InlineData("v{-3..3}.agr", "/r/v-4.agr", false)]
    [InlineData("[a-c].agr", "/r/b.agr", true)]
    [InlineData("[a-c].agr", "/r/d.agr", false)]
    [InlineData("\\{a\\}.agr", "/r/{a}.agr", true)]
    [InlineData("{a,{b,c}}.agr", "/r/c.agr", true)]
    [InlineData("{a,{b,c}}.agr", "/r/d.agr", false)]
    [InlineData("x**.agr", "/r/sub/x/y/a.agr", true)]
    [InlineData("*a*a*a*a*a*a*a*a*a*a*b", "/r/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    public void Section_names_match_as_the_compiler_matches_them(string section, string path, bool matches)
    {
        var file = AgreementLang.Configuration.EditorConfigFile.Parse("/r/.editorconfig", "[" + section + "]\nkey = value\n");

        Assert.Empty(file.Problems);
        Assert.Equal(matches, AgreementLang.Configuration.EditorConfigFile.PropertiesFor(path, new[] { file }).ContainsKey("key"));
    }

    /// <summary>A number range beyond an int threw OverflowException out of the analyzer (AD0001), and every AGR
    /// diagnostic was lost. The section is ignored now; the others apply.</summary>
    [Fact]
    public async Task A_number_range_beyond_an_int_is_ignored_and_the_other_sections_apply()
    {
        var config = Config("/repo", """
            root = true
            [{1..99999999999999999999}.agr]
            dotnet_diagnostic.AGR102.severity = none
            [*.agr]
            dotnet_diagnostic.AGR115.severity = error
            """);

        var run = await AnalyzerRunner.RunAsync(First, Second, NoEntryIntoForce, config);

        Assert.Empty(run.Exceptions);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "AD0001");
        Assert.Equal(DiagnosticSeverity.Error, run.Diagnostics.Single(d => d.Id == "AGR102").Severity);
        Assert.Equal(DiagnosticSeverity.Error, run.Diagnostics.Single(d => d.Id == "AGR115").Severity);
    }

    /// <summary>Section names beyond the reader's bounds (braces nested deeper than 16, a name longer than 1,024
    /// characters, a range of more than 10,000 numbers) apply to nothing; the analyzer neither throws nor
    /// recurses on them. (20,000 nested braces overflowed the compiler's stack: that case runs in a child
    /// process, in AgreementLang.Tests' EditorConfigTests, through the same reader.)</summary>
    [Theory]
    [InlineData(17)]
    [InlineData(400)]
    public async Task Nested_braces_beyond_the_bound_are_ignored(int depth)
    {
        var nested = string.Concat(Enumerable.Repeat("{x,", depth)) + "*" + new string('}', depth);
        var config = Config("/repo", "[" + nested + "]\ndotnet_diagnostic.AGR102.severity = none\n[*.agr]\ndotnet_diagnostic.AGR115.severity = error\n");

        var run = await AnalyzerRunner.RunAsync(First, Second, NoEntryIntoForce, config);

        Assert.Empty(run.Exceptions);
        Assert.Equal(DiagnosticSeverity.Error, run.Diagnostics.Single(d => d.Id == "AGR102").Severity);
        Assert.Equal(DiagnosticSeverity.Error, run.Diagnostics.Single(d => d.Id == "AGR115").Severity);
    }
}
