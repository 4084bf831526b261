using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>Expiry: AGR207 (a term outliving its own agreement), and terms compared only while their agreement is
/// in force, so that the whole-period check and <c>--as-of</c> agree.</summary>
public sealed class ExpiryRuleTests
{
    private const string Expiring = "signed 2026-02-04\nin force 2026-03-01\nexpires 2031-12-31";

    private static CompilationOptions AsOf(int year, int month, int day) =>
        new(new Dictionary<string, DiagnosticSeverity>(), new DateTime(year, month, day));

    private static string Floor(string until) => "floor NdPr oxide at USD 110.00 per kg from 2026-03-01 until " + until;

    [Fact]
    public void A_floor_until_2035_in_an_agreement_that_expires_in_2031_is_AGR207()
    {
        var d = Check(Forge, Agreement("US-JP-2026", Floor("2035-12-31"), life: Expiring)).Single(DiagnosticCatalog.TermOutlivesAgreement);
        Assert.Equal("the floor for NdPr oxide in US-JP-2026 runs until 2035-12-31, but US-JP-2026 (b.agr(1,11)) expires on 2031-12-31; " +
                     "the term binds no one after that date", d.Message);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("b.agr", Assert.Single(d.Related).Location.Path);
    }

    [Fact]
    public void A_floor_for_15_years_in_a_10_year_agreement_is_AGR207()
    {
        var d = Check(Forge, Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg for 15 years")).Single(DiagnosticCatalog.TermOutlivesAgreement);
        Assert.Contains("runs until 2041-02-28, but US-JP-2026 (b.agr(1,11)) expires on 2036-02-29", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_ending_the_day_the_agreement_expires_is_silent()
    {
        Check(Forge, Agreement("US-JP-2026", Floor("2031-12-31"), life: Expiring)).None(DiagnosticCatalog.TermOutlivesAgreement);
    }

    [Fact]
    public void A_term_of_an_agreement_with_no_fixed_term_is_silent()
    {
        Check(Forge, Agreement("US-JP-2026", Floor("2045-12-31"), life: "signed 2026-02-04\nin force 2026-03-01\nindefinite"))
            .None(DiagnosticCatalog.TermOutlivesAgreement);
    }

    [Fact]
    public void A_loan_or_offtake_whose_tenor_outlives_the_agreement_is_silent()
    {
        var producer = "producer MP \"MP Materials Corp.\" in US {\n  capacity NdPr magnet 10,000 t per year from 2028-01-01\n}\n";
        Check(Forge, producer, Agreement("US-MP-2025",
                "financing loan from DOD to MP USD 150 million at 4.25% for 12 years\nofftake MP -> US 100% of NdPr magnet capacity for 10 years",
                "US, MP", zone: null, life: "signed 2025-07-10\nin force on signature\nterm 10 years"))
            .None(DiagnosticCatalog.TermOutlivesAgreement);
    }

    [Fact]
    public void A_floor_of_an_agreement_expired_in_2031_is_not_compared_with_a_2032_agreement_whole_period_or_as_of()
    {
        var files = new[]
        {
            Forge,
            Agreement("US-JP-2026", Floor("2035-12-31"), life: Expiring),
            Agreement("US-AU-2032", "floor NdPr oxide at USD 95.00 per kg", "US, AU", life: "signed 2032-01-01\nin force 2032-01-01\nterm 10 years"),
        };

        var whole = Check(files);
        whole.None(DiagnosticCatalog.FloorsDisagree);
        whole.Single(DiagnosticCatalog.TermOutlivesAgreement);
        Check(AsOf(2032, 6, 1), files).None(DiagnosticCatalog.FloorsDisagree);
    }

    [Fact]
    public void The_same_floors_overlapping_before_the_expiry_still_conflict_until_it()
    {
        var files = new[]
        {
            Forge,
            Agreement("US-JP-2026", Floor("2035-12-31"), life: Expiring),
            Agreement("US-AU-2031", "floor NdPr oxide at USD 95.00 per kg", "US, AU", life: "signed 2031-06-01\nin force 2031-06-01\nterm 10 years"),
        };

        var message = Check(files).Single(DiagnosticCatalog.FloorsDisagree).Message;
        Assert.True(message.EndsWith("must agree from 2031-06-01", StringComparison.Ordinal), message);
        Check(AsOf(2031, 12, 31), files).Single(DiagnosticCatalog.FloorsDisagree);
        Check(AsOf(2032, 1, 1), files).None(DiagnosticCatalog.FloorsDisagree);
    }
}
