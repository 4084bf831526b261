using System.Text.RegularExpressions;
using AgreementLang.Cli.Commands;
using AgreementLang.Diagnostics;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Checks;

/// <summary>docs/diagnostics.md documents every code, and each conflict code's example really triggers it.</summary>
public sealed class DiagnosticsDocumentationTests
{
    private static readonly string Text = File.ReadAllText(Repository.PathOf("docs/diagnostics.md")).Replace("\r\n", "\n");

    public static IEnumerable<object[]> ConflictCodes() =>
        DiagnosticCatalog.All.Where(d => d.Code.StartsWith("AGR2", StringComparison.Ordinal) || d.Code.StartsWith("AGR3", StringComparison.Ordinal))
            .Select(d => new object[] { d.Code });

    [Fact]
    public void Every_code_in_the_catalogue_has_a_section_titled_with_its_title()
    {
        var missing = DiagnosticCatalog.All
            .Where(d => !Text.Contains("\n### " + d.Code + ": " + d.Title + "\n", StringComparison.Ordinal))
            .Select(d => d.Code + " (" + d.Title + ")")
            .ToArray();
        Assert.True(missing.Length == 0, "docs/diagnostics.md lacks '### CODE: Title' sections for " + string.Join(", ", missing));
    }

    [Fact]
    public void The_embedded_copy_is_the_file_in_docs()
    {
        Assert.Equal(Text, ExplainCommand.Documentation().Replace("\r\n", "\n"));
    }

    [Theory]
    [MemberData(nameof(ConflictCodes))]
    public void The_example_of_each_conflict_code_triggers_it(string code)
    {
        var section = ExplainCommand.Section(code)!;
        var example = Regex.Match(section, "```agr\n(.*?)```", RegexOptions.Singleline);
        Assert.True(example.Success, code + " has no ```agr example");
        var compilation = Compilation.Create(new[] { new SourceText("example.agr", example.Groups[1].Value) });
        Assert.DoesNotContain(compilation.Diagnostics, d => string.CompareOrdinal(d.Code, "AGR200") < 0);
        Assert.Contains(compilation.Diagnostics, d => d.Code == code);
    }
}
