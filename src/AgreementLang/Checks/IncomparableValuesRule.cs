using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR308: two prices that must be compared — floors for one mineral and stage in one zone, or a
/// stockpile's release price and the zone's floor — in currencies no declared exchange-rate assumption links,
/// or on different bases (gross weight, contained metal, REO, LCE, WO3), which are never converted. They are
/// reported as incomparable rather than guessed at. Units of mass always convert exactly, so USD per lb
/// against USD per t is compared, not reported here. A floor that cannot be compared with its zone's own
/// reference price is already reported by the binder (AGR108, AGR109).</summary>
public sealed class IncomparableValuesRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.IncomparableValues;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var entries in context.PricesBySubject.Values)
        {
            CheckFloors(entries, diagnostics);
        }

        foreach (var stockpile in context.Set.Stockpiles)
        {
            if (stockpile.Zone is null)
            {
                continue;
            }

            foreach (var release in stockpile.Releases)
            {
                if (release.MinimumPrice is not { } price ||
                    !context.PricesBySubject.TryGetValue((stockpile.Zone, release.Subject.Mineral, release.Subject.Stage), out var entries))
                {
                    continue;
                }

                // Reported only when no floor of the zone can be compared: one comparable floor is enough for AGR312.
                var zone = context.Zones[stockpile.Zone];
                if (entries.Any(e => Conversions.ConvertPrice(e.Price, price.Money.Currency, price.Unit, price.Basis,
                        e.Rates.Concat(zone.ExchangeRates), e.Period) is not null))
                {
                    continue;
                }

                var floor = entries[0];
                diagnostics.Add(Diagnostic.IncomparableValues(release.Location, "release price of stockpile " + stockpile.Name, release.Subject,
                        Show.Price(price), Show.Price(floor.Price), floor.Source, Reason(price, floor.Price, "zone " + zone.Name))
                    .WithRelated(floor.Location, floor.What + " for " + floor.Subject + " of " + Show.Price(floor.Price)));
            }
        }
    }

    private void CheckFloors(List<PriceEntry> entries, List<Diagnostic> diagnostics)
    {
        var canonical = entries[0];
        var currency = canonical.Price.Money.Currency;
        for (var i = 1; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.In(currency, canonical.Price.Unit, canonical.Price.Basis, canonical) is not null)
            {
                continue;
            }

            // The binder compares a floor with its zone's reference price; only the rest is left to this rule.
            if (entry.Floor is not null && entries.Any(e => e.Reference is not null && e.Period.Overlaps(entry.Period)))
            {
                continue;
            }

            PriceEntry? other = null;
            for (var k = 0; k < i; k++)
            {
                if (entries[k].Period.Overlaps(entry.Period) && entry.In(entries[k].Price.Money.Currency, entries[k].Price.Unit, entries[k].Price.Basis, entries[k]) is null)
                {
                    other = entries[k];
                    break;
                }
            }

            if (other is null)
            {
                continue;
            }

            var where = other.Floor is not null && entry.Floor is not null
                ? "zone " + entry.Zone!.Name + ", " + entry.Floor.Agreement.Name + " or " + other.Floor.Agreement.Name
                : "zone " + entry.Zone!.Name + (entry.Floor is not null ? " or " + entry.Floor.Agreement.Name : "");
            diagnostics.Add(Diagnostic.IncomparableValues(entry.Location, entry.What, entry.Subject, Show.Price(entry.Price),
                    Show.Price(other.Price), other.Source, Reason(entry.Price, other.Price, where))
                .WithRelated(other.Location, other.What + " for " + other.Subject + " of " + Show.Price(other.Price)));
        }
    }

    private static string Reason(UnitPrice a, UnitPrice b, string where) =>
        a.Basis != b.Basis
            ? "the bases differ (" + Units.BasisText(a.Basis) + " and " + Units.BasisText(b.Basis) + ") and are never converted"
            : "no exchange rate between " + a.Money.Currency + " and " + b.Money.Currency + " is declared in " + where;
}
