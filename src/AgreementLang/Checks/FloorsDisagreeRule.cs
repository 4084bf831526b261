using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR301: two floors (or reference prices) for the same mineral and stage in one zone, over
/// overlapping periods, at different prices — material then flows through the member with the cheaper floor.
/// Prices are compared in the currency, unit and basis of the zone's first entry (its reference price when it
/// has one); values that cannot be converted are left to AGR308. Prices in different units are quotes, equal
/// within the rounding of the quote (<see cref="Conversions.SameQuote"/>). Each entry is compared with the oldest entry
/// that overlaps it, the zone's reference price when there is one.</summary>
public sealed class FloorsDisagreeRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FloorsDisagree;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var entries in context.PricesBySubject.Values)
        {
            CheckGroup(entries, diagnostics);
        }
    }

    private void CheckGroup(List<PriceEntry> entries, List<Diagnostic> diagnostics)
    {
        var canonical = entries[0];
        var currency = canonical.Price.Money.Currency;
        var unit = canonical.Price.Unit;
        var basis = canonical.Price.Basis;

        // Each entry is measured against the oldest entry that overlaps it — the zone's reference price when
        // there is one — so one departing floor is reported once, not again at every later floor that agrees
        // with the zone.
        var seen = new List<(PriceEntry Entry, Converted Value)>();
        foreach (var entry in entries)
        {
            if (entry.In(currency, unit, basis, canonical) is not { } converted)
            {
                continue;
            }

            if (OldestOverlapping(seen, entry.Period) is { } found && !Conversions.SameQuote(entry.Price, converted, found.Entry.Price, found.Value))
            {
                var here = Show.Price(entry.Price, converted, unit);
                var there = Show.Price(found.Entry.Price, found.Value, unit);
                diagnostics.Add(Diagnostic.FloorsDisagree(entry.Location, entry.What, entry.Subject, here, there, found.Entry.Source,
                        entry.Zone!.Name, Show.FromOverlap(entry.Period, found.Entry.Period))
                    .WithRelated(found.Entry.Location, found.Entry.What + " for " + found.Entry.Subject + " of " + there));
            }

            seen.Add((entry, converted));
        }
    }

    private static (PriceEntry Entry, Converted Value)? OldestOverlapping(List<(PriceEntry Entry, Converted Value)> seen, Period period)
    {
        foreach (var candidate in seen)
        {
            if (candidate.Entry.Period.Overlaps(period))
            {
                return candidate;
            }
        }

        return null;
    }
}
