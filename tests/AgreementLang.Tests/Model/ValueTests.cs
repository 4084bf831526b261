using AgreementLang.Model;

namespace AgreementLang.Tests.Model;

public sealed class ValueTests
{
    [Fact]
    public void Money_prints_with_thousands_separators_and_its_decimals()
    {
        Assert.Equal("USD 10,000,000,000", new Money("USD", 10_000_000_000m).ToString());
        Assert.Equal("USD 110.5", new Money("USD", 110.50m).ToString());
    }

    [Fact]
    public void Pounds_convert_to_kilograms_exactly()
    {
        var quantity = new Quantity(1m, MassUnit.Pound, QuantityBasis.ContainedMetal);
        Assert.Equal(0.45359237m, quantity.Kilograms);
        Assert.Equal(QuantityBasis.ContainedMetal, quantity.ConvertTo(MassUnit.Kilogram).Basis);
        Assert.Equal(1000m, new Quantity(1m, MassUnit.Tonne, QuantityBasis.Gross).Kilograms);
        Assert.Equal(10m, new Quantity(1m, MassUnit.MetricTonneUnit, QuantityBasis.TungstenTrioxide).Kilograms);
    }

    [Fact]
    public void A_price_per_tonne_and_per_kilogram_compare_by_conversion()
    {
        var perTonne = new UnitPrice(new Money("USD", 12_000m), MassUnit.Tonne, QuantityBasis.LithiumCarbonateEquivalent);
        Assert.Equal(12m, perTonne.PerKilogram);
        var perKilogram = perTonne.ConvertTo(MassUnit.Kilogram);
        Assert.Equal(new Money("USD", 12m), perKilogram.Money);
        var perPound = new UnitPrice(new Money("USD", 15.88m), MassUnit.Pound, QuantityBasis.Gross);
        Assert.Equal(35.00940723495856m, Math.Round(perPound.PerKilogram, 14));
    }

    [Fact]
    public void Durations_add_calendar_months_and_never_leave_the_calendar()
    {
        Assert.Equal(new DateTime(2026, 8, 28), new Duration(6, TimeUnit.Month).AddTo(new DateTime(2026, 2, 28)));
        Assert.Equal(new DateTime(2036, 3, 1), new Duration(10, TimeUnit.Year).AddTo(new DateTime(2026, 3, 1)));
        Assert.Equal(DateTime.MaxValue.Date, new Duration(10_000, TimeUnit.Year).AddTo(new DateTime(9000, 1, 1)));
    }

    [Fact]
    public void Periods_overlap_when_they_share_a_day_and_open_ends_reach_forever()
    {
        var a = new Period(new DateTime(2026, 3, 1), new DateTime(2036, 2, 28));
        Assert.True(a.Overlaps(new Period(new DateTime(2036, 2, 28), null)));
        Assert.False(a.Overlaps(new Period(new DateTime(2036, 2, 29), null)));
        Assert.True(a.Overlaps(Period.Always));
        Assert.True(a.Contains(new DateTime(2030, 1, 1)));
        Assert.False(a.Contains(new DateTime(2026, 2, 28)));
    }

    [Fact]
    public void Percentages_keep_exact_fractions()
    {
        Assert.Equal(0.3m, new Percentage(30m).Fraction);
        Assert.Equal("4.25%", new Percentage(4.25m).ToString());
    }
}
