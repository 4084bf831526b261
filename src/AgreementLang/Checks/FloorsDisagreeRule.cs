using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR301: two floors (or reference prices) for the same mineral and stage in one zone, over
/// overlapping periods, at different prices — material then flows through the member with the cheaper floor.
/// Prices are compared in the currency, unit and basis of the zone's first entry (its reference price when it
/// has one); values that cannot be converted are left to AGR308.</summary>
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

        // Entries seen so far, grouped by their comparable value: an entry is compared with the oldest
        // overlapping entry of each other value, so equal floors cost nothing however many there are.
        var byValue = new Dictionary<decimal, List<(PriceEntry Entry, Converted Value)>>();
        foreach (var entry in entries)
        {
            if (entry.In(currency, unit, basis, canonical) is not { } converted)
            {
                continue;
            }

            var value = Conversions.Comparable(converted);
            (PriceEntry Entry, Converted Value)? other = null;
            foreach (var group in byValue)
            {
                if (group.Key == value)
                {
                    continue;
                }

                foreach (var candidate in group.Value)
                {
                    if (candidate.Entry.Period.Overlaps(entry.Period))
                    {
                        if (other is null || candidate.Entry.Order < other.Value.Entry.Order)
                        {
                            other = candidate;
                        }

                        break;
                    }
                }
            }

            if (other is { } found)
            {
                var here = Show.Price(entry.Price, converted, unit);
                var there = Show.Price(found.Entry.Price, found.Value, unit);
                diagnostics.Add(Diagnostic.Create(Descriptor, entry.Location, entry.What, entry.Subject, here, there, found.Entry.Source,
                        entry.Zone!.Name, Show.FromOverlap(entry.Period, found.Entry.Period))
                    .WithRelated(found.Entry.Location, found.Entry.What + " for " + found.Entry.Subject + " of " + there));
            }

            if (!byValue.TryGetValue(value, out var same))
            {
                same = new List<(PriceEntry, Converted)>();
                byValue[value] = same;
            }

            same.Add((entry, converted));
        }
    }
}
