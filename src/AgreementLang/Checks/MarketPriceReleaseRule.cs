using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR319: a stockpile of a zone that releases a mineral and stage "at market price" where the zone keeps a
/// floor for it. A market price is a market-linked figure with no value in advance, so AGR312 cannot compare it with
/// the floor and does not; this note says so, naming the floor the sales must respect (the earliest the zone states),
/// rather than letting silence read as "consistent with the floor".</summary>
public sealed class MarketPriceReleaseRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.MarketPriceNotCompared;

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
                if (!release.AtMarketPrice ||
                    !context.PricesBySubject.TryGetValue((zone.Name, release.Subject.Mineral, release.Subject.Stage), out var floors) ||
                    floors.OrderBy(f => f.Order).FirstOrDefault() is not { } floor)
                {
                    continue;
                }

                diagnostics.Add(Diagnostic.MarketPriceNotCompared(release.Location, stockpile.Name, release.Subject, Show.Price(floor.Price), floor.Source)
                    .WithRelated(floor.Location, floor.What + " for " + floor.Subject + " of " + Show.Price(floor.Price)));
            }
        }
    }
}
