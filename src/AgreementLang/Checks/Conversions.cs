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

    /// <summary>
    /// Whether two prices, each already converted into one currency and unit (<paramref name="aValue"/>,
    /// <paramref name="bValue"/>), state the same price. Prices stated in different units are quotes: each is read
    /// as rounded to the decimals it states, and never fewer than two (cents), so USD 49.90 per lb — the usual
    /// two-decimal quote of USD 110 per kg (USD 49.8951… per lb) — is the same price as USD 110.00 per kg, while
    /// USD 50 per lb is not. The two are the same when one of them, converted into the other's currency and unit and
    /// rounded so, is the other as stated. Prices in one unit are compared as <see cref="Comparable"/> values.
    /// </summary>
    public static bool SameQuote(UnitPrice a, Converted aValue, UnitPrice b, Converted bValue)
    {
        if (Comparable(aValue) == Comparable(bValue))
        {
            return true;
        }

        return a.Unit != b.Unit && (RoundsTo(a, aValue.Amount, bValue.Amount) || RoundsTo(b, bValue.Amount, aValue.Amount));
    }

    /// <summary>Whether <paramref name="otherValue"/>, taken back into the currency and unit of <paramref name="quote"/>
    /// (whose converted value is <paramref name="quoteValue"/>) and rounded to its decimals, is the quote.</summary>
    private static bool RoundsTo(UnitPrice quote, decimal quoteValue, decimal otherValue)
    {
        var stated = quote.Money.Amount;
        if (stated == 0m || quoteValue == 0m)
        {
            return false;
        }

        var inQuoteTerms = Arithmetic.Multiply(otherValue, Arithmetic.Divide(stated, quoteValue));
        return Math.Round(inQuoteTerms, Math.Max(2, Decimals(stated)), MidpointRounding.AwayFromZero) == stated;
    }

    /// <summary>The decimals an amount was written with: 2 for 49.90, 0 for 110.</summary>
    private static int Decimals(decimal amount) => (decimal.GetBits(amount)[3] >> 16) & 0xFF;

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

    /// <summary>A price as stated, every digit kept (<c>USD 49.8951/lb</c>): a quote finer than a cent is compared at
    /// its own decimals, and the message must show them.</summary>
    public static string Price(UnitPrice price) =>
        price.Money.Currency + " " + Declared(price.Money.Amount) + "/" + Units.Symbol(price.Unit) +
        (price.Basis == Units.DefaultBasis(price.Unit) ? "" : " " + Units.BasisText(price.Basis));

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
