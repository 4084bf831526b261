using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>Producers and facilities: AGR203, AGR305, AGR306.</summary>
public sealed class CapacityRuleTests
{
    private const string Producer = """
        producer MP "MP Materials Corp." in US {
          capacity NdPr oxide 6,000 t per year from 2026-01-01
          capacity NdPr magnet 10,000 t per year from 2028-01-01
        }
        """;

    private const string Vault = """
        facility VAULT "Project Vault" cap USD 10 billion from 2026-02-02 for 15 years {
        }
        """;

    [Fact]
    public void Volumes_and_shares_in_one_agreement_beyond_capacity_are_AGR203()
    {
        var body = "offtake MP -> US 4,000 t of NdPr oxide per year from 2026-01-01 until 2030-12-31\n" +
                   "offtake MP -> JP 50% of NdPr oxide capacity from 2027-01-01 until 2030-12-31";
        var diagnostics = Check(Producer, Agreement("US-JP-2026", body, zone: null));
        diagnostics.None(DiagnosticCatalog.OfftakeOverCapacity);
        var d = diagnostics.Single(DiagnosticCatalog.OfftakeOverCapacityInAgreement);
        Assert.Equal(9, d.Location.Start.Line);
        Assert.Equal("offtake of MP's NdPr oxide output in US-JP-2026 adds up to 116.67% of its capacity of 6,000 t per year (a.agr(2,3)) from " +
                     "2027-01-01: 50% to JP here, 4,000 t per year to US (66.67%) in US-JP-2026 (b.agr(8,1))", d.Message);
    }

    [Theory]
    [InlineData("offtake MP -> US 3,000 t of NdPr oxide per year from 2026-01-01 until 2030-12-31", "offtake MP -> JP 50% of NdPr oxide capacity from 2026-01-01 until 2030-12-31")]
    [InlineData("offtake MP -> US 100% of NdPr oxide capacity from 2026-01-01 until 2026-12-31", "offtake MP -> JP 100% of NdPr oxide capacity from 2027-01-01 until 2030-12-31")]
    [InlineData("offtake MP -> US 100% of NdPr oxide capacity from 2026-01-01 until 2030-12-31", "offtake MP -> JP 100% of NdPr magnet capacity from 2026-01-01 until 2030-12-31")]
    public void Exactly_full_consecutive_or_other_stage_offtakes_are_within_capacity(string first, string second)
    {
        Check(Producer, Agreement("US-JP-2026", first + "\n" + second, zone: null)).None(DiagnosticCatalog.OfftakeOverCapacityInAgreement);
    }

    [Fact]
    public void A_volume_guaranteed_before_the_plant_has_capacity_is_AGR322_with_the_note_on_the_capacity_line()
    {
        var diagnostics = Check(Producer, Agreement("US-JP-2026", "offtake MP -> JP 1,000 t of NdPr magnet per year from 2027-01-01 until 2028-12-31", zone: null));
        var d = diagnostics.Single(DiagnosticCatalog.VolumeBeforeCapacity);
        Assert.Equal("the volume guarantee of 1,000 t per year of MP's NdPr magnet output to JP in US-JP-2026 applies on 2027-01-01, before MP's " +
                     "capacity for NdPr magnet starts on 2028-01-01 (a.agr(3,3)); there is no output to deliver it from", d.Message);
        var note = Assert.Single(d.Related);
        Assert.Equal(3, note.Location.Start.Line);
        Assert.Equal("capacity of MP for NdPr magnet: 10,000 t per year from 2028-01-01", note.Message);
        diagnostics.None(DiagnosticCatalog.OfftakeOverCapacityInAgreement);
        Assert.DoesNotContain(diagnostics, x => x.Message.Contains("capacity of 0 t", StringComparison.Ordinal));
    }

    [Fact]
    public void A_volume_after_the_last_capacity_ends_is_AGR322()
    {
        var producer = "producer MP \"MP Materials Corp.\" in US {\n  capacity NdPr oxide 6,000 t per year from 2026-01-01 until 2029-12-31\n}\n";
        var after = Check(producer, Agreement("US-JP-2026", "offtake MP -> JP 1,000 t of NdPr oxide per year from 2027-01-01 until 2030-12-31", zone: null))
            .Single(DiagnosticCatalog.VolumeBeforeCapacity);
        Assert.Contains("applies on 2030-01-01, after MP's capacity for NdPr oxide ends on 2029-12-31 (a.agr(2,3))", after.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("offtake MP -> JP 1,000 t of NdPr magnet per year from 2028-01-01 until 2030-12-31")]
    [InlineData("offtake MP -> JP 1,000 t of NdPr magnet per year for 3 years")]
    [InlineData("offtake MP -> JP 30% of NdPr magnet capacity from 2027-01-01 until 2030-12-31")]
    public void A_volume_from_the_first_day_of_capacity_for_a_duration_or_a_share_is_silent(string offtake)
    {
        Check(Producer, Agreement("US-JP-2026", offtake, zone: null)).None(DiagnosticCatalog.VolumeBeforeCapacity);
    }

    [Fact]
    public void Consecutive_capacities_with_no_gap_leave_a_volume_across_them_silent()
    {
        var producer = "producer MP \"MP Materials Corp.\" in US {\n  capacity NdPr oxide 6,000 t per year from 2026-01-01 until 2027-12-31\n" +
                       "  capacity NdPr oxide 9,000 t per year from 2028-01-01\n}\n";
        Check(producer, Agreement("US-JP-2026", "offtake MP -> JP 1,000 t of NdPr oxide per year from 2026-03-01 until 2030-12-31", zone: null))
            .None(DiagnosticCatalog.VolumeBeforeCapacity);
    }

    [Fact]
    public void An_offtake_for_10_years_of_a_later_plant_runs_10_years_from_the_plant()
    {
        // US-MP-2025 is in force 2025-07-10 for 10 years (until 2035-07-09), the plant from 2028-01-01: the US
        // offtake runs until 2037-12-31, so a JP share from 2035-07-10 still meets it.
        var d = Check(Producer,
            Agreement("US-MP-2025", "offtake MP -> US 100% of NdPr magnet capacity for 10 years", "US, MP", zone: null,
                life: "signed 2025-07-10\nin force on signature\nterm 10 years"),
            Agreement("US-JP-2026", "offtake MP -> JP 30% of NdPr magnet capacity from 2035-07-10 until 2039-12-31", zone: null))
            .Single(DiagnosticCatalog.OfftakeOverCapacity);
        Assert.Contains("adds up to 130% of its capacity of 10,000 t per year (a.agr(3,3)) from 2035-07-10", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_across_agreements_beyond_capacity_are_AGR305_at_the_newer_offtake()
    {
        var diagnostics = Check(Producer,
            Agreement("US-MP-2025", "offtake MP -> US 100% of NdPr magnet capacity for 10 years", "US, MP", zone: null,
                life: "signed 2025-07-10\nin force on signature\nterm 10 years"),
            Agreement("US-JP-2026", "offtake MP -> JP 30% of NdPr magnet capacity for 5 years", zone: null));
        diagnostics.None(DiagnosticCatalog.OfftakeOverCapacityInAgreement);
        var d = diagnostics.Single(DiagnosticCatalog.OfftakeOverCapacity);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.Equal("offtake of MP's NdPr magnet output adds up to 130% of its capacity of 10,000 t per year (a.agr(3,3)) from 2028-01-01: " +
                     "30% to JP here, 100% to US in US-MP-2025 (b.agr(8,1))", d.Message);
        Assert.Equal(new[] { "b.agr", "a.agr" }, d.Related.Select(r => r.Location.Path));
    }

    [Theory]
    [InlineData("offtake MP -> JP 30% of NdPr magnet capacity for 5 years", "70%")]
    // The 10X plant has capacity from 2028-01-01, so the US offtake "for 10 years" runs until 2037-12-31.
    [InlineData("offtake MP -> JP 30% of NdPr magnet capacity from 2038-01-01 until 2039-12-31", "100%")]
    [InlineData("offtake MP -> JP 30% of NdPr oxide capacity for 5 years", "100%")]
    public void Shares_within_capacity_after_each_other_or_of_another_stage_are_fine(string offtake, string first)
    {
        Check(Producer,
            Agreement("US-MP-2025", $"offtake MP -> US {first} of NdPr magnet capacity for 10 years", "US, MP", zone: null,
                life: "signed 2025-07-10\nin force on signature\nterm 10 years"),
            Agreement("US-JP-2026", offtake, zone: null)).None(DiagnosticCatalog.OfftakeOverCapacity);
    }

    [Fact]
    public void Capacity_that_grows_absorbs_a_volume_from_its_date()
    {
        var producer = """
            producer MP "MP Materials Corp." in US {
              capacity NdPr oxide 6,000 t per year from 2026-01-01 until 2027-12-31
              capacity NdPr oxide 9,000 t per year from 2028-01-01
            }
            """;
        var d = Check(producer,
            Agreement("US-MP-2025", "offtake MP -> US 5,000 t of NdPr oxide per year from 2026-01-01 until 2032-12-31", "US, MP", zone: null),
            Agreement("US-JP-2026", "offtake MP -> JP 3,000 t of NdPr oxide per year from 2027-01-01 until 2032-12-31", zone: null,
                life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"))
            .Single(DiagnosticCatalog.OfftakeOverCapacity);
        Assert.Contains("133.33% of its capacity of 6,000 t per year (a.agr(2,3)) from 2027-01-01", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_draws_of_USD_3_billion_on_a_USD_10_billion_facility_are_AGR306()
    {
        var diagnostics = Check(Vault,
            Agreement("US-AU-2026", "financing loan from VAULT to AU USD 3 billion for 10 years", "US, AU", zone: null),
            Agreement("US-JP-2026", "financing loan from VAULT to JP USD 3 billion for 10 years", zone: null),
            Agreement("US-EU-2026", "financing loan from VAULT to EU USD 3 billion for 10 years", "US, EU", zone: null),
            Agreement("US-KR-2026", "financing loan from VAULT to KR USD 3 billion for 5 years", "US, KR", zone: null,
                life: "signed 2026-04-15\nin force on signature\nterm 5 years"));
        var d = diagnostics.Single(DiagnosticCatalog.FacilityOverCap);
        Assert.Equal("e.agr", d.Location.Path);
        Assert.StartsWith("loans drawn from facility VAULT add up to USD 12,000,000,000 from 2026-04-15, above its cap of USD 10,000,000,000 (a.agr(1,10)): " +
                          "USD 3,000,000,000 to KR here, ", d.Message, StringComparison.Ordinal);
        Assert.Equal(4, d.Related.Length);
    }

    [Fact]
    public void Draws_in_another_currency_count_at_the_declared_rate()
    {
        var zone = """
            zone FORGE "Forge" {
              members US, JP, EU
              exchange rate EUR 1.00 = USD 1.17 from 2026-01-01
            }
            """;
        var d = Check(zone, Vault,
            Agreement("US-JP-2026", "financing loan from VAULT to JP USD 6 billion for 10 years"),
            Agreement("US-EU-2026", "financing loan from VAULT to EU EUR 4 billion for 10 years", "US, EU",
                life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"))
            .Single(DiagnosticCatalog.FacilityOverCap);
        Assert.Contains("add up to USD 10,680,000,000 from 2026-04-01", d.Message, StringComparison.Ordinal);
        Assert.Contains("USD 4,680,000,000 (stated as EUR 4,000,000,000, at EUR 1.00 = USD 1.17) to EU here", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("financing loan from VAULT to JP USD 3 billion for 10 years")]
    [InlineData("financing loan from VAULT to JP USD 7 billion for 10 years from 2036-04-01")]
    [InlineData("financing loan from EXIM to JP USD 7 billion for 10 years")]
    public void Draws_within_the_cap_repaid_before_the_next_or_not_from_the_facility_are_fine(string loan)
    {
        var institution = "institution EXIM \"Export-Import Bank of the United States\" of US\n";
        Check(Vault + "\n" + institution,
            Agreement("US-AU-2026", "financing loan from VAULT to AU USD 7 billion for 10 years", "US, AU", zone: null),
            Agreement("US-JP-2026", loan, zone: null)).None(DiagnosticCatalog.FacilityOverCap);
    }
}
