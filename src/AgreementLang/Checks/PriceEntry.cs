using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Checks;

/// <summary>A price a zone's members must maintain for one mineral and stage: a reference price of the zone, or
/// a floor at a stated price in an agreement of the zone. (A floor <c>at reference price</c> follows the zone's
/// price by construction, so it is represented by the zone's entry, not by one of its own.)</summary>
public sealed class PriceEntry
{
    private PriceEntry(Zone? zone, MineralStage subject, UnitPrice price, Period period, Location location, int order,
        ReferencePrice? reference, EffectiveTerm<Floor>? floor)
    {
        Zone = zone;
        Subject = subject;
        Price = price;
        Period = period;
        Location = location;
        Order = order;
        Reference = reference;
        Floor = floor;
        Instrument = floor is null ? "zone " + zone!.Name : floor.Agreement.Name;
    }

    /// <summary>The zone whose floors this entry sets; null for a floor of an agreement outside any zone.</summary>
    public Zone? Zone { get; }

    public MineralStage Subject { get; }

    public UnitPrice Price { get; }

    public Period Period { get; }

    public Location Location { get; }

    /// <summary>Zone entries come before every agreement's, so a floor that departs from the zone is the one
    /// reported.</summary>
    public int Order { get; }

    public ReferencePrice? Reference { get; }

    public EffectiveTerm<Floor>? Floor { get; }

    /// <summary>Two entries of one instrument (the zone, or one agreement) are inconsistent inside it; entries
    /// of two instruments conflict across them.</summary>
    public string Instrument { get; }

    /// <summary>"reference price" or "floor".</summary>
    public string What => Floor is null ? "reference price" : "floor";

    /// <summary>Where the other value of a conflict comes from, as the message names it.</summary>
    public string Source => Floor is null
        ? "as the reference price of zone " + Zone!.Name + " (" + Location + ")"
        : "in " + Floor.Place;

    /// <summary>"here", or "in zone FORGE (zone.agr(14,3))", or "in US-AU-2025 (us-au.agr(9,3))".</summary>
    public string Where(bool primary) =>
        primary ? "here" : Floor is null ? "in zone " + Zone!.Name + " (" + Location + ")" : "in " + Floor.Place;

    /// <summary>The assumptions that may convert this price: the agreement's own first, then the zone's.</summary>
    public IEnumerable<ExchangeRate> Rates => Floor is null ? Zone!.ExchangeRates
        : Zone is null ? Floor.Agreement.ExchangeRates
        : Floor.Agreement.ExchangeRates.Concat(Zone.ExchangeRates);

    internal static PriceEntry ForReference(Zone zone, ReferencePrice reference, int order) =>
        new(zone, reference.Subject, reference.Price, reference.Validity, reference.Location, order, reference, null);

    internal static PriceEntry ForFloor(Zone? zone, EffectiveTerm<Floor> floor, UnitPrice price) =>
        new(zone, floor.Term.Subject, price, floor.Period, floor.Location, floor.Order, null, floor);

    /// <summary>This price in the currency, unit and basis of another; null when it cannot be converted.</summary>
    public Converted? In(string currency, MassUnit unit, QuantityBasis basis, PriceEntry other) =>
        Conversions.ConvertPrice(Price, currency, unit, basis, Rates.Concat(other.Rates), Intersection(Period, other.Period));

    public static Period Intersection(Period a, Period b) =>
        new(Show.Later(a.From, b.From), a.Until is null ? b.Until : b.Until is null ? a.Until : a.Until < b.Until ? a.Until : b.Until);
}
