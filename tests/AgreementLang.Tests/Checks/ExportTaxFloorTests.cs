using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>A floor kept by an export tax is an export tax for the export-duty rules: AGR205 inside its agreement,
/// AGR304 across agreements; scoped away from the ban's parties, or kept by another mechanism, it is not.</summary>
public sealed class ExportTaxFloorTests
{
    private static string Floor(string mechanism) =>
        "floor Li carbonate at USD 12,000.00 per t {\n  enforced by " + mechanism + "\n}";

    [Fact]
    public void A_floor_kept_by_an_export_tax_under_a_ban_on_export_duties_is_AGR205()
    {
        var d = Check(Forge, Agreement("AU-IN-2026", "no export duties on Li\n" + Floor("export tax 25%"), "AU, IN"))
            .Only(DiagnosticCatalog.ExportDutyBanInAgreement);
        Assert.NotEmpty(d);
        Assert.Contains("export tax of 25% by AU on Li carbonate to all origins", d[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_floor_kept_by_an_export_tax_against_another_agreements_ban_is_AGR304()
    {
        Check(Forge,
                Agreement("US-AU-2026", "no export duties on Li", "US, AU"),
                Agreement("AU-IN-2026", Floor("export tax 25%"), "AU, IN", life: "signed 2026-04-01\nin force 2026-05-01\nterm 10 years"))
            .Single(DiagnosticCatalog.ExportDutyBanAcrossAgreements);
    }

    [Theory]
    [InlineData("export tax 25% to non-members")]                       // the ban's parties are members: not reached
    [InlineData("adjustable tariff on imports from non-members")]     // not an export measure at all
    public void A_floor_whose_measure_does_not_reach_the_ban_is_not_reported(string mechanism)
    {
        var diagnostics = Check(Forge,
            Agreement("US-AU-2026", "no export duties on Li", "US, AU"),
            Agreement("AU-IN-2026", "no export duties on Li\n" + Floor(mechanism), "AU, IN", life: "signed 2026-04-01\nin force 2026-05-01\nterm 10 years"));
        diagnostics.None(DiagnosticCatalog.ExportDutyBanInAgreement);
        diagnostics.None(DiagnosticCatalog.ExportDutyBanAcrossAgreements);
    }
}
