using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>AGR310 honours the exceptions a most-favoured-nation clause states; AGR204 compares a deadline counted from
/// another instrument's date once that date is known, and has nothing to compare for an obligation without one.</summary>
public sealed class MfnExceptionAndDeadlineTests
{
    private static IReadOnlyList<Diagnostic> Mfn(string exceptions, string korea = "")
    {
        var japan = Agreement("US-JP-2026", "tariff JP -> US NdPr metal 2% base 5% from entry into force\n" +
                                            "most favoured nation JP on NdPr metal tariff" + exceptions, zone: null);
        var korean = Agreement("US-KR-2026", korea + "tariff KR -> US NdPr metal 0% from entry into force", "US, KR", zone: null,
            life: "signed 2026-04-15\nin force on signature\nterm 5 years");
        return Check(japan, korean);
    }

    [Fact]
    public void Without_an_exception_the_better_tariff_triggers_AGR310()
    {
        Mfn("").Single(DiagnosticCatalog.MostFavouredNationTriggered);
    }

    [Theory]
    [InlineData(" except US-KR-2026", "")]
    [InlineData(" except free-trade areas", "establishes free-trade area\n")]
    [InlineData(" except customs unions, US-MX-2026", "establishes customs union\n")]
    public void Better_treatment_under_an_excepted_agreement_does_not_trigger_AGR310(string exceptions, string korea)
    {
        var mexico = Agreement("US-MX-2026", "", "US, MX", zone: null, kind: "action plan");
        var japan = Agreement("US-JP-2026", "tariff JP -> US NdPr metal 2% base 5% from entry into force\n" +
                                            "most favoured nation JP on NdPr metal tariff" + exceptions, zone: null);
        var korean = Agreement("US-KR-2026", korea + "tariff KR -> US NdPr metal 0% from entry into force", "US, KR", zone: null,
            life: "signed 2026-04-15\nin force on signature\nterm 5 years");
        Check(japan, korean, mexico).None(DiagnosticCatalog.MostFavouredNationTriggered);
    }

    [Theory]
    [InlineData(" except free-trade areas", "establishes customs union\n")]   // a customs union is not a free-trade area
    [InlineData(" except customs unions", "")]                                 // US-KR-2026 establishes neither
    public void An_exception_that_does_not_cover_the_better_agreement_leaves_AGR310(string exceptions, string korea)
    {
        Mfn(exceptions, korea).Single(DiagnosticCatalog.MostFavouredNationTriggered);
    }

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
    public void A_deadline_counted_from_another_instruments_entry_into_force_is_compared_with_this_ones_life()
    {
        var d = Check(Framework, Agreement("US-AU-2026", "obligation AU \"designate projects\" within 90 days of entry into force of US-AU-2025", "US, AU",
                zone: null, life: "signed 2026-02-04\nin force 2026-03-01\nterm 10 years"))
            .Single(DiagnosticCatalog.DeadlineOutsideAgreement);
        Assert.Contains("is 2026-01-18 (90 days after entry into force of US-AU-2025), before US-AU-2026 enters into force on 2026-03-01", d.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("obligation AU \"designate projects\" within 1 year of entry into force of US-AU-2025")]   // 2026-10-20: inside
    [InlineData("obligation AU \"designate projects\" within 90 days of signature of US-EU-2026")]         // that date is unknown
    [InlineData("obligation US, AU \"establish a response group\"")]                                       // no deadline at all
    public void Deadlines_inside_the_life_unknown_or_absent_are_not_reported(string obligation)
    {
        var europe = Agreement("US-EU-2026", "", "US, EU", zone: null, life: "in force 60 days after notifications\nindefinite", kind: "memorandum");
        Check(Framework, europe, Agreement("US-AU-2026", obligation, "US, AU", zone: null, life: "signed 2026-02-04\nin force 2026-03-01\nterm 10 years"))
            .None(DiagnosticCatalog.DeadlineOutsideAgreement);
    }
}
