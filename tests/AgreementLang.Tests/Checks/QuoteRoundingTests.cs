using AgreementLang.Checks;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>Prices stated in different units are quotes, equal within the rounding of the quote: USD 49.90 per lb
/// is the usual two-decimal quote of USD 110 per kg (USD 49.8951… per lb) and conflicts with nothing stated at
/// USD 110 per kg — not as a floor (AGR301), a stockpile release (AGR312) or a better floor (AGR310).</summary>
public sealed class QuoteRoundingTests
{
    private const string Later = "signed 2026-04-15\nin force 2026-05-01\nterm 10 years";

    private static IReadOnlyList<Diagnostic> Floors(string first, string second) => Check(Forge,
        Agreement("US-AU-2025", "floor NdPr oxide at " + first, "US, AU", life: "signed 2025-10-20\nin force 2026-03-01\nterm 10 years"),
        Agreement("US-JP-2026", "floor NdPr oxide at " + second));

    [Theory]
    [InlineData("USD 110.00 per kg", "USD 49.90 per lb")]
    [InlineData("USD 49.90 per lb", "USD 110.00 per kg")]
    [InlineData("USD 110 per kg", "USD 49.90 per lb")]
    [InlineData("USD 110,000 per t", "USD 49.90 per lb")]
    [InlineData("USD 110.00 per kg", "USD 49.8952 per lb")]
    [InlineData("USD 110.00 per kg", "USD 49.8951 per lb")]
    public void A_price_per_lb_that_is_the_rounded_quote_of_the_price_per_kg_is_silent(string first, string second)
    {
        Floors(first, second).None(DiagnosticCatalog.FloorsDisagree);
    }

    [Theory]
    [InlineData("USD 49.89 per lb", "USD 109.99/kg (stated as USD 49.89/lb)")]
    [InlineData("USD 49.91 per lb", "USD 110.03/kg (stated as USD 49.91/lb)")]
    [InlineData("USD 50 per lb", "USD 110.23/kg (stated as USD 50.00/lb)")]
    public void A_quote_a_cent_off_or_rounded_coarser_than_cents_is_AGR301(string second, string shown)
    {
        var d = Floors("USD 110.00 per kg", second).Single(DiagnosticCatalog.FloorsDisagree);
        Assert.StartsWith("floor for NdPr oxide is " + shown + " here but USD 110.00/kg in US-AU-2025", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prices_in_one_unit_get_no_tolerance()
    {
        Floors("USD 110.00 per kg", "USD 110.01 per kg").Single(DiagnosticCatalog.FloorsDisagree);
    }

    [Fact]
    public void A_stockpile_release_at_the_rounded_quote_of_the_floor_is_silent_and_a_cent_below_is_AGR312()
    {
        static string Set(string release) => $$"""
            zone FORGE "Forge" {
              members US, JP
              reference price NdPr oxide USD 49.90 per lb from 2026-03-01
            }
            stockpile VAULT-STOCK "Project Vault strategic stockpile" held by US zone FORGE {
              holds NdPr oxide 2,000 t
              release NdPr oxide at {{release}}
            }
            """;
        Check(Set("USD 110.00 per kg")).None(DiagnosticCatalog.StockpileReleaseBelowFloor);
        Check(Set("USD 109.98 per kg")).Single(DiagnosticCatalog.StockpileReleaseBelowFloor);
    }

    [Fact]
    public void A_floor_per_lb_at_the_rounded_quote_of_the_beneficiarys_floor_does_not_trigger_MFN()
    {
        Check(
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg\nmost favoured nation JP on NdPr floor", zone: null),
            Agreement("US-AU-2026", "floor NdPr oxide at USD 49.90 per lb", "US, AU", zone: null, life: Later))
            .None(DiagnosticCatalog.MostFavouredNationTriggered);
        Check(
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg\nmost favoured nation JP on NdPr floor", zone: null),
            Agreement("US-AU-2026", "floor NdPr oxide at USD 49.95 per lb", "US, AU", zone: null, life: Later))
            .Single(DiagnosticCatalog.MostFavouredNationTriggered);
    }

    [Fact]
    public void SameQuote_reads_each_quote_at_its_own_decimals_and_never_fewer_than_cents()
    {
        static UnitPrice Price(decimal amount, MassUnit unit) => new(new Money("USD", amount), unit, Units.DefaultBasis(unit));
        static Converted PerKg(UnitPrice p) => Conversions.ConvertPrice(p, "USD", MassUnit.Kilogram, p.Basis, [], Period.Always)!.Value;

        var kg = Price(110.00m, MassUnit.Kilogram);
        Assert.True(Conversions.SameQuote(kg, PerKg(kg), Price(49.90m, MassUnit.Pound), PerKg(Price(49.90m, MassUnit.Pound))));
        Assert.True(Conversions.SameQuote(kg, PerKg(kg), Price(49.9m, MassUnit.Pound), PerKg(Price(49.9m, MassUnit.Pound))));
        Assert.False(Conversions.SameQuote(kg, PerKg(kg), Price(50m, MassUnit.Pound), PerKg(Price(50m, MassUnit.Pound))));
        Assert.False(Conversions.SameQuote(kg, PerKg(kg), Price(49.89m, MassUnit.Pound), PerKg(Price(49.89m, MassUnit.Pound))));
        // Read at its own four decimals, USD 49.8900 per lb is not USD 110 per kg (49.8952) either.
        Assert.False(Conversions.SameQuote(kg, PerKg(kg), Price(49.8900m, MassUnit.Pound), PerKg(Price(49.8900m, MassUnit.Pound))));
    }
}
