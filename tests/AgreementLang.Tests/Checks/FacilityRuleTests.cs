using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>A facility's cap against its sources: AGR213 (not their sum), AGR214 (one source above the cap) and
/// AGR215 (a loan into it that outlasts it).</summary>
public sealed class FacilityRuleTests
{
    private static string Facility(string head, params string[] sources) =>
        "facility VAULT \"Project Vault\" cap " + head + " {\n" + string.Concat(sources.Select(s => "  " + s + "\n")) + "}\n";

    [Fact]
    public void Project_vault_with_the_private_capital_of_one_report_is_AGR213_below_its_cap()
    {
        var d = Check(Forge, Facility("USD 12 billion from 2026-02-02 for 15 years", "loan from EXIM USD 10 billion for 15 years", "private capital USD 1.67 billion"))
            .Single(DiagnosticCatalog.FacilityCapNotSumOfSources);
        Assert.Equal("the sources of facility VAULT add up to USD 11,670,000,000, less than its cap of USD 12,000,000,000 by USD 330,000,000: " +
                     "USD 10,000,000,000 loan from EXIM, USD 1,670,000,000 private capital", d.Message);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(2, d.Related.Length);
    }

    [Fact]
    public void Project_vault_as_three_reports_give_it_is_silent()
    {
        var diagnostics = Check(Forge, Facility("USD 12 billion from 2026-02-02 for 15 years", "loan from EXIM USD 10 billion for 15 years", "private capital USD 2,000 million"));
        diagnostics.None(DiagnosticCatalog.FacilityCapNotSumOfSources);
        diagnostics.None(DiagnosticCatalog.FacilitySourceAboveCap);
        diagnostics.None(DiagnosticCatalog.FacilitySourceOutlastsFacility);
    }

    [Fact]
    public void A_facility_that_states_no_sources_is_silent()
    {
        Check(Forge, Facility("USD 12 billion")).None(DiagnosticCatalog.FacilityCapNotSumOfSources);
    }

    [Fact]
    public void A_loan_above_the_cap_is_AGR214_and_not_also_AGR213()
    {
        var diagnostics = Check(Forge, Facility("USD 1 billion", "loan from EXIM USD 2 billion for 10 years", "private capital USD 100 million"));
        var d = diagnostics.Single(DiagnosticCatalog.FacilitySourceAboveCap);
        Assert.Equal("the loan from EXIM of USD 2,000,000,000 into facility VAULT is larger than the facility's cap of USD 1,000,000,000 (b.agr(1,10)); " +
                     "the cap cannot hold it", d.Message);
        Assert.Equal(2, d.Location.Start.Line);
        diagnostics.None(DiagnosticCatalog.FacilityCapNotSumOfSources);
    }

    [Fact]
    public void A_single_source_equal_to_the_cap_is_silent()
    {
        var diagnostics = Check(Forge, Facility("USD 10 billion", "loan from EXIM USD 10,000 million for 15 years"));
        diagnostics.None(DiagnosticCatalog.FacilitySourceAboveCap);
        diagnostics.None(DiagnosticCatalog.FacilityCapNotSumOfSources);
    }

    [Fact]
    public void A_20_year_loan_into_a_15_year_facility_is_AGR215()
    {
        var d = Check(Forge, Facility("USD 12 billion from 2026-02-02 for 15 years", "loan from EXIM USD 10 billion for 20 years", "private capital USD 2 billion"))
            .Single(DiagnosticCatalog.FacilitySourceOutlastsFacility);
        Assert.Equal("the loan from EXIM into facility VAULT runs 20 years from the facility's opening on 2026-02-02, until 2046-02-01, but the facility " +
                     "ends on 2041-02-01 (b.agr(1,10))", d.Message);
    }

    [Fact]
    public void A_loan_as_long_as_the_facility_is_silent()
    {
        Check(Forge, Facility("USD 12 billion from 2026-02-02 until 2041-02-01", "loan from EXIM USD 10 billion for 15 years", "private capital USD 2 billion"))
            .None(DiagnosticCatalog.FacilitySourceOutlastsFacility);
    }

    [Fact]
    public void A_facility_with_no_end_is_not_outlasted()
    {
        Check(Forge, Facility("USD 12 billion from 2026-02-02", "loan from EXIM USD 10 billion for 40 years", "private capital USD 2 billion"))
            .None(DiagnosticCatalog.FacilitySourceOutlastsFacility);
    }
}
