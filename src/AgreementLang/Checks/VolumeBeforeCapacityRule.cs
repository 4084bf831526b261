using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR322: a volume guarantee (a quantity per year) that applies on a date when its producer has no
/// capacity for that mineral and stage — before the plant's first capacity starts (1,000 t of magnets a year from
/// 2027 from a plant that produces from 2028) or after its last one ends. It
/// is not an over-commitment of some capacity, so AGR203 and AGR305 leave such dates to this rule; the note
/// points at the capacity line the volume runs ahead of (or past).
/// Shares of capacity commit nothing while there is none and are not reported.</summary>
public sealed class VolumeBeforeCapacityRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.VolumeBeforeCapacity;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var offtake in context.Offtakes)
        {
            if (offtake.Term.VolumePerYear is not { } volume || !context.Producers.TryGetValue(offtake.Term.Producer, out var producer))
            {
                continue;
            }

            // A producer with no capacity at all for the product is already AGR101 at the offtake: one diagnostic.
            var capacities = producer.Capacities.Where(c => c.Subject == offtake.Term.Subject).ToList();
            if (capacities.Count == 0 || FirstDayWithout(offtake.Period, capacities) is not { } day)
            {
                continue;
            }

            var what = "the volume guarantee of " + Show.Quantity(volume.Amount, volume.Unit, volume.Basis) + " per year of " + producer.Name + "'s " +
                       offtake.Term.Subject + " output to " + offtake.Term.Buyer + " in " + offtake.Instrument;
            var from = day == DateTime.MinValue ? "" : " on " + Show.Date(day);
            var next = capacities.Where(c => c.Validity.From is { } f && f > day).OrderBy(c => c.Validity.From).FirstOrDefault();
            Diagnostic diagnostic;
            if (next is not null)
            {
                diagnostic = Diagnostic.VolumeBeforeCapacity(offtake.Location, what, from, "before " + producer.Name + "'s capacity for " + offtake.Term.Subject +
                    " starts on " + Show.Date(next.Validity.From!.Value), next.Location.ToString());
                diagnostic = diagnostic.WithRelated(next.Location, Capacity(producer, next));
            }
            else
            {
                // No capacity in force on the day and none starting later: the day is after the last one ended.
                var last = capacities.OrderByDescending(c => c.Validity.Until).First();
                diagnostic = Diagnostic.VolumeBeforeCapacity(offtake.Location, what, from, "after " + producer.Name + "'s capacity for " + offtake.Term.Subject +
                    " ends on " + Show.Date(last.Validity.Until!.Value), last.Location.ToString());
                diagnostic = diagnostic.WithRelated(last.Location, Capacity(producer, last));
            }

            diagnostics.Add(diagnostic);
        }
    }

    /// <summary>The first day of <paramref name="period"/> on which no capacity is in force: the period's first day
    /// or the day after a capacity ends, whichever comes first uncovered. <see cref="DateTime.MinValue"/> stands
    /// for an open start.</summary>
    internal static DateTime? FirstDayWithout(Period period, IReadOnlyList<Capacity> capacities)
    {
        var candidates = new List<DateTime> { period.From ?? DateTime.MinValue };
        candidates.AddRange(capacities.Where(c => c.Validity.Until is { } u && u < DateTime.MaxValue.Date).Select(c => c.Validity.Until!.Value.AddDays(1)));
        foreach (var day in candidates.Where(d => period.Contains(d) || (d == DateTime.MinValue && period.From is null)).OrderBy(d => d))
        {
            if (!capacities.Any(c => c.Validity.Contains(day)))
            {
                return day;
            }
        }

        return null;
    }

    private static string Capacity(Producer producer, Capacity capacity) =>
        "capacity of " + producer.Name + " for " + capacity.Subject + ": " +
        Show.Quantity(capacity.PerYear.Amount, capacity.PerYear.Unit, capacity.PerYear.Basis) + " per year " + capacity.Validity;
}
