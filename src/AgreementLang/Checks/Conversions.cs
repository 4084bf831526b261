using System.Globalization;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>An amount converted into a target currency (and, for prices, unit), with the exchange-rate
/// assumption used, if any. Unit conversions are exact and need no assumption.</summary>
public readonly record struct Converted(decimal Amount, ExchangeRate? Rate, decimal Factor)
{
    public bool UsedRate => Rate is not null;
}

/// <summary>Conversions between currencies and units for comparing values of two terms. Currencies are only
/// converted by an exchange-rate assumption that a zone or agreement declares; bases (gross weight, contained
/// metal, REO, LCE, WO3) are never converted: values on different bases are incomparable.</summary>
public static class Conversions
{
    /// <summary>The factor that turns an amount of <paramref name="from"/> into <paramref name="to"/>, from the
    /// first assumption (in the order given) valid on the first day of <paramref name="during"/>, else the first
    /// whose validity overlaps it; a rate may be read in either direction. Null when none is declared.</summary>
    public static (ExchangeRate Rate, decimal Factor)? FindRate(string from, string to, IEnumerable<ExchangeRate> rates, Period during)
    {
        (ExchangeRate, decimal)? overlapping = null;
        foreach (var rate in rates)
        {
            decimal factor;
            if (rate.From.Currency == from && rate.To.Currency == to)
            {
                factor = Arithmetic.Divide(rate.To.Amount, rate.From.Amount);
            }
            else if (rate.To.Currency == from && rate.From.Currency == to)
            {
                factor = Arithmetic.Divide(rate.From.Amount, rate.To.Amount);
            }
            else
            {
                continue;
            }

            if (during.From is { } start ? rate.Validity.Contains(start) : rate.Validity.From is null)
            {
                return (rate, factor);
            }

            if (overlapping is null && rate.Validity.Overlaps(during))
            {
                overlapping = (rate, factor);
            }
        }

        return overlapping;
    }

    /// <summary>Money in another currency; null when the currencies differ and no assumption links them.</summary>
    public static Converted? ConvertMoney(Money money, string currency, IEnumerable<ExchangeRate> rates, Period during)
    {
        if (money.Currency == currency)
        {
            return new Converted(money.Amount, null, 1m);
        }

        return FindRate(money.Currency, currency, rates, during) is { } found
            ? new Converted(Arithmetic.Multiply(money.Amount, found.Factor), found.Rate, found.Factor)
            : null;
    }

    /// <summary>A price per another unit and in another currency, on the same basis; null when the bases differ
    /// or the currencies cannot be converted.</summary>
    public static Converted? ConvertPrice(UnitPrice price, string currency, MassUnit unit, QuantityBasis basis,
        IEnumerable<ExchangeRate> rates, Period during)
    {
        if (price.Basis != basis)
        {
            return null;
        }

        var perUnit = Arithmetic.Multiply(price.PerKilogram, Units.Kilograms(unit));
        if (price.Money.Currency == currency)
        {
            return new Converted(perUnit, null, 1m);
        }

        return FindRate(price.Money.Currency, currency, rates, during) is { } found
            ? new Converted(Arithmetic.Multiply(perUnit, found.Factor), found.Rate, found.Factor)
            : null;
    }

    /// <summary>The value used to compare two amounts: exact when no exchange rate was applied; rounded to
    /// cents when one was, since an assumed rate cannot make two prices differ by less than a cent.</summary>
    public static decimal Comparable(Converted converted) =>
        converted.UsedRate ? Math.Round(converted.Amount, 2, MidpointRounding.AwayFromZero) : converted.Amount;
}

/// <summary>How numbers, prices and dates appear in conflict messages: two decimals for prices, thousands
/// separators, ISO dates, invariant culture.</summary>
public static class Show
{
    public static string Amount(decimal amount) =>
        Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Price(decimal amount, string currency, MassUnit unit, QuantityBasis basis) =>
        currency + " " + Amount(amount) + "/" + Units.Symbol(unit) + (basis == Units.DefaultBasis(unit) ? "" : " " + Units.BasisText(basis));

    public static string Price(UnitPrice price) => Price(price.Money.Amount, price.Money.Currency, price.Unit, price.Basis);

    /// <summary>A normalised price, followed by the price as stated and the conversion used when they differ:
    /// <c>USD 110.50/kg (stated as AUD 170.00/kg, at AUD 1.00 = USD 0.65)</c>.</summary>
    public static string Price(UnitPrice stated, Converted converted, MassUnit unit)
    {
        var normalised = Price(converted.Amount, converted.UsedRate ? Target(stated, converted) : stated.Money.Currency, unit, stated.Basis);
        if (!converted.UsedRate && stated.Unit == unit)
        {
            return normalised;
        }

        return normalised + " (stated as " + Price(stated) + (converted.Rate is { } rate ? ", at " + Rate(rate) : "") + ")";
    }

    public static string Money(decimal amount, string currency) =>
        currency + " " + Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Money(Money money) => Money(money.Amount, money.Currency);

    /// <summary>An amount of money, followed by the amount as stated and the rate used when converted.</summary>
    public static string Money(Money stated, Converted converted, string currency) =>
        Money(converted.Amount, currency) + (converted.Rate is { } rate ? " (stated as " + Money(stated) + ", at " + Rate(rate) + ")" : "");

    /// <summary>An exchange rate as declared, every digit kept (<c>JPY 1.00 = USD 0.0064</c>): the comparison used
    /// these figures, and a rate rounded to the currency's minor unit (USD 0.01) would show another one.</summary>
    public static string Rate(ExchangeRate rate) =>
        rate.From.Currency + " " + Declared(rate.From.Amount) + " = " + rate.To.Currency + " " + Declared(rate.To.Amount);

    /// <summary>At least two decimals, and every further significant digit the amount has.</summary>
    public static string Declared(decimal amount) =>
        amount.ToString("#,0.00" + new string('#', 26), CultureInfo.InvariantCulture);

    public static string Date(DateTime date) => Dates.Iso(date);

    /// <summary>" from 2026-03-01" for the first day two periods share, or "" when it is open.</summary>
    public static string FromOverlap(Period a, Period b)
    {
        var from = Later(a.From, b.From);
        return from is { } date ? " from " + Date(date) : "";
    }

    public static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Quantity(decimal amount, MassUnit unit, QuantityBasis basis) =>
        amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + Units.Symbol(unit) +
        (basis == Units.DefaultBasis(unit) ? "" : " " + Units.BasisText(basis));

    private static string Target(UnitPrice stated, Converted converted) =>
        converted.Rate!.From.Currency == stated.Money.Currency ? converted.Rate.To.Currency : converted.Rate.From.Currency;
}
