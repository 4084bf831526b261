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

    private static void CheckGroup(List<PriceEntry> entries, List<Diagnostic> diagnostics)
    {
        var canonical = entries[0];
        var unit = canonical.Price.Unit;
        OldestOverlapping.Compare(Comparable(entries, canonical), e => e.Entry.Period, related: null,
            agree: (e, found) => Conversions.SameQuote(e.Entry.Price, e.Value, found.Entry.Price, found.Value),
            report: (e, found) =>
            {
                var entry = e.Entry;
                var here = Show.Price(entry.Price, e.Value, unit);
                var there = Show.Price(found.Entry.Price, found.Value, unit);
                return Diagnostic.FloorsDisagree(entry.Location, entry.What, entry.Subject, here, there, found.Entry.Source,
                        entry.Zone!.Name, Show.FromOverlap(entry.Period, found.Entry.Period))
                    .WithRelated(found.Entry.Location, found.Entry.What + " for " + found.Entry.Subject + " of " + there);
            },
            diagnostics);
    }

    /// <summary>The entries whose price converts to the currency, unit and basis of the group's first entry, with
    /// that converted value; the others are AGR308's.</summary>
    private static IEnumerable<(PriceEntry Entry, Converted Value)> Comparable(List<PriceEntry> entries, PriceEntry canonical)
    {
        foreach (var entry in entries)
        {
            if (entry.In(canonical.Price.Money.Currency, canonical.Price.Unit, canonical.Price.Basis, canonical) is { } converted)
            {
                yield return (entry, converted);
            }
        }
    }
}
