using AgreementLang.Diagnostics;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>Bounded, open and market-linked amounts in the checks: AGR306 and AGR317 compare the bounds of loans
/// drawn from a facility, AGR318 and AGR319 say what is not compared as a number.</summary>
public sealed class BoundedAmountRuleTests
{
    private const string Vault = """
        facility VAULT "Project Vault" cap USD 10 billion from 2026-02-02 for 15 years {
        }
        """;

    private static IReadOnlyList<Diagnostic> Draws(string first, string second) => Check(Vault,
        Agreement("US-JP-2026", "financing loan from VAULT to JP " + first + " for 10 years", zone: null),
        Agreement("US-AU-2026", "financing loan from VAULT to AU " + second + " for 10 years", "US, AU", zone: null,
            life: "signed 2026-04-15\nin force on signature\nterm 10 years"));

    [Fact]
    public void At_least_figures_that_exceed_the_cap_together_are_AGR306_with_their_bound_named()
    {
        var diagnostics = Draws("at least USD 6 billion", "at least USD 5 billion");
        var d = diagnostics.Single(DiagnosticCatalog.FacilityOverCap);
        Assert.Equal("loans drawn from facility VAULT add up to USD 11,000,000,000 from 2026-04-15, above its cap of USD 10,000,000,000 (a.agr(1,10)): " +
                     "at least USD 5,000,000,000 to AU here, at least USD 6,000,000,000 to JP in US-JP-2026 (b.agr(8,1))", d.Message);
        diagnostics.None(DiagnosticCatalog.FacilityMayExceedCap);
    }

    [Theory]
    [InlineData("at least USD 6 billion", "at least USD 4 billion")]   // what lies above an at-least figure is not promised
    [InlineData("at least USD 6 billion", "up to USD 4 billion")]
    [InlineData("up to USD 5 billion", "up to USD 5 billion")]
    [InlineData("an amount to be agreed", "USD 10 billion")]          // no figure: never counted, never guessed
    public void Bounds_that_fit_under_the_cap_are_not_reported(string first, string second)
    {
        var diagnostics = Draws(first, second);
        diagnostics.None(DiagnosticCatalog.FacilityOverCap);
        diagnostics.None(DiagnosticCatalog.FacilityMayExceedCap);
    }

    [Fact]
    public void Up_to_ceilings_that_would_exceed_the_cap_are_AGR317_not_AGR306()
    {
        var diagnostics = Draws("USD 6 billion", "up to USD 5 billion");
        diagnostics.None(DiagnosticCatalog.FacilityOverCap);
        var d = diagnostics.Single(DiagnosticCatalog.FacilityMayExceedCap);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("c.agr", d.Location.Path);
        Assert.Equal("loans drawn from facility VAULT may add up to USD 11,000,000,000 from 2026-04-15, above its cap of USD 10,000,000,000 (a.agr(1,10)), " +
                     "if their 'up to' amounts are drawn in full; at the least they commit they add up to USD 6,000,000,000: " +
                     "up to USD 5,000,000,000 to AU here, USD 6,000,000,000 to JP in US-JP-2026 (b.agr(8,1))", d.Message);
    }

    [Fact]
    public void A_cap_exceeded_at_the_least_is_AGR306_alone_even_with_up_to_amounts()
    {
        var diagnostics = Draws("USD 11 billion", "up to USD 5 billion");
        diagnostics.Single(DiagnosticCatalog.FacilityOverCap);
        diagnostics.None(DiagnosticCatalog.FacilityMayExceedCap);
    }

    [Fact]
    public void A_loan_of_an_amount_to_be_agreed_from_a_facility_is_AGR318_and_says_it_is_not_compared()
    {
        var d = Draws("an amount to be agreed", "USD 1 billion").Single(DiagnosticCatalog.AmountToBeAgreedNotCompared);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("the loan from VAULT to JP is of an amount to be agreed, so it is not counted against the cap of USD 10,000,000,000 of facility VAULT " +
                     "(a.agr(1,10)); check it against the cap once the amount is agreed", d.Message);
    }

    [Fact]
    public void An_amount_to_be_agreed_outside_any_facility_is_not_reported()
    {
        Check(Agreement("US-AU-2025", "financing equity US in AU an amount to be agreed\nfinancing grant from US to AU at least USD 1 billion within 6 months",
                "US, AU", zone: null))
            .None(DiagnosticCatalog.AmountToBeAgreedNotCompared);
    }

    [Theory]
    [InlineData("USD 1 billion", "at least USD 2 billion")]
    [InlineData("up to USD 3 billion", "USD 1 billion")]
    public void Loans_from_a_facility_with_a_stated_figure_are_not_AGR318(string first, string second) =>
        Draws(first, second).None(DiagnosticCatalog.AmountToBeAgreedNotCompared);

    private const string Zone = """
        zone FORGE "Forge" {
          members US, JP, AU
          reference price NdPr oxide USD 110.00 per kg from 2026-01-01 review quarterly
        }
        """;

    [Fact]
    public void A_release_at_market_price_where_the_zone_keeps_a_floor_is_AGR319_not_AGR312()
    {
        var diagnostics = Check(Zone, """
            stockpile VAULT-STOCK "Project Vault strategic stockpile" held by US zone FORGE {
              release NdPr oxide at market price
            }
            """);
        diagnostics.None(DiagnosticCatalog.StockpileReleaseBelowFloor);
        var d = diagnostics.Single(DiagnosticCatalog.MarketPriceNotCompared);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.StartsWith("stockpile VAULT-STOCK releases NdPr oxide at market price, a figure that is not known in advance, so it is not compared with " +
                          "the floor of USD 110.00/kg as the reference price of zone FORGE", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("release NdPr oxide at not below floor")]
    [InlineData("release Li carbonate at market price")]   // the zone keeps no floor for it: nothing to say
    public void Releases_that_cannot_undercut_a_known_floor_are_not_reported(string release)
    {
        var diagnostics = Check(Zone, "stockpile VAULT-STOCK \"Project Vault strategic stockpile\" held by US zone FORGE {\n  " + release + "\n}\n");
        diagnostics.None(DiagnosticCatalog.MarketPriceNotCompared);
        diagnostics.None(DiagnosticCatalog.StockpileReleaseBelowFloor);
    }
}
