using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR312: a stockpile of a zone whose release rule lets it sell a mineral and stage below the zone's
/// floor (its reference price, or a stated floor of one of its agreements): strategic sales would undercut the
/// price the members maintain. <c>release … at not below floor</c> is consistent by construction. The floor is
/// converted into the release price's currency and unit with the zone's declared rates; floors that cannot be
/// converted are AGR308's.</summary>
public sealed class StockpileReleaseBelowFloorRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.StockpileReleaseBelowFloor;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var stockpile in context.Set.Stockpiles)
        {
            if (stockpile.Zone is null || !context.Zones.TryGetValue(stockpile.Zone, out var zone))
            {
                continue;
            }

            foreach (var release in stockpile.Releases)
            {
                if (release.MinimumPrice is not { } price ||
                    !context.PricesBySubject.TryGetValue((zone.Name, release.Subject.Mineral, release.Subject.Stage), out var floors))
                {
                    continue;
                }

                PriceEntry? highest = null;
                Converted highestValue = default;
                foreach (var floor in floors)
                {
                    if (Conversions.ConvertPrice(floor.Price, price.Money.Currency, price.Unit, price.Basis, floor.Rates, floor.Period) is { } converted &&
                        (highest is null || converted.Amount > highestValue.Amount))
                    {
                        highest = floor;
                        highestValue = converted;
                    }
                }

                // A release quoted in another unit than the floor, at the floor's rounded quote, is at the floor.
                if (highest is null || price.Money.Amount >= Conversions.Comparable(highestValue) ||
                    Conversions.SameQuote(price, new Converted(price.Money.Amount, null, 1m), highest.Price, highestValue))
                {
                    continue;
                }

                var floorText = Show.Price(highest.Price, highestValue, price.Unit);
                diagnostics.Add(Diagnostic.StockpileReleaseBelowFloor(release.Location, stockpile.Name, release.Subject, Show.Price(price), floorText,
                        highest.Source)
                    .WithRelated(highest.Location, highest.What + " for " + highest.Subject + " of " + floorText));
            }
        }
    }
}
