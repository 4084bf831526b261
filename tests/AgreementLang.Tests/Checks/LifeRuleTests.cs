using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>Dates and standing: AGR204, AGR307, AGR311.</summary>
public sealed class LifeRuleTests
{
    private const string Framework = """
        agreement US-AU-2025 "Framework for Securing Supply" {
          kind framework
          signed 2025-10-20
          in force on signature
          indefinite
          party US "the Government of the United States of America"
          party AU "the Government of Australia"
        }
        """;

    [Fact]
    public void A_deadline_30_days_after_signature_before_entry_60_days_after_notifications_is_AGR204()
    {
        var d = Check(Agreement("US-EU-2026", "obligation US, EU \"conclude a memorandum of understanding\" within 30 days of signature", "US, EU",
                zone: null, life: "signed 2026-02-04\nin force 60 days after notifications\nindefinite", kind: "memorandum"))
            .Single(DiagnosticCatalog.DeadlineOutsideAgreement);
        Assert.Equal("the deadline for US and EU to \"conclude a memorandum of understanding\" is 2026-03-06 (30 days after signature), before " +
                     "US-EU-2026 can enter into force, on 2026-04-05 at the earliest (in force 60 days after notifications) (a.agr(1,11))", d.Message);
        Assert.Single(d.Related);
    }

    [Fact]
    public void A_fixed_deadline_after_expiry_is_AGR204()
    {
        var d = Check(Agreement("US-MX-2026", "obligation US, MX \"report to the USMCA joint review\" by 2027-07-01", "US, MX", zone: null,
                life: "signed 2026-02-04\nin force on signature\nterm 1 year", kind: "action plan"))
            .Single(DiagnosticCatalog.DeadlineOutsideAgreement);
        Assert.Contains("is 2027-07-01 (a fixed date), after US-MX-2026 expires on 2027-02-03", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_relative_to_notifications_beyond_the_term_is_AGR204()
    {
        Check(Agreement("US-EU-2026", "obligation EU \"ratify\" within 2 years of entry into force", "US, EU", zone: null,
                life: "signed 2026-02-04\nin force 60 days after notifications\nterm 1 year"))
            .Single(DiagnosticCatalog.DeadlineOutsideAgreement);
    }

    [Theory]
    [InlineData("in force 60 days after notifications\nindefinite", "within 30 days of entry into force")]
    [InlineData("in force on signature\nterm 1 year", "within 60 days of signature")]
    [InlineData("in force on signature\nterm 1 year", "by 2027-02-03")]
    [InlineData("in force 2026-03-01\nexpires 2026-12-31", "within 30 days of signature")]
    [InlineData("in force 60 days after notifications\nterm 1 year", "by 2027-03-01")]
    public void Deadlines_inside_the_agreements_life_or_not_certainly_outside_are_fine(string life, string deadline)
    {
        Check(Agreement("US-MX-2026", $"obligation US, MX \"report\" {deadline}", "US, MX", zone: null, life: "signed 2026-02-04\n" + life))
            .None(DiagnosticCatalog.DeadlineOutsideAgreement);
    }

    [Fact]
    public void A_member_of_one_zone_excluded_in_another_is_AGR307_at_the_later_listing()
    {
        var pax = "zone PAX \"Pax Silica\" {\n  members US, JP, KR, QA\n}\n";
        var forge = "zone FORGE \"Forge\" {\n  members US, JP, KR\n  excluded QA\n}\n";
        var d = Check(pax, forge).Single(DiagnosticCatalog.PartyStatusConflict);
        Assert.Equal("b.agr", d.Location.Path);
        Assert.Equal("QA is excluded in zone FORGE here but a member in zone PAX (a.agr(2,23)); a party cannot be both", d.Message);
    }

    [Fact]
    public void A_party_to_an_agreement_of_a_zone_that_lists_it_as_non_market_is_AGR307()
    {
        var d = Check(Forge, Agreement("US-CN-2026", "", "US, CN")).Single(DiagnosticCatalog.PartyStatusConflict);
        Assert.Equal("CN is a party to US-CN-2026, an agreement of zone FORGE, here but non-market in zone FORGE (a.agr(3,14)); a party cannot be both",
            d.Message);
    }

    [Fact]
    public void Non_market_and_foreign_entity_listings_together_or_an_agreement_outside_the_zone_are_fine()
    {
        Check(Forge, Agreement("US-CN-2026", "", "US, CN", zone: null)).None(DiagnosticCatalog.PartyStatusConflict);
    }

    [Fact]
    public void A_ten_year_floor_under_a_framework_with_no_fixed_term_is_AGR311()
    {
        var d = Check(Framework, Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg for 10 years", "US, AU", zone: null,
                life: "signed 2026-02-04\nin force 2026-03-01\nindefinite", under: "US-AU-2025"))
            .Single(DiagnosticCatalog.TermOutlastsInstrument);
        Assert.Equal("the floor for NdPr oxide in US-AU-2026 runs until 2036-02-29, but it rests on framework US-AU-2025 (a.agr(1,11)), which has no " +
                     "fixed term", d.Message);
    }

    [Fact]
    public void An_agreement_longer_than_the_framework_it_rests_on_is_AGR311_once()
    {
        var framework = Framework.Replace("indefinite", "term 5 years");
        var d = Check(framework, Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU", zone: null, under: "US-AU-2025"))
            .Single(DiagnosticCatalog.TermOutlastsInstrument);
        Assert.Equal("US-AU-2026 runs until 2036-02-29, but it rests on framework US-AU-2025 (a.agr(1,11)), which ends on 2030-10-19", d.Message);
    }

    [Theory]
    [InlineData("indefinite", "indefinite", "floor NdPr oxide at USD 110.00 per kg")]
    [InlineData("term 20 years", "term 10 years", "floor NdPr oxide at USD 110.00 per kg for 5 years")]
    [InlineData("indefinite", "indefinite", "financing loan from US to AU USD 1 billion for 10 years")]
    public void Terms_within_the_framework_and_financing_on_its_own_schedule_are_fine(string frameworkLife, string life, string body)
    {
        Check(Framework.Replace("indefinite", frameworkLife),
            Agreement("US-AU-2026", body, "US, AU", zone: null, life: "signed 2026-02-04\nin force 2026-03-01\n" + life, under: "US-AU-2025"))
            .None(DiagnosticCatalog.TermOutlastsInstrument);
    }

    [Fact]
    public void A_loan_from_a_facility_past_the_facility_end_is_AGR311()
    {
        var vault = "facility VAULT \"Project Vault\" cap USD 12 billion from 2026-02-02 for 15 years {\n}\n";
        var d = Check(vault, Agreement("US-JP-2026", "financing loan from VAULT to JP USD 1 billion for 20 years", zone: null))
            .Single(DiagnosticCatalog.TermOutlastsInstrument);
        Assert.Equal("the loan from VAULT to JP in US-JP-2026 runs until 2046-02-28, but it rests on facility VAULT (a.agr(1,10)), which ends on 2041-02-01",
            d.Message);
    }

    [Fact]
    public void A_loan_longer_than_its_own_agreement_is_normal()
    {
        // The MP Materials loan runs 12 years inside a 10-year deal.
        var institution = "institution DOD \"United States Department of Defense\" of US\nproducer MP \"MP Materials Corp.\" in US {\n}\n";
        Check(institution, Agreement("US-MP-2025", "financing loan from DOD to MP USD 150 million for 12 years", "US, MP", zone: null))
            .None(DiagnosticCatalog.TermOutlastsInstrument);
    }
}
