using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>A financing commitment restated in an instrument that rests on another: AGR320 (another amount, once
/// converted at a declared rate) and AGR321 (no rate links the currencies), with the rate shown as declared.</summary>
public sealed class FinancingRuleTests
{
    private const string Framework = "signed 2025-10-20\nin force on signature\nindefinite";
    private const string Implementing = "signed 2026-02-04\nin force 2026-03-01\nterm 10 years";

    private static string[] Restated(string framework, string agreement, string rates = "") => new[]
    {
        Forge,
        Agreement("US-AU-2025", framework, "US, AU", zone: null, life: Framework, kind: "framework"),
        Agreement("US-AU-2026", rates + agreement, "US, AU", life: Implementing, under: "US-AU-2025"),
    };

    [Fact]
    public void A_loan_restated_in_yen_at_the_declared_rate_to_another_amount_is_AGR320_with_the_rate_as_declared()
    {
        var d = Check(Restated("financing loan from EXIM to AU USD 500 million at 4.50% for 10 years",
                "financing loan from EXIM to AU JPY 75 billion at 4.50% for 10 years", "exchange rate JPY 1.00 = USD 0.0064 from 2026-01-01\n"))
            .Single(DiagnosticCatalog.FinancingRestatedDifferently);
        Assert.Equal("the loan from EXIM to AU is USD 480,000,000 (stated as JPY 75,000,000,000, at JPY 1.00 = USD 0.0064) here but " +
                     "USD 500,000,000 in US-AU-2025 (b.agr(8,1)) from 2026-03-01; one commitment restated in an instrument that rests on " +
                     "another must state one amount", d.Message);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.Equal("b.agr", Assert.Single(d.Related).Location.Path);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void The_same_loan_restated_in_yen_at_exactly_the_declared_rate_is_silent()
    {
        Check(Restated("financing loan from EXIM to AU USD 500 million at 4.50% for 10 years",
                "financing loan from EXIM to AU JPY 78.125 billion at 4.50% for 10 years", "exchange rate JPY 1.00 = USD 0.0064 from 2026-01-01\n"))
            .None(DiagnosticCatalog.FinancingRestatedDifferently);
    }

    [Fact]
    public void A_grant_restated_with_another_amount_in_the_same_currency_is_AGR320()
    {
        var d = Check(Restated("financing grant from US to AU USD 1 billion within 6 months", "financing grant from US to AU USD 800 million within 6 months"))
            .Single(DiagnosticCatalog.FinancingRestatedDifferently);
        Assert.StartsWith("the grant from US to AU is USD 800,000,000 here but USD 1,000,000,000 in US-AU-2025", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grant_in_australian_dollars_with_no_rate_is_AGR321_and_not_AGR320()
    {
        var diagnostics = Check(Restated("financing grant from AU to US USD 1 billion within 6 months", "financing grant from AU to US AUD 1 billion within 6 months"));
        var d = diagnostics.Single(DiagnosticCatalog.FinancingAmountsIncomparable);
        Assert.Equal("the grant from AU to US is AUD 1,000,000,000 here but USD 1,000,000,000 in US-AU-2025 (b.agr(8,1)): no exchange rate between AUD " +
                     "and USD is declared in zone FORGE, US-AU-2026 or US-AU-2025, so the amounts are incomparable", d.Message);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        diagnostics.None(DiagnosticCatalog.FinancingRestatedDifferently);
    }

    [Fact]
    public void With_a_declared_rate_the_australian_dollar_grant_is_compared_instead_of_incomparable()
    {
        var diagnostics = Check(Restated("financing grant from AU to US USD 1 billion within 6 months",
            "financing grant from AU to US AUD 1 billion within 6 months", "exchange rate AUD 1.00 = USD 0.65 from 2025-10-20\n"));
        diagnostics.None(DiagnosticCatalog.FinancingAmountsIncomparable);
        Assert.Contains("USD 650,000,000 (stated as AUD 1,000,000,000, at AUD 1.00 = USD 0.65)",
            diagnostics.Single(DiagnosticCatalog.FinancingRestatedDifferently).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loans_between_the_same_sides_in_instruments_that_do_not_rest_on_one_another_are_separate_and_silent()
    {
        var diagnostics = Check(Forge,
            Agreement("US-AU-2025", "financing loan from EXIM to AU USD 500 million at 4.50% for 10 years", "US, AU", zone: null, life: Framework, kind: "framework"),
            Agreement("US-AU-2026", "financing loan from EXIM to AU AUD 300 million at 4.50% for 10 years", "US, AU", life: Implementing));
        diagnostics.None(DiagnosticCatalog.FinancingRestatedDifferently);
        diagnostics.None(DiagnosticCatalog.FinancingAmountsIncomparable);
    }

    [Fact]
    public void A_loan_and_a_grant_between_the_same_sides_are_different_commitments_and_silent()
    {
        var diagnostics = Check(Restated("financing grant from US to AU USD 1 billion within 6 months",
            "financing loan from US to AU USD 300 million at 4.50% for 10 years"));
        diagnostics.None(DiagnosticCatalog.FinancingRestatedDifferently);
        diagnostics.None(DiagnosticCatalog.FinancingAmountsIncomparable);
    }

    [Fact]
    public void A_restatement_that_applies_only_after_the_original_ended_is_silent()
    {
        var diagnostics = Check(Forge,
            Agreement("US-AU-2025", "financing grant from US to AU USD 1 billion within 6 months", "US, AU", zone: null,
                life: "signed 2025-01-10\nin force on signature\nexpires 2025-12-31", kind: "framework"),
            Agreement("US-AU-2026", "financing grant from US to AU USD 800 million within 6 months", "US, AU", life: Implementing, under: "US-AU-2025"));
        diagnostics.None(DiagnosticCatalog.FinancingRestatedDifferently);
    }

    [Fact]
    public void The_same_amount_in_a_chain_of_three_instruments_is_silent()
    {
        var diagnostics = Check(Forge,
            Agreement("US-AU-2025", "financing grant from US to AU USD 1 billion within 6 months", "US, AU", zone: null, life: Framework, kind: "framework"),
            Agreement("US-AU-2026", "", "US, AU", life: Implementing, under: "US-AU-2025"),
            Agreement("US-AU-2026-IA", "financing grant from US to AU USD 1,000 million within 6 months", "US, AU", life: Implementing, under: "US-AU-2026"));
        diagnostics.None(DiagnosticCatalog.FinancingRestatedDifferently);
        diagnostics.None(DiagnosticCatalog.FinancingAmountsIncomparable);
    }
}
