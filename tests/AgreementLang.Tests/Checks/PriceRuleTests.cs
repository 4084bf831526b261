using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>Floors and reference prices: AGR201, AGR301, AGR302, AGR308, AGR312.</summary>
public sealed class PriceRuleTests
{
    private static readonly DiagnosticDescriptor Inside = DiagnosticCatalog.StageInversionInAgreement;
    private static readonly DiagnosticDescriptor Floors = DiagnosticCatalog.FloorsDisagree;
    private static readonly DiagnosticDescriptor Across = DiagnosticCatalog.StageInversionAcrossAgreements;
    private static readonly DiagnosticDescriptor Incomparable = DiagnosticCatalog.IncomparableValues;
    private static readonly DiagnosticDescriptor Stockpile = DiagnosticCatalog.StockpileReleaseBelowFloor;

    [Fact]
    public void Metal_floor_below_oxide_floor_over_yield_in_one_agreement_is_AGR201()
    {
        var diagnostics = Check(Agreement("US-MP-2025", "floor NdPr oxide at USD 110.00 per kg\nfloor NdPr metal at USD 120.00 per kg", zone: null));

        var d = diagnostics.Single(Inside);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(9, d.Location.Start.Line);
        Assert.Equal("floor for NdPr metal is USD 120.00/kg here but floor for NdPr oxide is USD 110.00/kg in US-MP-2025 (a.agr(8,1)); " +
                     "at the catalogue yield of 0.85 kg metal per kg oxide, NdPr metal must be at least USD 129.41/kg from 2026-03-01", d.Message);
        Assert.Equal(8, Assert.Single(d.Related).Location.Start.Line);
    }

    [Fact]
    public void Metal_floor_at_the_rounded_threshold_is_not_an_inversion()
    {
        // 110.00 / 0.85 = 129.4117…: a price written in cents cannot do better than 129.41.
        Check(Agreement("US-MP-2025", "floor NdPr oxide at USD 110.00 per kg\nfloor NdPr metal at USD 129.41 per kg", zone: null)).None(Inside);
    }

    [Fact]
    public void Stage_inversion_compares_prices_after_exact_unit_conversion()
    {
        // USD 120,000 per t is USD 120.00 per kg: still below 129.41.
        var diagnostics = Check(Agreement("US-MP-2025", "floor NdPr oxide at USD 110.00 per kg\nfloor NdPr metal at USD 120,000 per t", zone: null));
        Assert.Contains("USD 129,411.76/t", diagnostics.Single(Inside).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_without_a_catalogue_yield_between_them_are_not_compared()
    {
        // The catalogue has no yield from NdPr oxide to Dy metal, nor between Dy oxide and NdPr metal.
        Check(Agreement("US-MP-2025", "floor NdPr oxide at USD 110.00 per kg\nfloor Dy metal at USD 100.00 per kg", zone: null)).None(Inside);
    }

    [Fact]
    public void Inverted_reference_prices_of_one_zone_are_AGR201_at_the_zone()
    {
        var zone = """
            zone FORGE "Forge" {
              members US, JP
              reference price NdPr oxide USD 110.00 per kg from 2026-03-01
              reference price NdPr metal USD 120.00 per kg from 2026-03-01
            }
            """;
        var d = Check(zone).Single(Inside);
        Assert.Equal(4, d.Location.Start.Line);
        Assert.Contains("in zone FORGE (a.agr(3,3))", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_floors_in_one_zone_that_differ_are_AGR301_at_the_newer_floor()
    {
        var diagnostics = Check(Forge,
            Agreement("US-AU-2025", "floor NdPr oxide at USD 110.00 per kg", "US, AU", life: "signed 2025-10-20\nin force 2026-03-01\nterm 10 years"),
            Agreement("US-JP-2026", "floor NdPr oxide at USD 95.00 per kg", life: "signed 2026-02-04\nin force 2026-03-01\nterm 10 years"));

        var d = diagnostics.Single(Floors);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.Equal("floor for NdPr oxide is USD 95.00/kg here but USD 110.00/kg in US-AU-2025 (b.agr(9,1)); floors in zone FORGE must agree from 2026-03-01",
            d.Message);
        Assert.Equal("b.agr", Assert.Single(d.Related).Location.Path);
    }

    [Fact]
    public void The_later_listed_floor_is_reported_when_both_agreements_are_signed_the_same_day()
    {
        var d = Check(Forge, Agreement("US-JP-2026", "floor NdPr oxide at USD 95.00 per kg"),
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU")).Single(Floors);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.StartsWith("floor for NdPr oxide is USD 110.00/kg here but USD 95.00/kg in US-JP-2026", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_floor_below_the_zone_reference_price_names_the_reference_price()
    {
        var zone = """
            zone FORGE "Forge" {
              members US, JP
              reference price NdPr oxide USD 110.00 per kg from 2026-03-01
            }
            """;
        var d = Check(zone, Agreement("US-JP-2026", "floor NdPr oxide at USD 95.00 per kg")).Single(Floors);
        Assert.Contains("USD 110.00/kg as the reference price of zone FORGE (a.agr(3,3))", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Floors_over_periods_that_do_not_overlap_do_not_conflict()
    {
        Check(Forge,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg from 2026-03-01 until 2027-12-31", "US, AU"),
            Agreement("US-JP-2026", "floor NdPr oxide at USD 95.00 per kg from 2028-01-01")).None(Floors);
    }

    [Fact]
    public void Floors_for_different_stages_or_zones_are_not_compared_as_equals()
    {
        var other = """
            zone PAX "Pax Silica" {
              members US, JP, KR
            }
            """;
        var diagnostics = Check(Forge, other,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU"),
            Agreement("US-JP-2026", "floor NdPr metal at USD 140.00 per kg"),
            Agreement("US-KR-2026", "floor NdPr oxide at USD 95.00 per kg", "US, KR", zone: "PAX"));
        diagnostics.None(Floors);
    }

    [Fact]
    public void The_same_floor_per_t_and_per_kg_agrees_exactly()
    {
        Check(Forge,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU"),
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110,000 per t")).None(Floors);
    }

    [Fact]
    public void A_declared_exchange_rate_that_makes_two_floors_equal_means_no_conflict()
    {
        // AUD 200.00 at AUD 1.00 = USD 0.55 is USD 110.00.
        var diagnostics = Check(Forge,
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg"),
            Agreement("US-AU-2026", "exchange rate AUD 1.00 = USD 0.55 from 2026-01-01\nfloor NdPr oxide at AUD 200.00 per kg", "US, AU"));
        diagnostics.None(Floors);
        diagnostics.None(Incomparable);
    }

    [Fact]
    public void A_converted_floor_that_still_differs_shows_the_conversion_used()
    {
        var d = Check(Forge,
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg"),
            Agreement("US-AU-2026", "exchange rate AUD 1.00 = USD 0.65 from 2026-01-01\nfloor NdPr oxide at AUD 150.00 per kg", "US, AU")).Single(Floors);
        Assert.StartsWith("floor for NdPr oxide is USD 97.50/kg (stated as AUD 150.00/kg, at AUD 1.00 = USD 0.65) here but USD 110.00/kg in US-JP-2026",
            d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Floors_in_currencies_without_a_declared_rate_are_AGR308_not_AGR301()
    {
        var diagnostics = Check(Forge,
            Agreement("US-AU-2026", "floor Dy oxide at AUD 1,200.00 per kg", "US, AU"),
            Agreement("US-JP-2026", "floor Dy oxide at USD 800.00 per kg", life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"));

        diagnostics.None(Floors);
        var d = diagnostics.Single(Incomparable);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.Equal("floor for Dy oxide is USD 800.00/kg here but AUD 1,200.00/kg in US-AU-2026 (b.agr(9,1)): no exchange rate between USD and AUD " +
                     "is declared in zone FORGE, US-JP-2026 or US-AU-2026, so the two are not compared", d.Message);
    }

    [Fact]
    public void Floors_on_different_bases_are_AGR308()
    {
        var d = Check(Forge,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg REO", "US, AU"),
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg", life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"))
            .Single(Incomparable);
        Assert.Contains("the bases differ (gross weight and REO) and are never converted", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metal_floor_below_another_instruments_oxide_price_over_yield_is_AGR302()
    {
        var zone = """
            zone FORGE "Forge" {
              members US, JP, KR
              reference price NdPr oxide USD 110.00 per kg from 2026-03-01
            }
            """;
        var diagnostics = Check(zone, Agreement("US-KR-2026", "floor NdPr metal at USD 100.00 per kg", "US, KR"));
        diagnostics.None(Inside);
        var d = diagnostics.Single(Across);
        Assert.Equal("floor for NdPr metal is USD 100.00/kg here but reference price for NdPr oxide is USD 110.00/kg in zone FORGE (a.agr(3,3)); " +
                     "at the catalogue yield of 0.85 kg metal per kg oxide, NdPr metal must be at least USD 129.41/kg from 2026-03-01", d.Message);
    }

    [Fact]
    public void Stage_inversion_across_agreements_is_reported_at_the_newer_upstream_floor()
    {
        var diagnostics = Check(Forge,
            Agreement("US-KR-2026", "floor Dy metal at USD 900.00 per kg", "US, KR"),
            Agreement("US-JP-2026", "floor Dy oxide at USD 800.00 per kg", life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"));
        var d = diagnostics.Single(Across);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.StartsWith("floor for Dy metal is USD 900.00/kg in US-KR-2026 (b.agr(9,1)) but floor for Dy oxide is USD 800.00/kg here",
            d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consistent_metal_floor_or_one_in_another_zone_is_not_an_inversion()
    {
        var zones = """
            zone FORGE "Forge" {
              members US, JP, KR
              reference price NdPr oxide USD 110.00 per kg from 2026-03-01
            }
            zone PAX "Pax Silica" {
              members US, KR
            }
            """;
        Check(zones,
            Agreement("US-JP-2026", "floor NdPr metal at USD 130.00 per kg"),
            Agreement("US-KR-2026", "floor NdPr metal at USD 100.00 per kg", "US, KR", zone: "PAX")).None(Across);
    }

    [Fact]
    public void A_stockpile_release_below_the_zone_reference_price_is_AGR312()
    {
        var set = """
            zone FORGE "Forge" {
              members US, JP
              reference price Co metal USD 35,000 per t from 2026-03-01
            }
            stockpile VAULT-STOCK "Project Vault strategic stockpile" held by US zone FORGE {
              holds Co metal 5,000 t
              release Co metal at USD 30,000 per t
            }
            """;
        var d = Check(set).Single(Stockpile);
        Assert.Equal(7, d.Location.Start.Line);
        Assert.Equal("stockpile VAULT-STOCK may release Co metal at USD 30,000.00/t, below the floor of USD 35,000.00/t as the reference price of zone " +
                     "FORGE (a.agr(3,3)); its sales would undercut the floor the members maintain", d.Message);
    }

    [Theory]
    [InlineData("release Co metal at not below floor")]
    [InlineData("release Co metal at USD 35.00 per kg")]
    [InlineData("release Co metal at USD 38,000 per t")]
    [InlineData("release Co oxide at USD 1,000 per t")]
    public void A_release_at_or_above_the_floor_or_for_another_stage_is_fine(string release)
    {
        var set = """
            zone FORGE "Forge" {
              members US, JP
              reference price Co metal USD 35,000 per t from 2026-03-01
            }
            stockpile VAULT-STOCK "Project Vault strategic stockpile" held by US zone FORGE {
              holds Co metal 5,000 t
            """ + "\n  " + release + "\n}\n";
        var diagnostics = Check(set);
        diagnostics.None(Stockpile);
        diagnostics.None(Incomparable);
    }

    [Fact]
    public void A_release_price_on_another_basis_than_every_floor_is_AGR308()
    {
        var set = """
            zone FORGE "Forge" {
              members US, JP
              reference price Li carbonate USD 12,000 per t LCE from 2026-03-01
            }
            stockpile VAULT-STOCK "Project Vault strategic stockpile" held by US zone FORGE {
              holds Li carbonate 25,000 t LCE
              release Li carbonate at USD 11,000 per t
            }
            """;
        var diagnostics = Check(set);
        diagnostics.None(Stockpile);
        Assert.Contains("the bases differ (gross weight and LCE)", diagnostics.Single(Incomparable).Message, StringComparison.Ordinal);
    }
}
