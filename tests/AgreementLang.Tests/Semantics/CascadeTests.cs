using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Semantics;

/// <summary>One slip, one diagnostic: a misspelt country code is reported where it is declared (AGR107, with its
/// did-you-mean), not again at every clause that uses it; a mineral listed twice under two names is a warning
/// (AGR135).</summary>
public sealed class CascadeTests
{
    private static string Agreement(string clauses, string parties = "US, UK") =>
        "agreement US-GB-2026 \"Agreement\" {\n  kind bilateral\n  signed 2026-02-04\n  in force 2026-03-01\n  term 10 years\n" +
        string.Concat(parties.Split(", ").Select(p => $"  party {p} \"the Government of {p}\"\n")) + clauses + "\n}\n";

    [Fact]
    public void A_misspelt_party_code_is_one_AGR107_with_its_did_you_mean_and_no_AGR112_at_the_clauses_using_it()
    {
        var compilation = Agr.Compile(("a.agr", Agreement(
            "  tariff UK -> US NdPr oxide 0% from entry into force\n  obligation US, UK \"consult on supply-chain security\" within 30 days of signature\n" +
            "  floor NdPr oxide at USD 110.00 per kg {\n    enforced by adjustable tariff on imports from UK\n  }\n  export tax US on Dy oxide 5% to UK")));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("AGR107", diagnostic.Code);
        Assert.Equal(7, diagnostic.Location.Start.Line);
        Assert.EndsWith("did you mean 'GB' (United Kingdom)?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_code_that_is_not_a_party_is_still_AGR112()
    {
        var compilation = Agr.Compile(("a.agr", Agreement("  tariff KR -> US NdPr oxide 0% from entry into force", "US, GB")));
        Assert.Equal("AGR112", Assert.Single(compilation.Diagnostics).Code);
    }

    [Fact]
    public void Each_declaration_of_a_misspelt_code_is_reported_where_it_is_declared()
    {
        var zone = "zone FORGE \"f\" {\n  members US, UK\n}\n";
        var compilation = Agr.Compile(("a.agr", zone), ("b.agr", Agreement("  tariff UK -> US NdPr oxide 0% from entry into force")));
        Assert.Equal(new[] { ("AGR107", "a.agr"), ("AGR107", "b.agr") }, compilation.Diagnostics.Select(d => (d.Code, d.Location.Path)).ToArray());
    }

    [Theory]
    [InlineData("Mn, manganese", "'manganese' is Mn, already listed as 'Mn'; each mineral is listed once")]
    [InlineData("Li, Co, Li", "'Li' is Li, already listed; each mineral is listed once")]
    public void A_mineral_listed_twice_is_a_warning(string minerals, string message)
    {
        var compilation = Agr.Compile(("a.agr", Agreement("  no export duties on " + minerals, "US, GB")));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("AGR135", DiagnosticSeverity.Warning, message), (diagnostic.Code, diagnostic.Severity, diagnostic.Message));
        Assert.IsType<ExportDutyBan>(Assert.Single(Assert.Single(compilation.Model.Agreements).Terms));
    }

    [Theory]
    [InlineData("  no export duties on Co, Mn, graphite, Li, Ni")]
    [InlineData("  no export duties on NdPr, Dy, Tb")]
    [InlineData("  no export duties on Mn\n  export tax US on Mn ore 5% to all")]
    public void Distinct_minerals_or_one_mineral_in_two_clauses_are_silent(string clauses)
    {
        Assert.DoesNotContain(Agr.Compile(("a.agr", Agreement(clauses, "US, GB"))).Diagnostics, d => d.Code == "AGR135");
    }
}
