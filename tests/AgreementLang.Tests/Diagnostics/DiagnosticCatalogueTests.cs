using System.Text.RegularExpressions;
using AgreementLang.Diagnostics;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Diagnostics;

public sealed class DiagnosticCatalogueTests
{
    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^AGR[0-3][0-9]{2}$", code));
    }

    [Fact]
    public void Every_code_is_documented_in_its_range_and_no_section_documents_an_unknown_code()
    {
        var text = File.ReadAllText(Repository.PathOf("docs/diagnostics.md"));
        var documented = Regex.Matches(text, @"^### (AGR\d{3}):", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(documented.Length, documented.Distinct().Count());
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToArray();
        Assert.Empty(codes.Except(documented));
        Assert.Empty(documented.Except(codes));
    }

    [Fact]
    public void Message_formats_accept_their_arguments()
    {
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var placeholders = Regex.Matches(descriptor.MessageFormat, @"(?<!\{)\{(\d+)").Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(-1).Max() + 1;
            var args = Enumerable.Range(0, placeholders).Select(i => (object)("v" + i)).ToArray();
            var diagnostic = Diagnostic.Create(descriptor, new Location(new SourceText("x.agr", "x"), new TextSpan(0, 1)), args);
            Assert.DoesNotContain("{", diagnostic.Message.Replace("{{", ""));
        }
    }

    [Fact]
    public void Help_links_point_at_the_code_section()
    {
        Assert.All(DiagnosticCatalog.All, d => Assert.EndsWith("docs/diagnostics.md#" + d.Code.ToLowerInvariant(), d.HelpLink));
    }
}
