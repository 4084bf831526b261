using System.Globalization;
using AgreementLang.Catalog;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Text;

/// <summary>Figures as a treaty writes them: amounts and percentages in words and then figures, dates in long
/// form. Everything here is culture-free, so the same model always gives the same bytes.</summary>
public static class LegalText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ];

    // One format per scale a decimal can have (0 to 28 places), made once rather than on every figure.
    private static readonly string[] FiguresFormats = [.. Enumerable.Range(0, 29).Select(scale => "N" + scale.ToString(Invariant))];
    private static readonly string[] PercentFormats = [.. Enumerable.Range(0, 29).Select(scale => "0." + new string('0', scale))];

    /// <summary>"4 February 2026".</summary>
    public static string Date(DateTime date) =>
        date.Day.ToString(Invariant) + " " + Months[date.Month - 1] + " " + date.Year.ToString(Invariant);

    /// <summary>The amount in figures with thousands separators, keeping the scale written in the source
    /// (USD 110.00 stays 110.00; USD 10 billion is 10,000,000,000).</summary>
    public static string Figures(decimal amount) => amount.ToString(FiguresFormats[Scale(amount)], Invariant);

    /// <summary>"USD 10,000,000,000"; an amount with a fraction shows at least the currency's minor digits
    /// ("USD 1,234.50", not "USD 1,234.5"), and otherwise the decimals it was written with.</summary>
    public static string MoneyFigures(Money money)
    {
        var decimals = Scale(money.Amount);
        if (decimals > 0 && money.Amount != decimal.Truncate(money.Amount)
            && MineralCatalog.Default.FindCurrency(money.Currency) is { MinorUnits: var minor } && minor > decimals)
        {
            decimals = minor;
        }

        return money.Currency + " " + money.Amount.ToString(FiguresFormats[decimals], Invariant);
    }

    /// <summary>"ten billion United States dollars (USD 10,000,000,000)"; a fraction of the main unit is read
    /// in minor units: "one hundred and ten United States dollars and fifty cents (USD 110.50)".</summary>
    public static string Money(Money money)
    {
        var whole = decimal.Truncate(money.Amount);
        var fraction = money.Amount - whole;
        var names = CurrencyNames.For(money.Currency);
        var words = NumberWords.Cardinal(whole) + " " + (whole == 1 ? names.Singular : names.Plural);
        if (fraction != 0)
        {
            var minor = fraction * 100;
            words += decimal.Truncate(minor) == minor && names.MinorPlural is not null
                ? " and " + NumberWords.Cardinal(minor) + " " + (minor == 1 ? names.MinorSingular : names.MinorPlural)
                : " and " + Fraction(fraction);
        }

        return words + " (" + MoneyFigures(money) + ")";
    }

    /// <summary>A committed amount in words and figures with its bound as stated: "at least one billion United States
    /// dollars (USD 1,000,000,000)", "up to …", or "an amount to be agreed" (no figure is invented).</summary>
    public static string Commitment(CommittedAmount amount) =>
        amount.Stated is { } money ? amount.BoundWords + Money(money) : "an amount to be agreed";

    /// <summary>"USD 1,000,000,000", "at least USD 1,000,000,000", "to be agreed" (for tables).</summary>
    public static string CommitmentFigures(CommittedAmount amount) =>
        amount.Stated is { } money ? amount.BoundWords + MoneyFigures(money) : "to be agreed";

    /// <summary>"one hundred and ten United States dollars (USD 110.00) per kilogram".</summary>
    public static string UnitPrice(UnitPrice price) => Money(price.Money) + " per " + UnitSingular(price.Unit) + BasisSuffix(price.Unit, price.Basis);

    /// <summary>"USD 110.00 per kg" (for tables).</summary>
    public static string UnitPriceFigures(UnitPrice price) =>
        MoneyFigures(price.Money) + " per " + Units.Symbol(price.Unit) + BasisShort(price.Unit, price.Basis);

    /// <summary>"forty per cent (40%)"; "four and one quarter per cent (4.25%)".</summary>
    public static string Percent(Percentage percentage)
    {
        var value = percentage.Value;
        var whole = decimal.Truncate(value);
        var fraction = value - whole;
        var words = fraction switch
        {
            0m => NumberWords.Cardinal(whole),
            0.25m => NumberWords.Cardinal(whole) + " and one quarter",
            0.5m => NumberWords.Cardinal(whole) + " and one half",
            0.75m => NumberWords.Cardinal(whole) + " and three quarters",
            _ => NumberWords.Cardinal(whole) + " point " + NumberWords.Digits(FractionDigits(fraction)),
        };
        return words + " per cent (" + PercentFigures(percentage) + ")";
    }

    /// <summary>"40%", "4.25%", keeping the source's scale.</summary>
    public static string PercentFigures(Percentage percentage) =>
        percentage.Value.ToString(PercentFormats[Scale(percentage.Value)], Invariant).TrimEnd('.') + "%";

    /// <summary>"thirty (30) days", "one (1) year".</summary>
    public static string Duration(Duration duration)
    {
        var unit = duration.Unit switch
        {
            TimeUnit.Day => duration.Amount == 1 ? "day" : "days",
            TimeUnit.Month => duration.Amount == 1 ? "month" : "months",
            _ => duration.Amount == 1 ? "year" : "years",
        };
        return Count(duration.Amount) + " " + unit;
    }

    /// <summary>"thirty (30)".</summary>
    public static string Count(int count) => NumberWords.Cardinal(count) + " (" + count.ToString(Invariant) + ")";

    /// <summary>"ten thousand tonnes (10,000 t)", with the basis when it is not gross weight.</summary>
    public static string Quantity(Quantity quantity) =>
        NumberWords.Cardinal(decimal.Truncate(quantity.Amount)) +
        (quantity.Amount == decimal.Truncate(quantity.Amount) ? "" : " and " + Fraction(quantity.Amount - decimal.Truncate(quantity.Amount))) +
        " " + (quantity.Amount == 1 ? UnitSingular(quantity.Unit) : UnitPlural(quantity.Unit)) + BasisSuffix(quantity.Unit, quantity.Basis) +
        " (" + Figures(quantity.Amount) + " " + Units.Symbol(quantity.Unit) + BasisShort(quantity.Unit, quantity.Basis) + ")";

    /// <summary>"10,000 t" (for tables).</summary>
    public static string QuantityFigures(Quantity quantity) =>
        Figures(quantity.Amount) + " " + Units.Symbol(quantity.Unit) + BasisShort(quantity.Unit, quantity.Basis);

    /// <summary>A rate in words: a percentage, a specific duty per unit, or a benchmark plus a margin.</summary>
    public static string Rate(Rate rate)
    {
        if (rate.Benchmark is not null)
        {
            return "the " + rate.Benchmark + " rate plus " + (rate.Percent is { } margin ? Percent(margin) : "no margin");
        }

        if (rate.Specific is { } specific)
        {
            return UnitPrice(specific);
        }

        return rate.Percent is { } percent ? Percent(percent) : "";
    }

    /// <summary>A rate in figures, for tables: "5%", "USD 0.375 per kg", "10-year US Treasury + 1.00%".</summary>
    public static string RateFigures(Rate rate)
    {
        if (rate.Benchmark is not null)
        {
            return rate.Benchmark + (rate.Percent is { } margin ? " + " + PercentFigures(margin) : "");
        }

        if (rate.Specific is { } specific)
        {
            return UnitPriceFigures(specific);
        }

        return rate.Percent is { } percent ? PercentFigures(percent) : "";
    }

    public static string Review(ReviewPeriod review) => review switch
    {
        ReviewPeriod.Monthly => "monthly",
        ReviewPeriod.Quarterly => "quarterly",
        ReviewPeriod.SemiAnnually => "semi-annually",
        _ => "annually",
    };

    public static string UnitSingular(MassUnit unit) => unit switch
    {
        MassUnit.Gram => "gram",
        MassUnit.Kilogram => "kilogram",
        MassUnit.Tonne => "tonne",
        MassUnit.Pound => "pound",
        _ => "metric tonne unit",
    };

    public static string UnitPlural(MassUnit unit) => unit switch
    {
        MassUnit.Gram => "grams",
        MassUnit.Kilogram => "kilograms",
        MassUnit.Tonne => "tonnes",
        MassUnit.Pound => "pounds",
        _ => "metric tonne units",
    };

    /// <summary>The number of decimal places stored in a decimal (110.00m has two).</summary>
    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>An exact decimal in invariant figures without separators, as machines read it: "110.00".</summary>
    public static string Exact(decimal value) => value.ToString(Invariant);

    private static string BasisSuffix(MassUnit unit, QuantityBasis basis) => basis switch
    {
        QuantityBasis.Gross => "",
        QuantityBasis.ContainedMetal => " of contained metal",
        QuantityBasis.RareEarthOxide => " of rare-earth oxide (REO)",
        QuantityBasis.LithiumCarbonateEquivalent => " of lithium carbonate equivalent (LCE)",
        _ => unit == MassUnit.MetricTonneUnit ? " of tungsten trioxide (WO3)" : " of tungsten trioxide (WO3)",
    };

    private static string BasisShort(MassUnit unit, QuantityBasis basis) =>
        basis == Units.DefaultBasis(unit) ? "" : " " + Units.BasisText(basis);

    private static string Fraction(decimal fraction) => "point " + NumberWords.Digits(FractionDigits(fraction)) + " of one";

    private static string FractionDigits(decimal fraction)
    {
        var text = Math.Abs(fraction).ToString(Invariant);
        var point = text.IndexOf('.');
        return point < 0 ? "0" : text.Substring(point + 1).TrimEnd('0') is { Length: > 0 } digits ? digits : "0";
    }
}
