using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>AGR314: a producer owned at or above its zone's threshold by a foreign entity of concern cannot
/// receive offtake counted as zone supply, nor a floor's price-gap payment; and the near-misses that must stay
/// silent.</summary>
public sealed class OwnershipRuleTests
{
    private static string Producer(string owned) => $$"""
        entity CNRE "China Northern Rare Earth (Group) High-Tech Co., Ltd." of CN as investor
        entity SOJITZ "Sojitz Corporation" of JP as investor

        producer SEPCO "Southern Separation Company Pty Ltd" in AU {
          capacity NdPr oxide 3,000 t per year from 2026-01-01
          {{owned}}
        }
        """;

    private const string Offtake = "offtake SEPCO -> US 50% of NdPr oxide capacity from 2026-03-01 until 2030-12-31";

    [Fact]
    public void Offtake_from_a_producer_owned_30_percent_by_an_entity_of_a_listed_country_is_AGR314_with_the_ownership_as_a_note()
    {
        var d = Check(Forge, Producer("owned 30% by CNRE from 2026-01-01"), Agreement("US-AU", Offtake, "US, AU"))
            .Single(DiagnosticCatalog.ForeignEntityOwnedProducer);
        Assert.Equal("c.agr", d.Location.Source.Path);
        Assert.Equal("SEPCO is owned 30% by CNRE (of CN) from 2026-01-01, a foreign entity of concern of zone FORGE, at or above the threshold " +
                     "of 25% (the usual threshold: the zone states none); it cannot supply goods counted as zone supply through the offtake of " +
                     "50% of its NdPr oxide capacity by US under US-AU", d.Message);
        var note = Assert.Single(d.Related);
        Assert.Equal(("b.agr", 6), (note.Location.Source.Path, note.Location.Start.Line));
    }

    [Fact]
    public void A_price_gap_payment_to_a_producer_owned_by_a_listed_country_itself_is_AGR314()
    {
        var floor = "floor NdPr oxide at USD 110.00 per kg {\n  enforced by price-gap payment to SEPCO\n}";
        var d = Check(Forge, Producer("owned 40% by CN"), Agreement("US-AU", floor, "US, AU")).Single(DiagnosticCatalog.ForeignEntityOwnedProducer);
        Assert.Contains("SEPCO is owned 40% by CN, a foreign entity of concern of zone FORGE", d.Message, StringComparison.Ordinal);
        Assert.Contains("receive the price-gap payment of the floor for NdPr oxide", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_zone_threshold_replaces_the_usual_25_percent()
    {
        var zone = Forge.Replace("foreign entity CN", "foreign entity CN\n  foreign entity threshold 10%", StringComparison.Ordinal);
        var d = Check(zone, Producer("owned 12% by CNRE"), Agreement("US-AU", Offtake, "US, AU")).Single(DiagnosticCatalog.ForeignEntityOwnedProducer);
        Assert.Contains("at or above the threshold of 10% (the zone's)", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("owned 24.99% by CNRE from 2026-01-01")] // just below the threshold
    [InlineData("owned 30% by SOJITZ from 2026-01-01")] // an owner of a country the zone does not list
    [InlineData("owned 30% by CNRE from 2031-01-01")] // ownership that starts after the offtake ends
    [InlineData("owned 30% by CNRE from 2024-01-01 until 2026-02-28")] // divested before the offtake starts
    public void Near_misses_are_silent(string owned)
    {
        Check(Forge, Producer(owned), Agreement("US-AU", Offtake, "US, AU")).None(DiagnosticCatalog.ForeignEntityOwnedProducer);
    }

    [Fact]
    public void An_agreement_outside_any_zone_reserves_nothing_to_members()
    {
        Check(Forge, Producer("owned 30% by CNRE"), Agreement("US-AU", Offtake, "US, AU", zone: null))
            .None(DiagnosticCatalog.ForeignEntityOwnedProducer);
    }

    [Fact]
    public void As_of_a_date_the_ownership_counts_only_if_held_then()
    {
        var set = new[] { Forge, Producer("owned 30% by CNRE from 2028-01-01"), Agreement("US-AU", Offtake, "US, AU") };
        Check(AsOf("2027-06-01"), set).None(DiagnosticCatalog.ForeignEntityOwnedProducer);
        Check(AsOf("2028-06-01"), set).Single(DiagnosticCatalog.ForeignEntityOwnedProducer);
        Check(set).Single(DiagnosticCatalog.ForeignEntityOwnedProducer);
    }

    private static CompilationOptions AsOf(string date) =>
        new(new Dictionary<string, DiagnosticSeverity>(), DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
}
