using System.Globalization;

namespace AgreementLang.Model;

/// <summary>An ISO 4217 currency and an exact decimal amount.</summary>
public readonly record struct Money(string Currency, decimal Amount)
{
    public override string ToString() => Currency + " " + Amount.ToString("#,0.##########", CultureInfo.InvariantCulture);
}

/// <summary>Units of mass. A metric tonne unit (mtu) is 10 kg of the quantity's basis (WO3 for tungsten).</summary>
public enum MassUnit
{
    Gram,
    Kilogram,
    Tonne,
    Pound,
    MetricTonneUnit,
}

/// <summary>What a quantity measures: gross weight, contained metal, rare-earth oxide, lithium carbonate
/// equivalent, or tungsten trioxide (the basis of an mtu).</summary>
public enum QuantityBasis
{
    Gross,
    ContainedMetal,
    RareEarthOxide,
    LithiumCarbonateEquivalent,
    TungstenTrioxide,
}

public static class Units
{
    /// <summary>Kilograms per unit; exact decimals (1 lb = 0.45359237 kg by definition).</summary>
    public static decimal Kilograms(MassUnit unit) => unit switch
    {
        MassUnit.Gram => 0.001m,
        MassUnit.Kilogram => 1m,
        MassUnit.Tonne => 1000m,
        MassUnit.Pound => 0.45359237m,
        _ => 10m,
    };

    public static string Symbol(MassUnit unit) => unit switch
    {
        MassUnit.Gram => "g",
        MassUnit.Kilogram => "kg",
        MassUnit.Tonne => "t",
        MassUnit.Pound => "lb",
        _ => "mtu",
    };

    public static MassUnit? ParseUnit(string text) => text switch
    {
        "g" => MassUnit.Gram,
        "kg" => MassUnit.Kilogram,
        "t" => MassUnit.Tonne,
        "lb" => MassUnit.Pound,
        "mtu" => MassUnit.MetricTonneUnit,
        _ => null,
    };

    public static QuantityBasis? ParseBasis(string text) => text switch
    {
        "gross" => QuantityBasis.Gross,
        "contained" => QuantityBasis.ContainedMetal,
        "REO" => QuantityBasis.RareEarthOxide,
        "LCE" => QuantityBasis.LithiumCarbonateEquivalent,
        _ => null,
    };

    public static string BasisText(QuantityBasis basis) => basis switch
    {
        QuantityBasis.Gross => "gross weight",
        QuantityBasis.ContainedMetal => "contained metal",
        QuantityBasis.RareEarthOxide => "REO",
        QuantityBasis.LithiumCarbonateEquivalent => "LCE",
        _ => "WO3",
    };

    /// <summary>The basis a unit implies when none is written (an mtu is always of WO3).</summary>
    public static QuantityBasis DefaultBasis(MassUnit unit) =>
        unit == MassUnit.MetricTonneUnit ? QuantityBasis.TungstenTrioxide : QuantityBasis.Gross;
}

/// <summary>An amount of mass on a basis.</summary>
public readonly record struct Quantity(decimal Amount, MassUnit Unit, QuantityBasis Basis)
{
    public decimal Kilograms => Arithmetic.Multiply(Amount, Units.Kilograms(Unit));

    /// <summary>The same quantity in another unit; the basis never changes silently.</summary>
    public Quantity ConvertTo(MassUnit unit) => new(Arithmetic.Divide(Kilograms, Units.Kilograms(unit)), unit, Basis);

    public override string ToString() =>
        Amount.ToString("#,0.##########", CultureInfo.InvariantCulture) + " " + Units.Symbol(Unit) +
        (Basis == Units.DefaultBasis(Unit) ? "" : " " + Units.BasisText(Basis));
}

/// <summary>Money per unit of mass on a basis: <c>USD 110.00 per kg</c>.</summary>
public readonly record struct UnitPrice(Money Money, MassUnit Unit, QuantityBasis Basis)
{
    /// <summary>The same price per another unit (exact: 1 lb = 0.45359237 kg).</summary>
    public UnitPrice ConvertTo(MassUnit unit) =>
        new(new Money(Money.Currency, Arithmetic.Multiply(PerKilogram, Units.Kilograms(unit))), unit, Basis);

    public decimal PerKilogram => Arithmetic.Divide(Money.Amount, Units.Kilograms(Unit));

    public override string ToString() =>
        Money + "/" + Units.Symbol(Unit) + (Basis == Units.DefaultBasis(Unit) ? "" : " " + Units.BasisText(Basis));
}

/// <summary>A share or rate in per cent.</summary>
public readonly record struct Percentage(decimal Value)
{
    public decimal Fraction => Value / 100m;

    public override string ToString() => Value.ToString("0.##########", CultureInfo.InvariantCulture) + "%";
}

public enum TimeUnit
{
    Day,
    Month,
    Year,
}

/// <summary>A length of time in whole days, months or years.</summary>
public readonly record struct Duration(int Amount, TimeUnit Unit)
{
    public DateTime AddTo(DateTime date)
    {
        // Never throws: a duration that leaves the calendar ends at its last day.
        var max = DateTime.MaxValue.Date;
        try
        {
            return Unit switch
            {
                TimeUnit.Day => date.AddDays(Amount),
                TimeUnit.Month => date.AddMonths(Amount),
                _ => date.AddYears(Amount),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return max;
        }
    }

    /// <summary>The last day of a period of this length that starts on <paramref name="start"/> (never throws). A
    /// period that would run past the end of the calendar ends with it, on 9999-12-31, never before it starts.</summary>
    public DateTime LastDayFrom(DateTime start) => AddTo(start) is var end && end >= DateTime.MaxValue.Date ? DateTime.MaxValue.Date : Dates.AddDays(end, -1);

    public override string ToString() =>
        Amount.ToString(CultureInfo.InvariantCulture) + " " + (Unit switch
        {
            TimeUnit.Day => Amount == 1 ? "day" : "days",
            TimeUnit.Month => Amount == 1 ? "month" : "months",
            _ => Amount == 1 ? "year" : "years",
        });
}

public enum ReviewPeriod
{
    Monthly,
    Quarterly,
    SemiAnnually,
    Annually,
}

/// <summary>A validity period: from a date (inclusive) until a date (inclusive), either end open.</summary>
public readonly record struct Period(DateTime? From, DateTime? Until)
{
    public static readonly Period Always = new(null, null);

    public bool Contains(DateTime date) => (From is null || date >= From) && (Until is null || date <= Until);

    public bool Overlaps(Period other) =>
        (From is null || other.Until is null || From <= other.Until) && (other.From is null || Until is null || other.From <= Until);

    public override string ToString() =>
        (From is { } f ? "from " + Dates.Iso(f) : "") + (Until is { } u ? (From is null ? "" : " ") + "until " + Dates.Iso(u) : "");
}

/// <summary>Decimal arithmetic that saturates at ±79,228,162,514,264,337,593,543,950,335 instead of throwing. The
/// language accepts any amount of up to 28 digits, so a price per gram converted to tonnes, an exchange rate between a
/// tiny and a huge amount, or the sum of many large loans can leave the decimal range; a saturated value still
/// compares the right way with every real one (it is above any cap), and no check may crash on a valid file.</summary>
public static class Arithmetic
{
    public static decimal Add(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return a > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    public static decimal Subtract(decimal a, decimal b) => Add(a, -b);

    public static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return (a > 0) == (b > 0) ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>a / b; a division by zero gives the saturated value of a's sign (callers never divide by a zero
    /// amount: the binder rejects them).</summary>
    public static decimal Divide(decimal a, decimal b)
    {
        if (b == 0)
        {
            return a == 0 ? 0 : a > 0 ? decimal.MaxValue : decimal.MinValue;
        }

        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return (a > 0) == (b > 0) ? decimal.MaxValue : decimal.MinValue;
        }
    }
}

public static class Dates
{
    public static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date plus a number of days that never throws: past the end of the calendar it is 9999-12-31,
    /// before its start 0001-01-01 (a file may sign on 9999-12-01 and enter into force 60 days later).</summary>
    public static DateTime AddDays(DateTime date, double days)
    {
        var limit = days >= 0 ? (DateTime.MaxValue.Date - date).TotalDays : (DateTime.MinValue - date).TotalDays;
        return days >= 0 ? (days >= limit ? DateTime.MaxValue.Date : date.AddDays(days)) : (days <= limit ? DateTime.MinValue : date.AddDays(days));
    }
}
