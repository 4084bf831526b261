using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>Tariffs, export measures, origin and most-favoured nation: AGR202, AGR205, AGR303, AGR304, AGR309,
/// AGR310, AGR313.</summary>
public sealed class TradeRuleTests
{
    private const string DefendedFromAll = "floor NdPr oxide at USD 110.00 per kg {\n  enforced by adjustable tariff on imports from all\n}";
    private const string DefendedFromNonMembers = "floor NdPr oxide at USD 110.00 per kg {\n  enforced by adjustable tariff on imports from non-members\n}";
    private const string Later = "signed 2026-03-10\nin force 2026-04-01\nterm 10 years";

    [Fact]
    public void A_duty_free_commitment_inside_its_own_floor_scope_is_AGR202()
    {
        var d = Check(Forge, Agreement("US-JP-2026", DefendedFromAll + "\ntariff JP -> US NdPr oxide 0% from entry into force"))
            .Single(DiagnosticCatalog.TariffUndercutsOwnFloor);
        Assert.Equal(12, d.Location.Start.Line);
        Assert.Equal("0% tariff on NdPr oxide from JP into US here undercuts the NdPr oxide floor in US-JP-2026 (b.agr(9,1)), which US defends with an " +
                     "adjustable tariff on imports from all origins from 2026-03-01", d.Message);
    }

    [Theory]
    [InlineData(DefendedFromNonMembers, "tariff JP -> US NdPr oxide 0% from entry into force")]
    [InlineData(DefendedFromAll, "tariff JP -> US NdPr metal 0% from entry into force")]
    [InlineData("floor NdPr oxide at USD 110.00 per kg {\n  enforced by minimum import price\n}", "tariff JP -> US NdPr oxide 0% from entry into force")]
    [InlineData("floor NdPr oxide at USD 110.00 per kg {\n  enforced by adjustable tariff on imports from CN\n}", "tariff JP -> US NdPr oxide 0% from entry into force")]
    public void A_commitment_outside_the_floor_scope_stage_or_mechanism_is_fine(string floor, string tariff)
    {
        Check(Forge, Agreement("US-JP-2026", floor + "\n" + tariff)).None(DiagnosticCatalog.TariffUndercutsOwnFloor);
    }

    [Fact]
    public void A_fixed_rate_in_another_agreement_inside_the_floor_scope_is_AGR303()
    {
        var diagnostics = Check(Forge,
            Agreement("US-JP-2026", DefendedFromAll),
            Agreement("US-AU-2026", "tariff AU -> US NdPr oxide 2.5% base 5% from entry into force", "US, AU", life: Later));
        diagnostics.None(DiagnosticCatalog.TariffUndercutsOwnFloor);
        var d = diagnostics.Single(DiagnosticCatalog.TariffUndercutsFloor);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.Equal("2.5% tariff on NdPr oxide from AU into US here undercuts the NdPr oxide floor in US-JP-2026 (b.agr(9,1)), which US defends " +
                     "with an adjustable tariff on imports from all origins from 2026-04-01", d.Message);
    }

    [Fact]
    public void A_newer_floor_is_reported_against_the_older_duty_free_commitment()
    {
        var d = Check(Forge,
            Agreement("US-AU-2026", "tariff AU -> US NdPr oxide 0% from entry into force", "US, AU"),
            Agreement("US-JP-2026", DefendedFromAll, life: Later)).Single(DiagnosticCatalog.TariffUndercutsFloor);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.StartsWith("0% tariff on NdPr oxide from AU into US in US-AU-2026 (b.agr(9,1)) undercuts the NdPr oxide floor here", d.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_member_exporter_is_inside_a_non_members_scope()
    {
        var diagnostics = Check(Forge,
            Agreement("US-JP-2026", DefendedFromNonMembers),
            Agreement("US-CN-2026", "tariff CN -> US NdPr oxide 0% from entry into force", "US, CN", zone: null, life: Later));
        Assert.Contains("imports from non-members of zone FORGE", diagnostics.Single(DiagnosticCatalog.TariffUndercutsFloor).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("non-members", "tariff AU -> US NdPr oxide 0% from entry into force", Later)]
    [InlineData("all", "tariff AU -> US NdPr oxide 0% from entry into force", "signed 2036-03-01\nin force 2036-03-01\nterm 10 years")]
    [InlineData("all", "tariff AU -> US Dy oxide 0% from entry into force", Later)]
    [InlineData("all", "tariff US -> AU NdPr oxide 0% from entry into force", Later)]
    public void A_member_exporter_a_later_period_another_mineral_or_another_importer_does_not_undercut(string scope, string tariff, string life)
    {
        Check(Forge, Agreement("US-JP-2026", DefendedFromAll.Replace("from all", "from " + scope)),
            Agreement("US-AU-2026", tariff, "US, AU", life: life)).None(DiagnosticCatalog.TariffUndercutsFloor);
    }

    [Fact]
    public void Two_rates_for_one_route_and_line_are_AGR313()
    {
        var d = Check(
            Agreement("FORGE-2026", "tariff KR -> US Co metal 1.5% from entry into force", "KR, US, JP", zone: null, kind: "plurilateral"),
            Agreement("US-KR-2026", "tariff KR -> US Co metal 0% from entry into force", "US, KR", zone: null, life: Later))
            .Single(DiagnosticCatalog.TariffCommitmentsDisagree);
        Assert.Equal("b.agr", d.Location.Path);
        Assert.Equal("tariff on Co metal from KR into US is 0% here but 1.5% in FORGE-2026 (a.agr(9,1)) from 2026-04-01; one tariff line cannot carry " +
                     "two rates", d.Message);
    }

    [Theory]
    [InlineData("tariff KR -> US Co metal 1.5% staging B3", "tariff KR -> US Co metal 1.5% from entry into force")]
    [InlineData("tariff KR -> US Co metal line 8105.20.30 1.5% from entry into force", "tariff KR -> US Co metal line 8105.20.60 0% from entry into force")]
    [InlineData("tariff KR -> US Co metal 1.5% from entry into force", "tariff KR -> US Co oxide 0% from entry into force")]
    [InlineData("tariff KR -> US Co metal USD 0.375 per kg from entry into force", "tariff KR -> US Co metal USD 375 per t from entry into force")]
    public void Equal_rates_other_lines_or_other_stages_do_not_disagree(string first, string second)
    {
        Check(Agreement("FORGE-2026", first, "KR, US, JP", zone: null, kind: "plurilateral"),
            Agreement("US-KR-2026", second, "US, KR", zone: null, life: Later)).None(DiagnosticCatalog.TariffCommitmentsDisagree);
    }

    [Fact]
    public void A_commitment_without_a_line_covers_every_line()
    {
        Check(Agreement("FORGE-2026", "tariff KR -> US Co metal line 8105.20.30 1.5% from entry into force", "KR, US, JP", zone: null, kind: "plurilateral"),
                Agreement("US-KR-2026", "tariff KR -> US Co metal 0% from entry into force", "US, KR", zone: null, life: Later))
            .Single(DiagnosticCatalog.TariffCommitmentsDisagree);
    }

    [Fact]
    public void A_better_tariff_for_a_third_party_triggers_the_MFN_clause_as_a_warning()
    {
        var d = Check(
            Agreement("US-JP-2026", "tariff JP -> US NdPr metal 2% base 5% from entry into force\nmost favoured nation JP on NdPr metal tariff", zone: null),
            Agreement("US-KR-2026", "tariff KR -> US NdPr metal 0% from entry into force", "US, KR", zone: null, life: Later))
            .Single(DiagnosticCatalog.MostFavouredNationTriggered);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("b.agr", d.Location.Path);
        Assert.Equal("US grants KR a 0% tariff on NdPr metal here, better than the 2% tariff for JP in US-JP-2026 (a.agr(8,1)); the most-favoured-nation " +
                     "clause in US-JP-2026 (a.agr(9,1)) entitles JP to the same from 2026-04-01", d.Message);
        Assert.Equal(2, d.Related.Length);
    }

    [Theory]
    [InlineData("tariff KR -> US NdPr metal 2% from entry into force")]
    [InlineData("tariff KR -> US NdPr metal 3% from entry into force")]
    [InlineData("tariff KR -> US NdPr oxide 0% from entry into force")]
    public void An_equal_or_worse_rate_or_another_stage_does_not_trigger(string tariff)
    {
        Check(
            Agreement("US-JP-2026", "tariff JP -> US NdPr metal 2% base 5% from entry into force\nmost favoured nation JP on NdPr metal tariff", zone: null),
            Agreement("US-KR-2026", tariff, "US, KR", zone: null, life: Later)).None(DiagnosticCatalog.MostFavouredNationTriggered);
    }

    [Fact]
    public void A_higher_floor_granted_to_a_third_party_triggers_an_MFN_clause_on_floors()
    {
        var d = Check(
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg\nmost favoured nation JP on NdPr floor", zone: null),
            Agreement("US-AU-2026", "floor NdPr oxide at USD 120.00 per kg", "US, AU", zone: null, life: Later))
            .Single(DiagnosticCatalog.MostFavouredNationTriggered);
        Assert.StartsWith("US grants AU a floor of USD 120.00/kg for NdPr oxide here, better than the floor of USD 110.00/kg for JP", d.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_floor_in_an_agreement_the_beneficiary_is_party_to_is_not_third_party_treatment()
    {
        Check(
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg\nmost favoured nation JP on NdPr floor", zone: null),
            Agreement("FORGE-2026", "floor NdPr oxide at USD 120.00 per kg", "US, AU, JP", zone: null, life: Later, kind: "plurilateral"))
            .None(DiagnosticCatalog.MostFavouredNationTriggered);
    }

    [Fact]
    public void An_export_tax_against_the_agreements_own_ban_is_AGR205()
    {
        var d = Check(Forge, Agreement("AU-IN-2026", "no export duties on Li\nexport tax AU on Li concentrate 10% to all", "AU, IN"))
            .Single(DiagnosticCatalog.ExportDutyBanInAgreement);
        Assert.Equal("export tax of 10% by AU on Li concentrate to all origins here contradicts the ban on export duties on Li between AU and IN in " +
                     "AU-IN-2026 (b.agr(9,1)): it reaches exports to IN from 2026-03-01", d.Message);
    }

    [Theory]
    [InlineData("no export duties on Li\nexport tax AU on Li concentrate 10% to non-members")]
    [InlineData("no export duties on Li\nexport quota AU on Li concentrate 20,000 t per year to CN")]
    [InlineData("no export duties on NdPr\nexport tax AU on Li concentrate 10% to all")]
    public void An_export_measure_outside_the_ban_is_fine(string body)
    {
        Check(Forge, Agreement("AU-IN-2026", body, "AU, IN")).None(DiagnosticCatalog.ExportDutyBanInAgreement);
    }

    [Fact]
    public void An_export_quota_against_another_agreements_ban_is_AGR304()
    {
        var diagnostics = Check(Forge,
            Agreement("US-AU-2026", "no export duties on NdPr, Li", "US, AU"),
            Agreement("AU-IN-2026", "export quota AU on NdPr concentrate 20,000 t REO per year to all", "AU, IN", life: Later));
        diagnostics.None(DiagnosticCatalog.ExportDutyBanInAgreement);
        var d = diagnostics.Single(DiagnosticCatalog.ExportDutyBanAcrossAgreements);
        Assert.Equal("export quota of 20,000 t REO per year by AU on NdPr concentrate to all origins here contradicts the ban on export duties on " +
                     "NdPr, Li between US and AU in US-AU-2026 (b.agr(9,1)): it reaches exports to US from 2026-04-01", d.Message);
    }

    [Theory]
    [InlineData("export tax AU on Li concentrate 10% to IN", "signed 2026-03-10\nin force 2026-04-01\nterm 10 years")]
    [InlineData("export tax AU on Co concentrate 10% to all", "signed 2026-03-10\nin force 2026-04-01\nterm 10 years")]
    [InlineData("export tax AU on Li concentrate 10% to all", "signed 2036-03-10\nin force 2036-04-01\nterm 10 years")]
    public void A_measure_not_reaching_the_ban_parties_another_mineral_or_a_later_period_is_fine(string measure, string life)
    {
        Check(Forge,
            Agreement("US-AU-2026", "no export duties on NdPr, Li", "US, AU"),
            Agreement("AU-IN-2026", measure, "AU, IN", life: life)).None(DiagnosticCatalog.ExportDutyBanAcrossAgreements);
    }

    [Fact]
    public void Rules_of_origin_that_disagree_in_a_zone_are_AGR309()
    {
        var d = Check(Forge,
            Agreement("US-AU-2026", "origin NdPr oxide requires 60% zone content, consigned from members only", "US, AU"),
            Agreement("US-KR-2026", "origin NdPr oxide requires change of tariff heading", "US, KR", life: Later))
            .Single(DiagnosticCatalog.OriginRulesDisagree);
        Assert.Equal("rule of origin for NdPr oxide requires change of tariff heading here but 60% zone content, consigned from members only in " +
                     "US-AU-2026 (b.agr(9,1)); rules of origin in zone FORGE must agree from 2026-04-01", d.Message);
    }

    [Theory]
    [InlineData("origin NdPr oxide requires consigned from members only, 60% zone content")]
    [InlineData("origin NdPr magnet requires change of tariff heading")]
    public void The_same_criteria_in_another_order_or_another_stage_agree(string origin)
    {
        Check(Forge,
            Agreement("US-AU-2026", "origin NdPr oxide requires 60% zone content, consigned from members only", "US, AU"),
            Agreement("US-KR-2026", origin, "US, KR", life: Later)).None(DiagnosticCatalog.OriginRulesDisagree);
    }

    [Fact]
    public void Different_content_thresholds_disagree()
    {
        Check(Forge,
            Agreement("US-AU-2026", "origin NdPr magnet requires 60% zone content", "US, AU"),
            Agreement("US-KR-2026", "origin NdPr magnet requires 40% zone content", "US, KR", life: Later)).Single(DiagnosticCatalog.OriginRulesDisagree);
    }
}
